import { createAnchor, resolveAnchor } from '../anchor';
import type { Actor, FactBase, Mention, Note } from '../types';
import { toCodePointOffsets } from './codePoints';

type Json = string | number | Json[] | { [key: string]: Json };

const CONTEXT = 32;

/** A W3C Web Annotation AnnotationCollection (JSON-LD, 2-space indent, fixed key order): mentions as `identifying` the actor, notes as `commenting` TextualBodies. */
export function toW3c(articleUri: string, text: string, mentions: readonly Mention[], factBase: FactBase, notes: readonly Note[]): string {
  // Targets carry a TextQuoteSelector and, when anchored, a TextPositionSelector in code points (as the
  // model counts characters); an orphaned note keeps only its stored quote so a reader can retry.
  const base = articleUri.split('#')[0] ?? articleUri;
  const cp = toCodePointOffsets(text);
  const actors = new Map(factBase.actors.map((a) => [a.id, a]));
  const target = (start: number, end: number): Json => ({ source: articleUri, selector: [quoteSelector(createAnchor(text, start, end, CONTEXT)), positionSelector(cp(start), cp(end))] });
  const items: Json[] = [...mentions]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((m, i) => ({
      id: `${base}#news-lens-mention-${i + 1}`,
      type: 'Annotation',
      motivation: 'identifying',
      body: actorBody(m.actorId, actors.get(m.actorId)),
      target: target(m.start, m.end),
    }));
  for (const note of notes) {
    const found = resolveAnchor(text, note.quote);
    const comment: Json = { type: 'TextualBody', value: note.text, format: 'text/plain', purpose: 'commenting' };
    items.push({
      id: `${base}#news-lens-${note.id}`,
      type: 'Annotation',
      motivation: 'commenting',
      body: note.actor === undefined ? comment : [comment, actorBody(note.actor, actors.get(note.actor))],
      target: found.start !== undefined && found.end !== undefined ? target(found.start, found.end) : { source: articleUri, selector: quoteSelector(note.quote) },
    });
  }
  const collection: Json = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `${base}#news-lens`,
    type: 'AnnotationCollection',
    label: 'News Lens annotations',
    total: items.length,
    first: { id: `${base}#news-lens-page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection, undefined, 2)}\n`;
}

/** The IRI that identifies an actor: its Wikidata entity when known, else a News Lens URN. */
export function actorIri(actorId: string, actor: Actor | undefined): string {
  const q = actor?.ids['wikidata'];
  return q !== undefined && /^Q[1-9]\d*$/.test(q) ? `http://www.wikidata.org/entity/${q}` : `urn:newslens:actor:${encodeURIComponent(actorId)}`;
}

function actorBody(actorId: string, actor: Actor | undefined): Json {
  return { type: 'SpecificResource', source: actorIri(actorId, actor), purpose: 'identifying' };
}

function quoteSelector(q: { exact: string; prefix?: string; suffix?: string }): Json {
  return { type: 'TextQuoteSelector', exact: q.exact, ...(q.prefix ? { prefix: q.prefix } : {}), ...(q.suffix ? { suffix: q.suffix } : {}) };
}

function positionSelector(start: number, end: number): Json {
  return { type: 'TextPositionSelector', start, end };
}
