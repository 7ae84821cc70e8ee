import * as assert from 'node:assert/strict';
import type { Mention } from '../../src/core/types';
import { findUnknownNames } from '../../src/core/unknownNames';

function mentionsOf(text: string, known: Record<string, string>): Mention[] {
  const out: Mention[] = [];
  for (const [surface, actorId] of Object.entries(known)) {
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) out.push({ start: at, end: at + surface.length, actorId, alias: surface });
  }
  return out.sort((a, b) => a.start - b.start);
}

function names(text: string, known: Record<string, string> = {}): string[] {
  return findUnknownNames(text, mentionsOf(text, known)).map((n) => n.text);
}

const paragraph = [
  'NIAMEY, July 28 (Reuters) — Members of the presidential guard detained President Mohamed Bazoum on Wednesday.',
  "However, Mali's Prime Minister, Colonel Abdoulaye Maïga, said on Friday that Bamako stood with the junta.",
  'On Tuesday the Kremlin said Yevgeny Prigozhin had met Abdoulaye Maïga in Saint Petersburg.',
  '',
  'The Tiani-led junta, backed by Assimi Goïta, expelled the ambassador of the Union européenne.',
].join('\n');

const known = { Niger: 'niger', Mali: 'mali', 'Mohamed Bazoum': 'mohamed-bazoum', Kremlin: 'russia', Bamako: 'bamako' };

describe('unknownNames', () => {
  it('finds the unknown people and places in a realistic paragraph, each once with all offsets', () => {
    const found = findUnknownNames(paragraph, mentionsOf(paragraph, known));
    assert.deepEqual(
      found.map((n) => n.text),
      ['Abdoulaye Maïga', 'Yevgeny Prigozhin', 'Saint Petersburg', 'Tiani', 'Assimi Goïta', 'Union'],
    );
    const maiga = found[0]!;
    assert.equal(maiga.spans.length, 2);
    for (const s of maiga.spans) assert.equal(paragraph.slice(s.start, s.end), 'Abdoulaye Maïga');
  });

  it('finds a colonel nobody knows, without his title', () => {
    assert.deepEqual(names('The talks were led by Colonel Abdoulaye Maïga and others.'), ['Abdoulaye Maïga']);
  });

  it('finds nothing new in "On Tuesday the Kremlin said" when the Kremlin is known', () => {
    assert.deepEqual(names('On Tuesday the Kremlin said it was watching closely.', { Kremlin: 'russia' }), []);
    assert.deepEqual(names('On Tuesday the Kremlin said it was watching closely.'), ['Kremlin']);
  });

  it('finds nothing in "However, ..." and other sentence-initial words', () => {
    assert.deepEqual(names('However, the situation remains tense. Soldiers patrolled. Meanwhile nothing moved.'), []);
  });

  it('keeps particles inside names but not at their edges', () => {
    assert.deepEqual(names('Fighters loyal to Iyad ag Ghaly and to Abu Bakr al-Baghdadi, and Charles de Gaulle, met the de facto rulers.'), [
      'Iyad ag Ghaly',
      'Abu Bakr al-Baghdadi',
      'Charles de Gaulle',
    ]);
    assert.deepEqual(names('a fighter of al-Qaeda in the Sahel said'), ['al-Qaeda', 'Sahel']);
  });

  it('skips datelines, all-caps headlines, months, days, titles and short tokens', () => {
    const text = 'COUP IN NIGER: ARMY SEIZES POWER\nNIAMEY — Soldiers said in July that General Tiani and the UN met on Monday.';
    assert.deepEqual(names(text), ['Tiani']);
  });

  it('keeps acronyms in running text and a name across a line break', () => {
    const found = findUnknownNames('Fighters of the JNIM attacked, said Burkina\nFaso officials, and the JNIM denied.', []);
    assert.deepEqual(found.map((n) => [n.text, n.spans.length]), [['JNIM', 2], ['Burkina Faso', 1]]);
  });

  it('counts a sentence-initial single word once it also appears mid-sentence', () => {
    const text = 'Tiani spoke first. Later the guard backed Tiani.';
    const [tiani] = findUnknownNames(text, []);
    assert.deepEqual(tiani?.spans, [{ start: 0, end: 5 }, { start: 42, end: 47 }]);
    assert.deepEqual(names('Tiani spoke first.'), []);
  });

  it('does not take the word after "Mr." as a sentence start', () => {
    assert.deepEqual(names('They met Mr. Tiani.'), ['Tiani']);
  });

  it('accepts extra stop words and a minimum length', () => {
    const text = 'Crowds in Niamey cheered the AES leaders.';
    assert.deepEqual(names(text), ['Niamey', 'AES']);
    assert.deepEqual(findUnknownNames(text, [], { stopWords: ['niamey'], minLength: 4 }).map((n) => n.text), []);
  });

  it('handles empty text and text without names', () => {
    assert.deepEqual(findUnknownNames('', []), []);
    assert.deepEqual(findUnknownNames('nothing to see here.', []), []);
  });
});
