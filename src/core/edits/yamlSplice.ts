import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Pair, YAMLMap, YAMLSeq } from 'yaml';
import { l10n } from '../l10n';
import { blockLines, flowText } from './serialize';

/** The outcome of one fact base edit: the whole new file text (unchanged when `changed` is false), or why nothing was done. */
export type EditResult =
  | { readonly ok: true; readonly text: string; readonly changed: boolean; readonly id?: string }
  | { readonly ok: false; readonly problem: string };

/** One fact base file parsed for editing; edits splice its text so untouched bytes never change. */
export interface EditableFile {
  readonly text: string;
  readonly root: YAMLMap<unknown, unknown>;
  /** The file's line break, kept in everything inserted. */
  readonly eol: string;
  /** Whether block lists are indented under their key (`key:\n  - a`) rather than flush (`key:\n- a`). */
  readonly indentSeq: boolean;
}

/** Replace text[start, end) with `insert`. */
export interface Splice {
  readonly start: number;
  readonly end: number;
  readonly insert: string;
}

type Range3 = readonly [number, number, number];

const FACT_BASE_KEYS = new Set(['newsLens', 'mode', 'include', 'actorTypes', 'relationTypes', 'actors', 'relations', 'notes']);

/** Parses `text` for editing, or says why it cannot be edited (a YAML syntax error, or not a fact base). */
export function openFactBase(text: string): EditableFile | string {
  const doc = parseDocument(text);
  const error = doc.errors[0];
  if (error) {
    const line = error.linePos?.[0].line;
    const message = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? l10n.t('unreadable');
    return line === undefined
      ? l10n.t('The file has a YAML syntax error: {0}. Fix it, then try again; nothing was changed.', message)
      : l10n.t('The file has a YAML syntax error on line {0}: {1}. Fix it, then try again; nothing was changed.', line, message);
  }
  const root = doc.contents;
  if (!isMap(root)) return l10n.t('The file is not a News Lens fact base: its top level should be a mapping with keys such as `newsLens`, `actors` and `relations`. Nothing was changed.');
  if (root.items.length > 0 && !root.items.some((p) => FACT_BASE_KEYS.has(keyOf(p) ?? ''))) {
    return l10n.t('The file is not a News Lens fact base: it has none of the keys `newsLens`, `actors`, `relations` or `notes`. Nothing was changed.');
  }
  return { text, root, eol: text.includes('\r\n') ? '\r\n' : '\n', indentSeq: detectIndentSeq(text, root) };
}

/** The key of a pair as a string, when it is a scalar. */
export function keyOf(pair: Pair<unknown, unknown>): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : undefined;
}

/** The pair with this key in `map`, if any. */
export function findPair(map: YAMLMap<unknown, unknown>, key: string): Pair<unknown, unknown> | undefined {
  return map.items.find((p) => keyOf(p) === key);
}

/** Index and node of the mapping in list `root[listKey]` whose `id` is `id`. */
export function findEntry(root: YAMLMap<unknown, unknown>, listKey: string, id: string): { index: number; map: YAMLMap<unknown, unknown> } | undefined {
  const list = findPair(root, listKey)?.value;
  if (!isSeq(list)) return undefined;
  for (const [index, item] of list.items.entries()) {
    if (isMap(item) && String(item.get('id')) === id) return { index, map: item };
  }
  return undefined;
}

/** Explicit ids of the mappings in list `root[listKey]`, in order. */
export function entryIds(root: YAMLMap<unknown, unknown>, listKey: string): string[] {
  const list = findPair(root, listKey)?.value;
  return isSeq(list) ? list.items.flatMap((item) => (isMap(item) && item.has('id') ? [String(item.get('id'))] : [])) : [];
}

/** Appends `item` to the list at `map[key]`, creating the key, or writing `[]`/nothing as a block list; follows the list's flow or block style. */
export function appendItem(file: EditableFile, map: YAMLMap<unknown, unknown>, key: string, item: unknown, flowKeys: readonly string[] = []): Splice[] | string {
  const pair = findPair(map, key);
  if (!pair) return [insertPair(file, map, key, [item], [], flowKeys)];
  const list = pair.value;
  const isObject = typeof item === 'object' && item !== null;
  if (list === null || list === undefined || (isScalar(list) && list.value === null)) {
    return map.flow ? [replaceNode(file, list, flowText([item]), pair)] : emptyToBlock(file, pair, item, flowKeys);
  }
  if (!isSeq(list)) return l10n.t('`{0}` is not a list in this file, so nothing can be added to it.', key);
  const last = list.items.at(-1);
  if (list.flow) {
    if (last !== undefined) return [{ start: rangeOf(last)[1], end: rangeOf(last)[1], insert: `, ${flowText(item)}` }];
    if (isObject && !map.flow) return emptyToBlock(file, pair, item, flowKeys);
    const open = file.text.indexOf('[', rangeOf(list)[0]);
    return [{ start: open + 1, end: open + 1, insert: flowText(item) }];
  }
  const first = list.items[0];
  const dash = column(file.text, rangeOf(list)[0]);
  const lines = blockLines([item], dash, file.indentSeq, flowKeys);
  const spaced = last !== first && blankBetween(file.text, endOfContent(list.items.at(-2)), rangeOf(last)[0]);
  return [linesAfter(file, endOfContent(last), spaced ? ['', ...lines] : lines, dash + 1)];
}

