import * as assert from 'node:assert/strict';
import { createAnchor, resolveAll, resolveAnchor } from '../../src/core/anchor';
import type { Quote } from '../../src/core/types';

const article = [
  'NIAMEY — Members of the presidential guard detained President Mohamed Bazoum on Wednesday.',
  '',
  'The junta ordered the French ambassador to leave the country within 48 hours, state television said.',
  '',
  'ECOWAS gave the soldiers a week to restore Bazoum or face the use of force.',
].join('\n');

function quoteOf(text: string, exact: string, occurrence = 0): Quote {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(exact, at + 1);
  assert.ok(at >= 0, `fixture lacks ${exact}`);
  return createAnchor(text, at, at + exact.length);
}

function sliceOf(text: string, r: { start?: number; end?: number }): string {
  return text.slice(r.start ?? -1, r.end ?? -1);
}

describe('anchor', () => {
  describe('createAnchor', () => {
    it('keeps the exact text, up to 32 units of context each side, and the offsets', () => {
      const q = createAnchor('abcdefghij', 3, 5, 2);
      assert.deepEqual(q, { exact: 'de', prefix: 'bc', suffix: 'fg', start: 3, end: 5 });
      assert.equal(quoteOf(article, 'presidential guard').prefix, 'NIAMEY — Members of the ');
    });

    it('never splits a surrogate pair in the context', () => {
      const text = 'x😀abcd😀y';
      const q = createAnchor(text, 3, 7, 1);
      assert.equal(q.exact, 'abcd');
      assert.equal(q.prefix, '', 'one unit would be half an emoji; the context shrinks instead');
      assert.equal(q.suffix, '');
      const wider = createAnchor(text, 3, 7, 2);
      assert.deepEqual([wider.prefix, wider.suffix], ['😀', '😀']);
    });

    it('clamps offsets to the text and handles empty text', () => {
      assert.deepEqual(createAnchor('', 0, 0), { exact: '', prefix: '', suffix: '', start: 0, end: 0 });
      assert.equal(createAnchor('abc', 2, 10).exact, 'c');
    });
  });

  describe('resolveAnchor', () => {
    it('is exact when the text is unchanged', () => {
      const q = quoteOf(article, 'Mohamed Bazoum');
      assert.deepEqual(resolveAnchor(article, q), { status: 'exact', start: q.start, end: q.end, score: 1 });
    });

    it('follows the quote when text is inserted before it', () => {
      const q = quoteOf(article, 'French ambassador');
      const edited = article.replace('NIAMEY —', 'NIAMEY, Niger (Reuters) — Breaking:');
      const r = resolveAnchor(edited, q);
      assert.equal(r.status, 'moved');
      assert.equal(sliceOf(edited, r), 'French ambassador');
      assert.equal(r.start, (q.start ?? 0) + 27);
    });

    it('stays exact when text is inserted after it', () => {
      const q = quoteOf(article, 'presidential guard');
      const r = resolveAnchor(article + '\n\nMore to follow.', q);
      assert.equal(r.status, 'exact');
    });

    it('follows the quote when text before it is deleted', () => {
      const q = quoteOf(article, 'week to restore Bazoum');
      const edited = article.replace(', state television said', '');
      const r = resolveAnchor(edited, q);
      assert.equal(r.status, 'moved');
      assert.equal(sliceOf(edited, r), 'week to restore Bazoum');
    });

    it('finds a quote whose paragraph moved elsewhere', () => {
      const [p1, , p2, , p3] = article.split('\n');
      const q = quoteOf(article, 'the French ambassador');
      const reordered = [p1, p3, 'A new paragraph in between, about something else.', p2].join('\n\n');
      const r = resolveAnchor(reordered, q);
      assert.equal(r.status, 'moved');
      assert.equal(sliceOf(reordered, r), 'the French ambassador');
      assert.equal(r.start, reordered.indexOf('the French ambassador'));
    });

    it('tells duplicate occurrences apart by their context', () => {
      const q = quoteOf(article, 'Bazoum', 1);
      const edited = `Bazoum was not seen again. ${article}\nBazoum, Bazoum, Bazoum.`;
      const r = resolveAnchor(edited, q);
      assert.equal(r.status, 'moved');
      assert.equal(edited.slice((r.start ?? 0) - 11, r.start), 'to restore ');
    });

    it('keeps the old place when a duplicate has no better context', () => {
      const text = 'Niger and Niger';
      const q = createAnchor(text, 10, 15);
      assert.equal(resolveAnchor(text, q).status, 'exact');
    });

    it('prefers the occurrence nearest the old place on a tie', () => {
      const q: Quote = { exact: 'Niger', start: 40, end: 45 };
      const text = `${'Niger '.repeat(5)}${' '.repeat(20)}Niger`;
      const r = resolveAnchor(text, q);
      assert.equal(r.status, 'moved');
      assert.equal(r.start, 50, '10 units away beats the occurrence 16 units before');
    });

    it('re-attaches a lightly reworded sentence as fuzzy', () => {
      const q = quoteOf(article, 'The junta ordered the French ambassador to leave the country within 48 hours');
      const edited = article.replace('the French ambassador to leave the country', "France's ambassador to leave the country");
      const r = resolveAnchor(edited, q);
      assert.equal(r.status, 'fuzzy');
      assert.ok((r.score ?? 0) >= 0.75 && (r.score ?? 1) < 1, `score ${r.score}`);
      assert.equal(sliceOf(edited, r), "The junta ordered France's ambassador to leave the country within 48 hours");
    });

    it('orphans a heavily rewritten sentence', () => {
      const q = quoteOf(article, 'The junta ordered the French ambassador to leave the country within 48 hours');
      const edited = article.replace(
        'The junta ordered the French ambassador to leave the country within 48 hours',
        'Officials later expelled the envoy from Paris, giving him two days',
      );
      assert.deepEqual(resolveAnchor(edited, q), { status: 'orphaned' });
    });

    it('orphans a short quote rather than attach it to an occurrence in another context', () => {
      const q = quoteOf(article, 'Mohamed Bazoum');
      const edited = 'Mohamed Bazoum appeared on a list of former heads of state published in Paris on Friday.';
      assert.deepEqual(resolveAnchor(edited, q), { status: 'orphaned' });
    });

    it('trusts a long distinctive quote even when its context changed', () => {
      const q = quoteOf(article, 'gave the soldiers a week to restore Bazoum');
      const edited = 'Later, West African leaders gave the soldiers a week to restore Bazoum, sources said.';
      assert.equal(resolveAnchor(edited, q).status, 'moved');
    });

    it('follows a quote into a file whose line endings became CRLF', () => {
      const crlf = article.replace(/\n/g, '\r\n');
      const q = quoteOf(article, 'ECOWAS gave');
      const r = resolveAnchor(crlf, q);
      assert.equal(r.status, 'moved');
      assert.equal(sliceOf(crlf, r), 'ECOWAS gave');
      const spanning = quoteOf(article, 'said.\n\nECOWAS');
      const f = resolveAnchor(crlf, spanning);
      assert.equal(f.status, 'fuzzy');
      assert.equal(sliceOf(crlf, f), 'said.\r\n\r\nECOWAS');
    });

    it('anchors in CRLF text and stays exact there', () => {
      const crlf = article.replace(/\n/g, '\r\n');
      const q = quoteOf(crlf, 'the country within');
      assert.equal(resolveAnchor(crlf, q).status, 'exact');
    });

    it('counts astral characters as two UTF-16 units and never splits them', () => {
      const text = 'Protesters 🇳🇪 waved flags 🔥 near the French embassy in Niamey.';
      const q = quoteOf(text, 'French embassy');
      const edited = `🎉🎉 ${text}`;
      const r = resolveAnchor(edited, q);
      assert.equal(r.status, 'moved');
      assert.equal(r.start, (q.start ?? 0) + 5);
      const emoji = quoteOf(text, 'flags 🔥 near');
      const f = resolveAnchor(text.replace('flags 🔥 near', 'flags 🔥 by'), emoji);
      assert.equal(f.status, 'orphaned', 'too short to survive a changed word');
      const long = quoteOf(text, 'waved flags 🔥 near the French embassy');
      const g = resolveAnchor(text.replace('🔥 near', '🔥 close to'), long);
      assert.equal(g.status, 'fuzzy');
      const s = sliceOf(text.replace('🔥 near', '🔥 close to'), g);
      assert.equal(s, 'waved flags 🔥 close to the French embassy');
    });

    it('orphans anything in empty text and an empty quote', () => {
      assert.deepEqual(resolveAnchor('', { exact: 'Niger', start: 0, end: 5 }), { status: 'orphaned' });
      assert.deepEqual(resolveAnchor('Niger', { exact: '' }), { status: 'orphaned' });
    });

    it('moves a quote without stored context or offsets to its only occurrence', () => {
      assert.deepEqual(resolveAnchor('The junta in Niamey.', { exact: 'Niamey' }), { status: 'moved', start: 13, end: 19, score: 1 });
    });

    it('stays fast on a long text', () => {
      const long = `${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(2000)}`;
      const q = quoteOf(article, 'The junta ordered the French ambassador to leave the country within 48 hours');
      const t0 = performance.now();
      assert.equal(resolveAnchor(long, q).status, 'orphaned');
      assert.ok(performance.now() - t0 < 1500);
    });
  });

  it('resolveAll keeps the order of the quotes', () => {
    const quotes = [quoteOf(article, 'ECOWAS'), { exact: 'nowhere to be found' }, quoteOf(article, 'NIAMEY')];
    assert.deepEqual(
      resolveAll(article, quotes).map((r) => r.status),
      ['exact', 'orphaned', 'exact'],
    );
  });
});
