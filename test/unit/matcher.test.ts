import * as assert from 'node:assert/strict';
import { buildAutomaton } from '../../src/core/ahoCorasick';
import { buildMatcher } from '../../src/core/matcher';
import { scanKeys } from '../../src/core/scanKeys';
import type { Actor } from '../../src/core/types';
import { actor, alias, aliases } from './builders';
import { seededRandom } from '../../bench/corpus';

interface Span {
  start: number;
  end: number;
  actorId: string;
}

function spans(actors: readonly Actor[], text: string, window?: { from: number; to: number }): Span[] {
  return buildMatcher(actors)
    .findMentions(text, window)
    .map(({ start, end, actorId }) => ({ start, end, actorId }));
}

const niger = actor({ id: 'niger', name: 'Niger', demonyms: aliases('Nigerien', 'Nigeriens', 'nigérien', 'nigérienne') });
const nigeria = actor({ id: 'nigeria', name: 'Nigeria', demonyms: aliases('Nigerian') });
const burkina = actor({ id: 'burkina-faso', name: 'Burkina Faso' });
const ecowas = actor({
  id: 'ecowas',
  name: 'Economic Community of West African States',
  type: 'organization',
  aliases: aliases('ECOWAS', 'CEDEAO'),
});
const qaeda = actor({ id: 'al-qaeda', name: 'al-Qaeda', type: 'armed-group' });
const goita = actor({ id: 'assimi-goita', name: 'Assimi Goïta', type: 'person', aliases: aliases('Goïta') });
const us = actor({ id: 'united-states', name: 'United States', aliases: aliases('US', 'USA') });
const putin = actor({ id: 'vladimir-putin', name: 'Vladimir Putin', type: 'person', aliases: aliases('Putin') });
const sahel = [niger, nigeria, burkina, ecowas, qaeda, goita, us, putin];

