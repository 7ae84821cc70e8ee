import * as assert from 'node:assert/strict';
import { exportFiles, exportStems, isExportFormat } from '../../../src/core/export/bundle';
import { actor, factBase, mentionsOf } from './builders';

describe('export bundle', () => {
  it('names outputs below the folder the articles share, keeping the extension only on a collision', () => {
    assert.deepEqual(exportStems(['samples/a.news', 'samples/b.txt']), ['a', 'b']);
    assert.deepEqual(exportStems(['samples/a.news', 'samples/sub/c.md']), ['a', 'sub/c']);
    assert.deepEqual(exportStems(['a.news', 'a.txt', 'b.md']), ['a-news', 'a-txt', 'b']);
    assert.deepEqual(exportStems(['../x/./y.news']), ['y']);
    assert.deepEqual(exportStems(['.hidden']), ['.hidden']);
  });

  it('writes brat text, standoff and config; W3C per article; one CSV', () => {
    const text = 'Niger and Mali.';
    const fb = { ...factBase([actor('niger', 'country'), actor('mali', 'country')]), notes: [{ id: 'note-1', text: 'Both.', quote: { exact: 'Niger and Mali', article: './news/a.news' } }] };
    const articles = [{ path: 'news/a.news', text, mentions: [...mentionsOf(text, 'Niger', 'niger'), ...mentionsOf(text, 'Mali', 'mali')] }];
    const brat = exportFiles('brat', articles, fb);
    assert.deepEqual(brat.map((f) => f.path), ['a.txt', 'a.ann', 'annotation.conf']);
    assert.equal(brat[0]?.content, text);
    assert.match(brat[1]?.content ?? '', /AnnotatorNotes T3\tBoth\./);
    const w3c = exportFiles('w3c', [{ ...articles[0]!, iri: 'file:///w/news/a.news' }], fb);
    assert.deepEqual(w3c.map((f) => f.path), ['a.jsonld']);
    assert.match(w3c[0]?.content ?? '', /"source": "file:\/\/\/w\/news\/a.news"/);
    assert.match(w3c[0]?.content ?? '', /"value": "Both\."/);
    assert.deepEqual(exportFiles('csv', articles, fb).map((f) => f.path), ['pairs.csv']);
  });

  it('takes the notes of an article under its other names too (a bare path from before a second workspace folder)', () => {
    const text = 'Niger and Mali.';
    const fb = { ...factBase([actor('niger', 'country')]), notes: [{ id: 'note-1', text: 'Old note.', quote: { exact: 'Niger', article: 'news/a.news' } }] };
    const article = { path: 'samples/news/a.news', text, mentions: mentionsOf(text, 'Niger', 'niger') };
    const ann = (a: typeof article & { otherPaths?: string[] }): string => exportFiles('brat', [a], fb)[1]?.content ?? '';
    assert.doesNotMatch(ann(article), /Old note/);
    assert.match(ann({ ...article, otherPaths: ['news/a.news'] }), /AnnotatorNotes T\d+\tOld note\./);
  });

  it('knows its formats', () => {
    assert.ok(isExportFormat('brat') && isExportFormat('w3c') && isExportFormat('csv'));
    assert.ok(!isExportFormat('json'));
  });
});