/** Adds `key: value` to `map`, after the last of `afterKeys` present (else at the end); top-level keys keep the file's blank-line spacing. */
export function insertPair(file: EditableFile, map: YAMLMap<unknown, unknown>, key: string, value: unknown, afterKeys: readonly string[] = [], flowKeys: readonly string[] = []): Splice {
  if (map.flow) {
    const last = map.items.at(-1);
    const text = `${flowText(key)}: ${flowText(value)}`;
    if (last) {
      const at = endOfNode(last.value ?? last.key);
      return { start: at, end: at, insert: `, ${text}` };
    }
    const open = file.text.indexOf('{', rangeOf(map)[0]) + 1;
    return { start: open, end: open, insert: ` ${text} ` };
  }
  const anchorPair = [...map.items].reverse().find((p) => afterKeys.includes(keyOf(p) ?? '')) ?? map.items.at(-1);
  const keyColumn = column(file.text, rangeOf(map.items[0]?.key)[0]);
  const lines = blockLines({ [key]: value }, keyColumn, file.indentSeq, flowKeys);
  const isRoot = map === file.root && anchorPair === map.items.at(-1) && map.items.length > 1;
  const prev = map.items.at(-2);
  const spaced = isRoot && prev !== undefined && blankBetween(file.text, endOfContent(prev.value ?? prev.key), rangeOf(anchorPair?.key)[0]);
  const commentColumn = anchorPair === map.items.at(-1) ? keyColumn : Infinity;
  return linesAfter(file, endOfContent(anchorPair?.value ?? anchorPair?.key), spaced ? ['', ...lines] : lines, commentColumn);
}

