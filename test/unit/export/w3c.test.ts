import * as assert from 'node:assert/strict';
import { actorIri, toW3c } from '../../../src/core/export/w3c';
import { actor, factBase, mentionsOf, noteOn } from './builders';

const base = factBase([actor('niger', 'country', { ids: { wikidata: 'Q1032' } }), actor('ecowas', 'organization', { ids: { wikidata: 'not-a-qid' } })]);
const text = '🔥 Niger left ECOWAS.\nNiger said so.';
const uri = 'file:///work/samples/coup.news';
const mentions = [...mentionsOf(text, 'ECOWAS', 'ecowas'), ...mentionsOf(text, 'Niger', 'niger')];

describe('export/w3c', () => {
  it('writes a deterministic AnnotationCollection with quote and code point position selectors', () => {
    const notes = [noteOn(text, 'note-1', 'left ECOWAS', 'Announced on TV.', 'niger')];
    const json = toW3c(uri, text, mentions, base, notes);
    assert.ok(json.endsWith('}\n'));
    assert.ok(json.includes('\n  "@context": "http://www.w3.org/ns/anno.jsonld",\n  "id": "file:///work/samples/coup.news#news-lens",\n'), '2-space indent, fixed key order');
    const doc = JSON.parse(json) as { total: number; first: { type: string; items: { id: string; motivation: string; body: unknown; target: { source: string; selector: unknown } }[] } };
    assert.equal(doc.total, 4);
    assert.equal(doc.first.type, 'AnnotationPage');
    const [first, second, third, note] = doc.first.items;
    assert.deepEqual(first, {
      id: `${uri}#news-lens-mention-1`,
      type: 'Annotation',
      motivation: 'identifying',
      body: { type: 'SpecificResource', source: 'http://www.wikidata.org/entity/Q1032', purpose: 'identifying' },
      target: {
        source: uri,
        selector: [
          { type: 'TextQuoteSelector', exact: 'Niger', prefix: '🔥 ', suffix: ' left ECOWAS.\nNiger said so.' },
          { type: 'TextPositionSelector', start: 2, end: 7 },
        ],
      },
    });
    assert.deepEqual((second?.body as { source: string }).source, 'urn:newslens:actor:ecowas');
    assert.deepEqual((third?.target.selector as unknown[])[1], { type: 'TextPositionSelector', start: 21, end: 26 });
    assert.deepEqual(note, {
      id: `${uri}#news-lens-note-1`,
      type: 'Annotation',
      motivation: 'commenting',
      body: [
        { type: 'TextualBody', value: 'Announced on TV.', format: 'text/plain', purpose: 'commenting' },
        { type: 'SpecificResource', source: 'http://www.wikidata.org/entity/Q1032', purpose: 'identifying' },
      ],
      target: {
        source: uri,
        selector: [
          { type: 'TextQuoteSelector', exact: 'left ECOWAS', prefix: '🔥 Niger ', suffix: '.\nNiger said so.' },
          { type: 'TextPositionSelector', start: 8, end: 19 },
        ],
      },
    });
    assert.equal(toW3c(uri, text, [...mentions].reverse(), base, notes), json, 'same output whatever the input order');
  });

  it('keeps an orphaned note with only its stored quote selector', () => {
    const lost = { id: 'n', text: 'Gone.', quote: { exact: 'a sentence since deleted', prefix: 'was ', start: 0, end: 24 } };
    const doc = JSON.parse(toW3c(`${uri}#old`, text, [], base, [lost])) as { id: string; first: { items: { body: unknown; target: unknown }[] } };
    assert.equal(doc.id, `${uri}#news-lens`);
    assert.deepEqual(doc.first.items[0]?.target, { source: `${uri}#old`, selector: { type: 'TextQuoteSelector', exact: 'a sentence since deleted', prefix: 'was ' } });
    assert.deepEqual(doc.first.items[0]?.body, { type: 'TextualBody', value: 'Gone.', format: 'text/plain', purpose: 'commenting' });
  });

  it('identifies actors by Wikidata entity or by URN', () => {
    assert.equal(actorIri('niger', base.actors[0]), 'http://www.wikidata.org/entity/Q1032');
    assert.equal(actorIri('ecowas', base.actors[1]), 'urn:newslens:actor:ecowas');
    assert.equal(actorIri('unknown', undefined), 'urn:newslens:actor:unknown');
  });
});
