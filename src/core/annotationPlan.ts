import { searchActors } from './actorSearch';
import type { ActorHit } from './actorSearch';
import { fileDefiningActor } from './factBaseEdits';
import { openFactBase } from './edits/yamlSplice';
import { foldForMatch } from './fold';
import type { Actor, Mention } from './types';

/** Where an annotation is written: `file` (undefined = a new workspace fact base must be created), and whether the actor must first be copied in from the base it extends. */
export interface EditTarget {
  readonly file?: string;
  readonly override: boolean;
}

/**
 * Chooses the file for an edit. `files` are the workspace fact base files, entry file first.
 * About an actor (`actorId`): the file defining it; else, when the actor is known from the shipped
 * base (`known`), the entry file with the actor copied in. Anything else goes to the entry file.
 */
export function chooseEditTarget(files: readonly { readonly path: string; readonly text: string }[], actorId?: string, known = false): EditTarget {
  const defining = actorId === undefined ? undefined : fileDefiningActor(files, actorId);
  if (defining !== undefined) return { file: defining, override: false };
  const override = actorId !== undefined && known;
  const entry = files[0]?.path;
  return entry === undefined ? { override } : { file: entry, override };
}

/** Why a fact base text cannot be edited (a YAML syntax error, or not a fact base), or undefined when it can. */
export function editRefusal(text: string): string | undefined {
  const file = openFactBase(text);
  return typeof file === 'string' ? file : undefined;
}

/** The first mention overlapping [start, end) (or touching `start` when the range is empty); `mentions` sorted. */
export function mentionOverlapping(mentions: readonly Mention[], start: number, end: number): Mention | undefined {
  if (start === end) return mentions.find((m) => m.start <= start && start <= m.end);
  return mentions.find((m) => m.start < end && start < m.end);
}

/** A selection as a name: whitespace runs folded to one space, surrounding punctuation and quotes and a possessive `'s` dropped. */
export function nameFromSelection(text: string): string {
  return text
    .replace(/\s+/gu, ' ')
    .replace(/^[\s"“”‘’«»„,;:!?()[\]{}<>*_-]+/u, '')
    .replace(/[\s"“”‘’«»„,;:!?()[\]{}<>*_-]+$/u, '')
    .replace(/['’]s$/u, '');
}

/** The actor other than `actorId` whose name, alias or demonym is `alias` (folded as the matcher folds), if any. */
export function aliasOwner(actors: readonly Actor[], actorId: string, alias: string): Actor | undefined {
  const wanted = foldForMatch(alias);
  return actors.find((a) => a.id !== actorId && [a.name, ...a.aliases.map((x) => x.text), ...a.demonyms.map((x) => x.text)].some((f) => foldForMatch(f) === wanted));
}

/** searchActors over the actors other than `exclude`, then every actor whose type the query names (`person`), by name. */
export function findActors(actors: readonly Actor[], query: string, exclude?: string): ActorHit[] {
  const candidates = actors.filter((a) => a.id !== exclude);
  const hits = searchActors(candidates, query);
  const type = foldForMatch(query);
  if (type === '') return hits;
  const seen = new Set(hits.map((h) => h.actor.id));
  const ofType = candidates.filter((a) => !seen.has(a.id) && foldForMatch(a.type) === type).sort((a, b) => a.name.localeCompare(b.name));
  return [...hits, ...ofType.map((actor) => ({ actor, matched: actor.type }))];
}

/** The ids among `ids` that no actor has, in order (to refuse a relation to nobody). */
export function unknownActorIds(actors: readonly Actor[], ids: readonly string[]): string[] {
  const known = new Set(actors.map((a) => a.id));
  return ids.filter((id) => !known.has(id));
}
