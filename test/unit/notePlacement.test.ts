import * as assert from 'node:assert/strict';
import { createAnchor } from '../../src/core/anchor';
import { articleKey, groupNotes, notesAt, notesForArticle, placeNotes, renderNoteHover } from '../../src/core/notePlacement';
import type { Note } from '../../src/core/types';

const original = [
  'NIAMEY — Members of the presidential guard detained President Mohamed Bazoum on Wednesday.',
  '',
  'The junta ordered the French ambassador to leave the country within 48 hours, state television said.',
].join('\n');

function note(id: string, exact: string, article: string | undefined, text = `about ${exact}`): Note {
  const at = original.indexOf(exact);
  return { id, text, quote: { ...createAnchor(original, at, at + exact.length), ...(article !== undefined && { article }) } };
}

const guard = note('note-1', 'the presidential guard', 'samples/coup.news');
const ambassador = note('note-2', 'the French ambassador', './samples/coup.news');
const elsewhere = note('note-3', 'state television', 'samples/other.news');
const noArticle = note('note-4', 'Bazoum', undefined);

describe('notePlacement', () => {
  it('compares article paths as workspace-relative keys', () => {
    assert.equal(articleKey('./samples\\coup.news'), 'samples/coup.news');
    assert.equal(articleKey('/samples//coup.news'), 'samples/coup.news');
    assert.deepEqual(notesForArticle([guard, ambassador, elsewhere, noArticle], 'samples/coup.news').map((n) => n.id), ['note-1', 'note-2']);
  });

  describe('re-anchoring after the article changed', () => {
    it('is exact when nothing moved', () => {
      const [placed] = placeNotes(original, [guard]);
      assert.equal(placed?.status, 'exact');
      assert.equal(original.slice(placed?.start, placed?.end), 'the presidential guard');
    });

    it('follows a quote that moved when text was inserted before it', () => {
      const edited = 'BREAKING: an update.\n\n' + original;
      const [placed] = placeNotes(edited, [guard]);
      assert.equal(placed?.status, 'moved');
      assert.equal(edited.slice(placed?.start, placed?.end), 'the presidential guard');
    });

    it('finds a quote whose words were lightly edited, as fuzzy', () => {
      const edited = original.replace('the presidential guard', 'the Presidential Guard');
      const [placed] = placeNotes(edited, [guard]);
      assert.equal(placed?.status, 'fuzzy');
      assert.equal(edited.slice(placed?.start, placed?.end), 'the Presidential Guard');
    });

    it('calls a hand-written quote without offsets exact where it is found verbatim', () => {
      const handWritten: Note = { id: 'note-9', text: 'x', quote: { exact: 'state television', article: 'samples/coup.news' } };
      const [placed] = placeNotes(original, [handWritten]);
      assert.equal(placed?.status, 'exact');
      assert.equal(original.slice(placed?.start, placed?.end), 'state television');
    });

    it('orphans a quote that was deleted rather than attaching it elsewhere', () => {
      const edited = original.replace('Members of the presidential guard detained', 'Soldiers detained');
      const [placed] = placeNotes(edited, [guard]);
      assert.deepEqual(placed, { note: guard, status: 'orphaned' });
    });

    it('sorts placed notes by position with orphans last', () => {
      const edited = original.replace('the French ambassador', 'the envoy');
      assert.deepEqual(placeNotes(edited, [ambassador, guard]).map((p) => [p.note.id, p.status]), [['note-1', 'exact'], ['note-2', 'orphaned']]);
    });
  });

  it('groups notes by article and collects orphans: missing articles, lost quotes, no article', () => {
    const texts: Record<string, string> = { 'samples/coup.news': original.replace('the French ambassador', 'the envoy') };
    const overview = groupNotes([ambassador, elsewhere, guard, noArticle], (a) => texts[a]);
    assert.deepEqual(overview.articles.map((g) => [g.article, g.notes.map((p) => p.note.id)]), [['samples/coup.news', ['note-1']]]);
    assert.deepEqual(overview.orphans.map((p) => p.note.id).sort(), ['note-2', 'note-3', 'note-4']);
    assert.ok(overview.orphans.every((p) => p.status === 'orphaned' && p.start === undefined));
  });

  it('finds the notes under an offset and renders their escaped text for the hover', () => {
    const placed = placeNotes(original, [guard, note('note-5', 'President Mohamed Bazoum', 'samples/coup.news', 'Check *this* [link](x) $(alert)')]);
    const at = original.indexOf('Bazoum');
    const here = notesAt(placed, at);
    assert.deepEqual(here.map((p) => p.note.id), ['note-5']);
    const md = renderNoteHover(here);
    assert.match(md, /\*\*Note\*\*/);
    assert.match(md, /Check \\\*this\\\* \\\[link\\\]\\\(x\\\) &#36;\\\(alert\\\)/);
  });
});