describe('buildMatcher / findMentions', () => {
  describe('whole words', () => {
    it('finds Niger before possessives and punctuation', () => {
      assert.deepEqual(spans([niger], "Niger's army, Niger’s border, Niger, Niger."), [
        { start: 0, end: 5, actorId: 'niger' },
        { start: 14, end: 19, actorId: 'niger' },
        { start: 30, end: 35, actorId: 'niger' },
        { start: 37, end: 42, actorId: 'niger' },
      ]);
    });

    it('never finds Niger inside Nigeria or Nigerien when those are not forms of it', () => {
      const bare = actor({ id: 'niger', name: 'Niger' });
      assert.deepEqual(spans([bare], 'Nigeria and the Nigerien junta; subNiger'), []);
    });

    it('matches a demonym to its actor and keeps Nigeria apart', () => {
      assert.deepEqual(spans([niger, nigeria], 'Nigerien and Nigerian troops met in Nigeria.'), [
        { start: 0, end: 8, actorId: 'niger' },
        { start: 13, end: 21, actorId: 'nigeria' },
        { start: 36, end: 43, actorId: 'nigeria' },
      ]);
    });

    it('treats digits and letters of other scripts as part of a word', () => {
      assert.deepEqual(spans([niger], 'Niger2 2Niger ЖNiger Nigerж'), []);
    });

    it('treats an astral letter next to a name as part of the word, an emoji not', () => {
      assert.deepEqual(spans([niger], '𝐀Niger Niger𝐀 😀Niger Niger😀'), [
        { start: 18, end: 23, actorId: 'niger' },
        { start: 24, end: 29, actorId: 'niger' },
      ]);
    });

    it('needs no word boundary on the side where an alias starts or ends with punctuation', () => {
      const usa = actor({ id: 'united-states', name: 'U.S.' });
      const metoo = actor({ id: 'metoo', name: '#MeToo' });
      assert.deepEqual(spans([usa, metoo], 'the U.S. army; U.S.A.; a#MeToo post'), [
        { start: 4, end: 8, actorId: 'united-states' },
        { start: 15, end: 19, actorId: 'united-states' },
        { start: 24, end: 30, actorId: 'metoo' },
      ]);
    });

    it('keeps a combining mark on the last letter inside the mention and refuses a word joined by a soft hyphen', () => {
      assert.deepEqual(spans([niger], 'Nige\u0301r Niger\u0301 Niger\u00ADia'), [
        { start: 0, end: 6, actorId: 'niger' },
        { start: 7, end: 13, actorId: 'niger' },
      ]);
    });
  });

  describe('case', () => {
    it('matches acronyms only as written', () => {
      assert.deepEqual(spans([us, ecowas], 'Let us ask the US, Us and Ecowas; ECOWAS agreed.'), [
        { start: 15, end: 17, actorId: 'united-states' },
        { start: 34, end: 40, actorId: 'ecowas' },
      ]);
    });

    it('matches names as written or in capitals, not lower-case or mixed', () => {
      assert.deepEqual(spans([putin], 'Putin, PUTIN, putin, pUTIN, PuTin'), [
        { start: 0, end: 5, actorId: 'vladimir-putin' },
        { start: 7, end: 12, actorId: 'vladimir-putin' },
      ]);
    });

    it('matches lower-case aliases in any case and with or without accents', () => {
      assert.deepEqual(spans([niger], 'nigérienne, Nigérienne, NIGÉRIENNE, nigerienne'), [
        { start: 0, end: 10, actorId: 'niger' },
        { start: 12, end: 22, actorId: 'niger' },
        { start: 24, end: 34, actorId: 'niger' },
        { start: 36, end: 46, actorId: 'niger' },
      ]);
    });

    it('honours an exact override on a name-like alias', () => {
      const wagner = actor({ id: 'wagner', name: 'Wagner Group', aliases: [alias('Wagner', 'exact')] });
      assert.deepEqual(spans([wagner], 'Wagner WAGNER wagner'), [{ start: 0, end: 6, actorId: 'wagner' }]);
    });

    it('honours an insensitive override on an acronym', () => {
      const jnim = actor({ id: 'jnim', name: 'Jama’at Nusrat al-Islam wal-Muslimin', aliases: [alias('JNIM', 'insensitive')] });
      assert.deepEqual(spans([jnim], 'JNIM, Jnim, jnim'), [
        { start: 0, end: 4, actorId: 'jnim' },
        { start: 6, end: 10, actorId: 'jnim' },
        { start: 12, end: 16, actorId: 'jnim' },
      ]);
    });

    it('lets a shorter candidate win when the longest one fails its case rule', () => {
      const nyt = actor({ id: 'nyt', name: 'New York Times', type: 'organization' });
      const ny = actor({ id: 'new-york', name: 'New York', type: 'place' });
      assert.deepEqual(spans([nyt, ny], 'New York times; New York Times'), [
        { start: 0, end: 8, actorId: 'new-york' },
        { start: 16, end: 30, actorId: 'nyt' },
      ]);
    });

    it('lets a later actor sharing the folded form win when the first fails its case rule', () => {
      const au = actor({ id: 'african-union', name: 'African Union', aliases: aliases('AU') });
      const gold = actor({ id: 'gold', name: 'Au' });
      assert.deepEqual(spans([au, gold], 'AU Au au'), [
        { start: 0, end: 2, actorId: 'african-union' },
        { start: 3, end: 5, actorId: 'gold' },
      ]);
    });

    it('checks the case of the text as written, diacritics and separators folded', () => {
      assert.deepEqual(spans([goita, qaeda], 'GOITA AL–QAEDA al—Qaeda goita Al-Qaeda'), [
        { start: 0, end: 5, actorId: 'assimi-goita' },
        { start: 6, end: 14, actorId: 'al-qaeda' },
        { start: 15, end: 23, actorId: 'al-qaeda' },
      ]);
    });
  });

  describe('folding', () => {
    it('folds diacritics both ways, including decomposed input', () => {
      const plain = actor({ id: 'goita-plain', name: 'Goita' });
      assert.deepEqual(spans([goita], 'Goïta Goita Goi\u0308ta'), [
        { start: 0, end: 5, actorId: 'assimi-goita' },
        { start: 6, end: 11, actorId: 'assimi-goita' },
        { start: 12, end: 18, actorId: 'assimi-goita' },
      ]);
      assert.deepEqual(spans([plain], 'Goïta Goi\u0308ta'), [
        { start: 0, end: 5, actorId: 'goita-plain' },
        { start: 6, end: 12, actorId: 'goita-plain' },
      ]);
    });

    it('treats every apostrophe alike', () => {
      const ivory = actor({ id: 'ivory-coast', name: 'Côte d’Ivoire' });
      assert.deepEqual(spans([ivory], "Côte d'Ivoire | Cote dʼIvoire | Côte d‘Ivoire"), [
        { start: 0, end: 13, actorId: 'ivory-coast' },
        { start: 16, end: 29, actorId: 'ivory-coast' },
        { start: 32, end: 45, actorId: 'ivory-coast' },
      ]);
    });

    it('treats dashes, hyphens and spaces alike inside names', () => {
      for (const sep of ['-', ' ', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', ' - ']) {
        const text = `(al${sep}Qaeda)`;
        assert.deepEqual(spans([qaeda], text), [{ start: 1, end: text.length - 1, actorId: 'al-qaeda' }], JSON.stringify(sep));
      }
    });

    it('matches across line breaks and runs of any whitespace, with offsets into the original text', () => {
      for (const sep of ['\n', '\r\n', ' \r\n  ', '\u00A0', '\u202F', '\t', '  \t ']) {
        const text = `in Burkina${sep}Faso.`;
        assert.deepEqual(spans([burkina], text), [{ start: 3, end: text.length - 1, actorId: 'burkina-faso' }], JSON.stringify(sep));
      }
    });

    it('skips a soft hyphen inside a name', () => {
      assert.deepEqual(spans([burkina], 'Bur\u00ADkina Faso'), [{ start: 0, end: 13, actorId: 'burkina-faso' }]);
    });

    it('folds aliases written with odd separators the same way', () => {
      const odd = actor({ id: 'burkina-faso', name: 'Burkina  –\u00A0Faso' });
      assert.deepEqual(spans([odd], 'Burkina Faso'), [{ start: 0, end: 12, actorId: 'burkina-faso' }]);
    });
  });

  describe('longest match', () => {
    it('finds a long organisation name as one mention', () => {
      const westAfrica = actor({ id: 'west-africa', name: 'West Africa', type: 'place' });
      assert.deepEqual(spans([westAfrica, ecowas], 'the Economic Community of West African States met in West Africa'), [
        { start: 4, end: 45, actorId: 'ecowas' },
        { start: 53, end: 64, actorId: 'west-africa' },
      ]);
    });

    it('finds Burkina Faso once and not also Faso', () => {
      const faso = actor({ id: 'faso', name: 'Faso' });
      assert.deepEqual(spans([faso, burkina], 'Burkina Faso, Faso'), [
        { start: 0, end: 12, actorId: 'burkina-faso' },
        { start: 14, end: 18, actorId: 'faso' },
      ]);
    });

    it('resolves overlapping candidates leftmost first, then longest', () => {
      const westAfrica = actor({ id: 'west-africa', name: 'West Africa', type: 'place' });
      const africaCorps = actor({ id: 'africa-corps', name: 'Africa Corps', type: 'armed-group' });
      const corps = actor({ id: 'corps', name: 'Corps' });
      assert.deepEqual(spans([africaCorps, westAfrica, corps], 'West Africa Corps'), [
        { start: 0, end: 11, actorId: 'west-africa' },
        { start: 12, end: 17, actorId: 'corps' },
      ]);
    });

    it('finds nested and suffix-sharing names through failure links', () => {
      const actors = [
        actor({ id: 'a', name: 'Islamic State' }),
        actor({ id: 'b', name: 'Islamic State in the Greater Sahara' }),
        actor({ id: 'c', name: 'Greater Sahara' }),
        actor({ id: 'd', name: 'State in' }),
      ];
      assert.deepEqual(spans(actors, 'Islamic State in the Greater Sahel; Islamic State in the Greater Sahara'), [
        { start: 0, end: 13, actorId: 'a' },
        { start: 36, end: 71, actorId: 'b' },
      ]);
    });
  });

  describe('offsets', () => {
    it('counts a BOM at offset 0 and CRLF line ends', () => {
      assert.deepEqual(spans([niger, burkina], '\uFEFFNiger\r\nBurkina\r\nFaso\r\n'), [
        { start: 1, end: 6, actorId: 'niger' },
        { start: 8, end: 21, actorId: 'burkina-faso' },
      ]);
    });

    it('is not shifted by emoji and astral characters before a mention', () => {
      const text = '🇳🇪 𝐀𝐁 😀 Niger';
      assert.deepEqual(spans([niger], text), [{ start: text.indexOf('Niger'), end: text.length, actorId: 'niger' }]);
    });

    it('reports the alias as written in the fact base', () => {
      const [m] = buildMatcher([niger]).findMentions('NIGÉRIENNE');
      assert.equal(m?.alias, 'nigérienne');
    });
  });

  describe('window', () => {
    const text = 'Niger, Mali, Niger and Burkina Faso';
    const mali = actor({ id: 'mali', name: 'Mali' });

    it('returns only mentions fully inside [from, to)', () => {
      assert.deepEqual(spans([niger, mali, burkina], text, { from: 5, to: 30 }), [
        { start: 7, end: 11, actorId: 'mali' },
        { start: 13, end: 18, actorId: 'niger' },
      ]);
    });

    it('uses the text outside the window for word boundaries', () => {
      assert.deepEqual(spans([niger], 'xNiger Niger', { from: 1, to: 12 }), [{ start: 7, end: 12, actorId: 'niger' }]);
      assert.deepEqual(spans([niger], 'Nigeria', { from: 0, to: 5 }), []);
    });

    it('clamps windows outside the text and returns nothing for an empty one', () => {
      assert.deepEqual(spans([niger], 'Niger', { from: -10, to: 99 }), [{ start: 0, end: 5, actorId: 'niger' }]);
      assert.deepEqual(spans([niger], 'Niger', { from: 4, to: 2 }), []);
    });
  });

  describe('robustness', () => {
    it('handles empty text, text without mentions and an empty fact base', () => {
      assert.deepEqual(spans(sahel, ''), []);
      assert.deepEqual(spans(sahel, 'Nothing to see here.'), []);
      assert.deepEqual(spans([], 'Niger'), []);
      assert.equal(buildMatcher([]).aliasCount, 0);
    });

    it('ignores aliases that fold to nothing or have no letter or digit', () => {
      const odd = actor({ id: 'odd', name: 'Odd', aliases: aliases('', ' ', '—', '\u0301', "'", '...') });
      const m = buildMatcher([odd]);
      assert.equal(m.aliasCount, 1);
      assert.deepEqual(spans([odd], "— ' ... Odd"), [{ start: 8, end: 11, actorId: 'odd' }]);
    });

    it('survives lone surrogates and control characters', () => {
      assert.deepEqual(spans([niger], '\uD800Niger\uDC00 \u0000Niger\uD800'), [
        { start: 1, end: 6, actorId: 'niger' },
        { start: 9, end: 14, actorId: 'niger' },
      ]);
    });

    it('keeps the first actor claiming a form, deterministically', () => {
      const a = actor({ id: 'first', name: 'Sahel' });
      const b = actor({ id: 'second', name: 'Sahel' });
      assert.deepEqual(spans([a, b], 'Sahel'), [{ start: 0, end: 5, actorId: 'first' }]);
      assert.deepEqual(spans([b, a], 'Sahel'), [{ start: 0, end: 5, actorId: 'second' }]);
    });

    it('counts names, aliases and demonyms once each', () => {
      const repeated = actor({ id: 'mali', name: 'Mali', aliases: aliases('Mali', 'Malian Republic'), demonyms: aliases('Malian') });
      assert.equal(buildMatcher([repeated]).aliasCount, 3);
      assert.equal(buildMatcher(sahel).aliasCount, 19);
    });
  });

  describe('against a brute-force reference', () => {
    const words = ['ab', 'ba', 'a', 'b', 'aba', 'bab', 'abab'];


    function phrase(rnd: () => number, maxWords: number): string {
      const n = 1 + Math.floor(rnd() * maxWords);
      return Array.from({ length: n }, () => words[Math.floor(rnd() * words.length)]!).join(' ');
    }

    function reference(actors: readonly Actor[], text: string): Span[] {
      const seen = new Set<string>();
      const candidates: Span[] = [];
      for (const a of actors) {
        if (seen.has(a.name)) continue;
        seen.add(a.name);
        for (let i = text.indexOf(a.name); i >= 0; i = text.indexOf(a.name, i + 1)) {
          const end = i + a.name.length;
          if (/[a-z]/.test(text[i - 1] ?? '') || /[a-z]/.test(text[end] ?? '')) continue;
          candidates.push({ start: i, end, actorId: a.id });
        }
      }
      candidates.sort((x, y) => x.start - y.start || y.end - x.end);
      const kept: Span[] = [];
      for (const c of candidates) if (c.start >= (kept[kept.length - 1]?.end ?? 0)) kept.push(c);
      return kept;
    }

    it('agrees on random names and texts over a tiny alphabet', function () {
      this.timeout(20_000);
      const rnd = seededRandom(42);
      for (let round = 0; round < 300; round++) {
        const actors = Array.from({ length: 1 + Math.floor(rnd() * 8) }, (_, i) =>
          actor({ id: `a${i}`, name: phrase(rnd, 3), aliases: [] }),
        );
        const text = phrase(rnd, 40);
        assert.deepEqual(spans(actors, text), reference(actors, text), `${JSON.stringify(actors.map((a) => a.name))} in ${text}`);
      }
    });
  });

  describe('automaton', () => {
    const syllables = ['ba', 'ab', 'a', 'bab', 'ca', 'ac', 'abc'];

    function naiveHits(keys: readonly string[], text: string): string[] {
      const hits: string[] = [];
      keys.forEach((key, k) => {
        for (let i = text.indexOf(key); i >= 0; i = text.indexOf(key, i + 1)) {
          if (i === 0 || text[i - 1] === ' ') hits.push(`${k}@${i}-${i + key.length}`);
        }
      });
      return hits.sort();
    }

    function scannedHits(keys: readonly string[], text: string, fullRowEntries?: number): string[] {
      const raw: number[] = [];
      scanKeys(buildAutomaton(keys, fullRowEntries), text, 0, text.length, raw);
      const hits: string[] = [];
      for (let h = 0; h < raw.length; h += 3) hits.push(`${raw[h]}@${raw[h + 1]}-${raw[h + 2]}`);
      return hits.sort();
    }

    it('reports every key occurrence that starts a word, with full rows, sparse nodes or a mix', function () {
      this.timeout(20_000);
      let seed = 7;
      const rnd = (n: number): number => {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        return (seed >>> 8) % n;
      };
      const phrase = (max: number): string => Array.from({ length: 1 + rnd(max) }, () => syllables[rnd(syllables.length)]).join(rnd(3) === 0 ? ' ' : '');
      for (let round = 0; round < 150; round++) {
        const keys = [...new Set(Array.from({ length: 1 + rnd(12) }, () => phrase(4)))];
        const text = Array.from({ length: 1 + rnd(30) }, () => phrase(3)).join(' ');
        const expected = naiveHits(keys, text);
        for (const budget of [undefined, 0, 64]) {
          assert.deepEqual(scannedHits(keys, text, budget), expected, `${JSON.stringify(keys)} in "${text}" (budget ${budget})`);
        }
      }
    });
  });

  it('builds 20,000 forms and still finds the right one', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      actor({ id: `p${i}`, name: `Person ${i.toString(36)} Family`, aliases: aliases(`Family ${i.toString(36)}`) }),
    );
    const m = buildMatcher(many);
    assert.equal(m.aliasCount, 20_000);
    const code = (9997).toString(36);
    assert.deepEqual(
      m.findMentions(`Person ${code} Family met family ${code} and Family ${code}.`).map(({ start, end, actorId }) => ({ start, end, actorId })),
      [
        { start: 0, end: 17, actorId: 'p9997' },
        { start: 37, end: 47, actorId: 'p9997' },
      ],
    );
  });
});
