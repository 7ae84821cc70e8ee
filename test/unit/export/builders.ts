import type { Actor, FactBase, Mention, Note, Relation } from '../../../src/core/types';

/** An actor with defaults for everything but id and type. */
export function actor(id: string, type: string, overrides: Partial<Actor> = {}): Actor {
  return { id, name: id, type, aliases: [], demonyms: [], summary: '', roles: [], ids: {}, facts: [], ...overrides };
}

/** A relation `from type to` with no sources. */
export function relation(from: string, type: string, to: string, overrides: Partial<Relation> = {}): Relation {
  return { id: `${from}>${type}>${to}`, from, to, type, mutual: false, sources: [], ...overrides };
}

/** A fact base holding just these actors and relations. */
export function factBase(actors: readonly Actor[], relations: readonly Relation[] = []): FactBase {
  return { mode: 'replace', actors, relations, actorTypes: [], relationTypes: [], notes: [], files: ['test.facts.yaml'] };
}

/** Mentions of `actorId` at every occurrence of `surface` in `text`. */
export function mentionsOf(text: string, surface: string, actorId: string): Mention[] {
  const out: Mention[] = [];
  for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) out.push({ start: at, end: at + surface.length, actorId, alias: surface });
  return out;
}

/** A note on the first occurrence of `exact`, anchored at its offsets. */
export function noteOn(text: string, id: string, exact: string, body: string, actorId?: string): Note {
  const start = text.indexOf(exact);
  return { id, text: body, ...(actorId !== undefined && { actor: actorId }), quote: { exact, start, end: start + exact.length } };
}