/** Removes item `index` of the list in `pair`; the last item leaves `key: []`, and blank-line spacing between items is kept even. */
export function removeItem(file: EditableFile, pair: Pair<unknown, unknown>, index: number): Splice[] {
  const list = pair.value as YAMLSeq<unknown>;
  const item = list.items[index];
  const { text } = file;
  if (list.flow) {
    const next = list.items[index + 1];
    const prev = list.items[index - 1];
    if (next !== undefined) return [{ start: rangeOf(item)[0], end: rangeOf(next)[0], insert: '' }];
    return [{ start: prev === undefined ? rangeOf(item)[0] : rangeOf(prev)[1], end: rangeOf(item)[1], insert: '' }];
  }
  const dash = dashOf(text, rangeOf(item)[0]);
  let start = lineStart(text, dash);
  let end = lineAfter(text, endOfContent(item));
  while (end < text.length && (/^([ \t]*)#/.exec(text.slice(end, nextLineStart(text, end)))?.[1]?.length ?? -1) > column(text, dash)) {
    end = nextLineStart(text, end);
  }
  const blankBefore = (at: number): boolean => at > 0 && /^[ \t]*\r?$/.test(text.slice(lineStart(text, at - 1), at - 1));
  const isLast = index === list.items.length - 1;
  if (!isLast && (index === 0 || blankBefore(start))) {
    while (end < text.length && /^[ \t]*\r?\n/.test(text.slice(end, nextLineStart(text, end)))) end = nextLineStart(text, end);
  } else if (isLast && index > 0) {
    while (blankBefore(start)) start = lineStart(text, start - 1);
  }
  const removal = { start, end, insert: '' };
  if (list.items.length > 1) return [removal];
  const colon = text.indexOf(':', rangeOf(pair.key)[1]) + 1;
  return [removal, { start: colon, end: colon, insert: ' []' }];
}

/** Replaces the value of `pair` with `value`, written in the style (block or flow) of the old value. */
export function replaceValue(file: EditableFile, pair: Pair<unknown, unknown>, value: unknown): Splice {
  const old = pair.value;
  if ((isMap(old) || isSeq(old)) && !old.flow) {
    const start = lineStart(file.text, rangeOf(old)[0]);
    const end = lineAfter(file.text, endOfContent(old));
    const lines = blockLines(value, column(file.text, rangeOf(old)[0]), file.indentSeq);
    const trail = end === file.text.length && !file.text.endsWith('\n') ? '' : file.eol;
    return { start, end, insert: lines.join(file.eol) + trail };
  }
  return replaceNode(file, old, flowText(value), pair);
}

/** Applies splices (non-overlapping) to `text`. */
export function applySplices(text: string, splices: readonly Splice[]): string {
  let out = text;
  for (const s of [...splices].sort((a, b) => b.start - a.start)) out = out.slice(0, s.start) + s.insert + out.slice(s.end);
  return out;
}

/** Applies the splices and checks the result still parses and passes `verify`; an internal slip is reported, never written. */
export function finish(file: EditableFile, splices: readonly Splice[], verify: (data: unknown) => boolean, id?: string): EditResult {
  const text = applySplices(file.text, splices);
  const doc = parseDocument(text);
  if (doc.errors.length > 0 || !verify(doc.toJS())) {
    return { ok: false, problem: l10n.t('News Lens could not make this edit without disturbing the rest of the file (an unusual layout?); nothing was changed. Please make the change by hand.') };
  }
  return { ok: true, text, changed: text !== file.text, ...(id !== undefined && { id }) };
}

/** The outcome for a refused edit. */
export function refuse(problem: string): EditResult {
  return { ok: false, problem };
}

function emptyToBlock(file: EditableFile, pair: Pair<unknown, unknown>, item: unknown, flowKeys: readonly string[]): Splice[] {
  const keyColumn = column(file.text, rangeOf(pair.key)[0]);
  const lines = blockLines([item], keyColumn + (file.indentSeq ? 2 : 0), file.indentSeq, flowKeys);
  const value = pair.value;
  const [valueStart, valueEnd] = value === null || value === undefined ? [rangeOf(pair.key)[1], rangeOf(pair.key)[1]] : rangeOf(value);
  let cut = valueStart;
  while (cut > 0 && (file.text[cut - 1] === ' ' || file.text[cut - 1] === '\t')) cut--;
  const removal = valueEnd > valueStart ? [{ start: cut, end: valueEnd, insert: '' }] : [];
  return [...removal, linesAfter(file, Math.max(valueEnd, rangeOf(pair.key)[1]), lines)];
}

function replaceNode(file: EditableFile, node: unknown, insert: string, pair: Pair<unknown, unknown>): Splice {
  if (node === null || node === undefined || rangeOf(node)[1] === rangeOf(node)[0]) {
    const colon = file.text.indexOf(':', rangeOf(pair.key)[1]) + 1;
    return { start: colon, end: colon, insert: ` ${insert}` };
  }
  return { start: rangeOf(node)[0], end: rangeOf(node)[1], insert };
}

/** Inserts whole lines after the line holding `offset`, and after following comment lines indented >= `commentColumn` (they belong to what precedes). */
function linesAfter(file: EditableFile, offset: number, lines: readonly string[], commentColumn = Infinity): Splice {
  const { text, eol } = file;
  let at = lineAfter(text, offset);
  while (at < text.length) {
    const next = nextLineStart(text, at);
    const indent = /^([ \t]*)#/.exec(text.slice(at, next))?.[1];
    if (indent === undefined || indent.length < commentColumn) break;
    at = next;
  }
  if (at === text.length && !text.endsWith('\n')) return { start: at, end: at, insert: eol + lines.join(eol) };
  return { start: at, end: at, insert: lines.join(eol) + eol };
}

/** Offset just after the last character of content of `node` (its trailing comments and blank lines excluded). */
function endOfContent(node: unknown): number {
  if (isMap(node) && !node.flow) {
    const last = node.items.at(-1);
    if (last) return endOfContent(last.value ?? last.key);
  }
  if (isSeq(node) && !node.flow) {
    const last = node.items.at(-1);
    if (last !== undefined) return endOfContent(last);
  }
  return rangeOf(node)[1];
}

function endOfNode(node: unknown): number {
  return rangeOf(node)[1];
}

function detectIndentSeq(text: string, root: YAMLMap<unknown, unknown>): boolean {
  for (const pair of root.items) {
    if (isSeq(pair.value) && !pair.value.flow && pair.value.items.length > 0) {
      return column(text, rangeOf(pair.value)[0]) > column(text, rangeOf(pair.key)[0]);
    }
  }
  return true;
}

function blankBetween(text: string, from: number, to: number): boolean {
  return /\n[ \t]*\r?\n/.test(text.slice(from, to));
}

/** Parsed nodes always carry a range; anything else (never expected) reads as the file start. */
function rangeOf(node: unknown): Range3 {
  const range = (node as { range?: Range3 | null } | null | undefined)?.range;
  return range ?? [0, 0, 0];
}

function dashOf(text: string, itemStart: number): number {
  let i = itemStart - 1;
  while (i >= 0 && /\s/.test(text[i] ?? '')) i--;
  return text[i] === '-' ? i : itemStart;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineAfter(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

function nextLineStart(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

function column(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}
