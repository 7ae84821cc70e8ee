import { isMap, isSeq } from 'yaml';
import type { Pair, YAMLMap } from 'yaml';
import { l10n } from '../l10n';
import type { Position, Quote } from '../types';
import { entryIn, same } from './data';
import { isValidId } from './ids';
import { compact, quoteValue } from './serialize';
import { appendItem, entryIds, findPair, finish, insertPair, openFactBase, refuse, removeItem, replaceValue } from './yamlSplice';
import type { EditableFile, EditResult } from './yamlSplice';

/** A note to add; without `id` the first free `note-N` is used. */
export interface NewNote {
  readonly id?: string;
  readonly text: string;
  readonly actor?: string;
  readonly date?: string;
  readonly quote: Quote;
}

/** Appends a note to the top-level `notes` (creating the key); a new id is `note-N` above every `note-N` in `takenIds` and this file. */
export function addNote(text: string, note: NewNote, takenIds: ReadonlySet<string> = new Set()): EditResult {
  const file = openFactBase(text);
  if (typeof file === 'string') return refuse(file);
  if (note.text.trim() === '') return refuse(l10n.t('A note needs some text.'));
  if (note.quote.exact === '') return refuse(l10n.t('A note must quote some text of the article.'));
  const ids = new Set([...takenIds, ...entryIds(file.root, 'notes')]);
  if (note.id !== undefined && !isValidId(note.id)) return refuse(l10n.t("`{0}` is not a valid id: use lower-case letters and digits joined by single '-'.", note.id));
  if (note.id !== undefined && ids.has(note.id)) return refuse(l10n.t('Another note already has the id `{0}`; choose another.', note.id));
  const id = note.id ?? `note-${1 + Math.max(0, ...[...ids].map((i) => Number(/^note-(\d+)$/.exec(i)?.[1] ?? 0)))}`;
  const item = compact({ id, text: note.text.trim(), actor: note.actor, date: note.date, quote: quoteValue(note.quote) });
  const splices = appendItem(file, file.root, 'notes', item);
  if (typeof splices === 'string') return refuse(splices);
  return finish(file, splices, (d) => same(entryIn(d, 'notes', id), item), id);
}

/** Removes the note with explicit `id: noteId`, or the id-less note whose entry holds `at` (its `location.range.start`: default ids are the loader's). */
export function removeNote(text: string, noteId: string, at?: Position): EditResult {
  const file = openFactBase(text);
  if (typeof file === 'string') return refuse(file);
  const found = findNote(file, noteId, at);
  if (typeof found === 'string') return refuse(found);
  const before = found.count;
  return finish(file, removeItem(file, found.pair, found.index), (d) => {
    const notes = (d as Record<string, unknown> | null)?.['notes'];
    return Array.isArray(notes) && notes.length === before - 1 && (found.explicit ? entryIn(d, 'notes', noteId) === undefined : true);
  });
}

/** Re-anchors a note: its `quote` becomes `quote` (keeping the old `article` when the new quote has none); `changed: false` when equal. */
export function updateNoteQuote(text: string, noteId: string, quote: Quote, at?: Position): EditResult {
  const file = openFactBase(text);
  if (typeof file === 'string') return refuse(file);
  if (quote.exact === '') return refuse(l10n.t('A note must quote some text of the article.'));
  const found = findNote(file, noteId, at);
  if (typeof found === 'string') return refuse(found);
  const quotePair = findPair(found.map, 'quote');
  const old = (quotePair?.value as { toJSON?: () => unknown } | null | undefined)?.toJSON?.() as Quote | undefined;
  const value = quoteValue({ ...quote, article: quote.article ?? old?.article });
  if (same(old, value)) return { ok: true, text, changed: false };
  const splice = quotePair ? replaceValue(file, quotePair, value) : insertPair(file, found.map, 'quote', value);
  const index = found.index;
  return finish(file, [splice], (d) => {
    const notes = (d as Record<string, unknown> | null)?.['notes'];
    return Array.isArray(notes) && same((notes[index] as Record<string, unknown> | undefined)?.['quote'], value);
  });
}

interface FoundNote {
  readonly pair: Pair<unknown, unknown>;
  readonly map: YAMLMap<unknown, unknown>;
  readonly index: number;
  readonly count: number;
  readonly explicit: boolean;
}

function findNote(file: EditableFile, noteId: string, at: Position | undefined): FoundNote | string {
  const pair = findPair(file.root, 'notes');
  const list = pair?.value;
  if (!pair || !isSeq(list)) return l10n.t('This file has no notes.');
  const items = list.items;
  let index = items.findIndex((n) => isMap(n) && n.has('id') && String(n.get('id')) === noteId);
  const explicit = index >= 0;
  if (!explicit && at !== undefined) {
    index = items.findIndex((n) => {
      const range = (n as { range?: readonly number[] | null }).range;
      return isMap(n) && !n.has('id') && range !== undefined && range !== null && lineOf(file.text, range[0]!) <= at.line && at.line <= lineOf(file.text, Math.max(range[0]!, range[1]! - 1));
    });
  }
  const map = items[index];
  if (!isMap(map)) return l10n.t('No note `{0}` in this file.', noteId);
  return { pair, map, index, count: items.length, explicit };
}

function lineOf(text: string, offset: number): number {
  let line = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

