import { isMap, isSeq, parseDocument } from 'yaml';
import { isValidId, slugify, uniqueId } from './edits/ids';
import { compact, sourceValue } from './edits/serialize';
import { entryIn, last, same } from './edits/data';
import { appendItem, entryIds, findEntry, findPair, finish, insertPair, openFactBase, refuse } from './edits/yamlSplice';
import type { EditableFile, EditResult } from './edits/yamlSplice';
import { foldForMatch } from './fold';
import { l10n } from './l10n';
import type { Source } from './types';

/** An actor to add; without `id` one is made from the name. */
export interface NewActor {
  readonly id?: string;
  readonly name: string;
  readonly type: string;
  readonly summary?: string;
  readonly aliases?: readonly string[];
}

/** A fact to add to an actor. */
export interface NewFact {
  readonly statement: string;
  readonly date?: string;
  readonly until?: string;
  readonly sources: readonly Source[];
}

/** A relation to add to the top-level `relations` list. */
export interface NewRelation {
  readonly from: string;
  readonly to: string;
  readonly type: string;
  readonly label?: string;
  readonly since?: string;
  readonly until?: string;
  readonly mutual?: boolean;
  readonly sources?: readonly Source[];
  readonly id?: string;
}

/** Adds `alias` to the actor's `aliases`, in the list's flow or block style; `changed: false` when the name, an alias or a demonym already folds to it. */
export function addAlias(text: string, actorId: string, alias: string): EditResult {
  const file = openFactBase(text);
  if (typeof file === 'string') return refuse(file);
  const written = alias.trim();
  if (written === '') return refuse(l10n.t('An alias cannot be empty.'));
  const entry = findEntry(file.root, 'actors', actorId);
  if (!entry) return refuse(l10n.t('No actor `{0}` is defined in this file.', actorId));
  const data = entry.map.toJSON() as Record<string, unknown>;
  const known = [data['name'], ...texts(data['aliases']), ...texts(data['demonyms'])].map((n) => foldForMatch(String(n)));
  if (known.includes(foldForMatch(written))) return { ok: true, text, changed: false };
  const splices = findPair(entry.map, 'aliases')
    ? appendItem(file, entry.map, 'aliases', written)
    : [insertPair(file, entry.map, 'aliases', [written], ['id', 'name', 'type'], prefersFlowAliases(file) ? ['aliases'] : [])];
  if (typeof splices === 'string') return refuse(splices);
  return finish(file, splices, (d) => same(last(entryIn(d, 'actors', actorId)?.['aliases']), written));
}

/** Appends an actor to `actors` (creating the key); without an id one is slugged from the name (`-2`, `-3`… on clashes with this file or `takenIds`). */
export function addActor(text: string, actor: NewActor, takenIds: ReadonlySet<string> = new Set()): EditResult {
  const file = openFactBase(text);
  if (typeof file === 'string') return refuse(file);
  const name = actor.name.trim();
  const type = actor.type.trim();
  if (name === '' || type === '') return refuse(l10n.t('An actor needs a name and a type.'));
  const here = new Set(entryIds(file.root, 'actors'));
  const taken = (id: string): boolean => here.has(id) || takenIds.has(id);
  if (actor.id !== undefined && !isValidId(actor.id)) return refuse(l10n.t("`{0}` is not a valid id: use lower-case letters and digits joined by single '-'.", actor.id));
  if (actor.id !== undefined && taken(actor.id)) return refuse(l10n.t('Another actor already has the id `{0}`; choose another.', actor.id));
  const id = actor.id ?? uniqueId(slugify(name) || 'actor', taken);
  const seen = new Set([foldForMatch(name)]);
  const aliases = (actor.aliases ?? []).map((a) => a.trim()).filter((a) => a !== '' && !seen.has(foldForMatch(a)) && seen.add(foldForMatch(a)));
  const item = compact({ id, name, type, aliases: aliases.length > 0 ? aliases : undefined, summary: actor.summary?.trim() });
  const splices = appendItem(file, file.root, 'actors', item, prefersFlowAliases(file) ? ['aliases'] : []);
  if (typeof splices === 'string') return refuse(splices);
  return finish(file, splices, (d) => same(entryIn(d, 'actors', id), item), id);
}

/** Appends a fact (statement, dates, sources; a source with only a URL is written as the bare URL) to the actor's `facts`. */
export function addFact(text: string, actorId: string, fact: NewFact): EditResult {
  const file = openFactBase(text);
  if (typeof file === 'string') return refuse(file);
  if (fact.statement.trim() === '') return refuse(l10n.t('A fact needs a statement.'));
  const entry = findEntry(file.root, 'actors', actorId);
  if (!entry) return refuse(l10n.t('No actor `{0}` is defined in this file.', actorId));
  const item = compact({ statement: fact.statement.trim(), date: fact.date, until: fact.until, sources: fact.sources.map(sourceValue) });
  const splices = appendItem(file, entry.map, 'facts', item);
  if (typeof splices === 'string') return refuse(splices);
  return finish(file, splices, (d) => same(last(entryIn(d, 'actors', actorId)?.['facts']), item));
}

/** Appends a relation to the top-level `relations` (creating the key); `from`, `to` and `type` must be ids. */
export function addRelation(text: string, relation: NewRelation): EditResult {
  const file = openFactBase(text);
  if (typeof file === 'string') return refuse(file);
  const bad = [relation.from, relation.to, relation.type, ...(relation.id === undefined ? [] : [relation.id])].find((id) => !isValidId(id));
  if (bad !== undefined) return refuse(l10n.t("`{0}` is not a valid id: use lower-case letters and digits joined by single '-'.", bad));
  const { from, to, type, label, since, until, mutual, sources, id } = relation;
  const item = compact({ from, to, type, label, since, until, mutual, sources: sources?.length ? sources.map(sourceValue) : undefined, id });
  const splices = appendItem(file, file.root, 'relations', item);
  if (typeof splices === 'string') return refuse(splices);
  return finish(file, splices, (d) => same(last((d as Record<string, unknown> | null)?.['relations']), item));
}

/** The path of the first file whose top-level `actors` defines `actorId` (files with YAML errors included), or undefined. */
export function fileDefiningActor(files: readonly { readonly path: string; readonly text: string }[], actorId: string): string | undefined {
  for (const file of files) {
    const root = parseDocument(file.text).contents;
    if (isMap(root) && findEntry(root, 'actors', actorId)) return file.path;
  }
  return undefined;
}

/** True when most actors of the file write `aliases` as a flow list (`[a, b]`). */
export function prefersFlowAliases(file: EditableFile): boolean {
  const actors = findPair(file.root, 'actors')?.value;
  let flow = 0;
  let block = 0;
  for (const item of isSeq(actors) ? actors.items : []) {
    const aliases = isMap(item) ? item.get('aliases', true) : undefined;
    if (isSeq(aliases)) {
      if (aliases.flow) flow++;
      else block++;
    }
  }
  return flow > block;
}

function texts(list: unknown): unknown[] {
  return Array.isArray(list) ? list.map((a: unknown) => (typeof a === 'object' && a !== null ? (a as { text?: unknown }).text : a)) : [];
}
