import { isScalar } from 'yaml';
import { firstDay, isValidPartialDate, lastDay } from '../dates';
import { l10n } from '../l10n';
import { consequence, describe } from './nodeReader';
import type { Field, NodeReader } from './nodeReader';
import type { EntryKind } from './vocabulary';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const URL_LIKE = /^https?:\/\/[^\s/?#@]+(?:@[^\s/?#@]+)?(?::\d+)?(?:[/?#]\S*)?$/i;
const HOST = /^(?:[^\s/?#@]+@)?(?:\[[0-9a-f:.]+\]|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*)(?::\d+)?$/iu;
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/** True for a valid id: lower-case ASCII letters and digits in groups joined by single '-'. */
export function isValidId(s: string): boolean {
  return ID.test(s);
}

/** A valid id derived from any text (`Mohamed Bazoum` → `mohamed-bazoum`), or undefined when nothing usable remains. */
export function suggestId(s: string): string | undefined {
  const id = s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id === '' ? undefined : id;
}

/** True for an absolute http(s) URL with a host and no spaces. */
export function isHttpUrl(s: string): boolean {
  if (!URL_LIKE.test(s)) return false;
  const host = s.replace(/^https?:\/\//i, '').split(/[/?#]/)[0] ?? '';
  return HOST.test(host);
}

/** True for a plausible BCP 47 tag such as `fr`, `ar-Latn` or `pt-BR`. */
export function isLanguageTag(s: string): boolean {
  return LANGUAGE_TAG.test(s);
}

/** True when every day `until` covers lies before every day `since` covers. */
export function endsBeforeStart(since: string, until: string): boolean {
  const end = lastDay(until);
  const start = firstDay(since);
  return end !== undefined && start !== undefined && end < start;
}

/** Reads an id field; a bad id is reported with a suggested fix. */
export function readId(r: NodeReader, field: Field | undefined, drops?: EntryKind): string | undefined {
  const text = r.text(field, drops);
  if (text === undefined || !field) return undefined;
  if (isValidId(text)) return text;
  const suggestion = suggestId(text);
  const rule = suggestion === undefined
    ? l10n.t("`{0}` is not a valid id: use lower-case letters, digits and single '-' between them.", text)
    : l10n.t("`{0}` is not a valid id: use lower-case letters, digits and single '-' between them, e.g. `{1}`.", text, suggestion);
  r.report('error', 'invalid-id', `${rule} ${consequence(drops)}`, field.value);
  return undefined;
}

/** Reads a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date (a bare year YAML read as a number counts). */
export function readDate(r: NodeReader, field: Field | undefined): string | undefined {
  if (!field) return undefined;
  const node = field.value;
  const v = isScalar(node) ? node.value : undefined;
  const text = typeof v === 'string' ? v.trim() : typeof v === 'number' && Number.isInteger(v) ? r.sourceOf(node) : undefined;
  if (text === undefined) {
    r.report('error', 'wrong-type', l10n.t('`{0}` must be a date written YYYY, YYYY-MM or YYYY-MM-DD, found {1}. It is ignored.', field.key, describe(node)), node);
    return undefined;
  }
  if (isValidPartialDate(text)) return text;
  r.report('error', 'invalid-date', l10n.t('`{0}` is not a real date written YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2023-07-26). It is ignored.', text), node);
  return undefined;
}

/** Reads `until` (or `end`-like) after `since`; an `until` before `since` is reported and dropped. */
export function readUntil(r: NodeReader, since: string | undefined, sinceKey: string, field: Field | undefined): string | undefined {
  const until = readDate(r, field);
  if (until === undefined || since === undefined || !field) return until;
  if (!endsBeforeStart(since, until)) return until;
  r.report('error', 'date-order', l10n.t('`{0}: {1}` is before `{2}: {3}`; swap or correct them. `{0}` is ignored.', field.key, until, sinceKey, since), field.value);
  return undefined;
}

/** Reads an absolute http(s) URL. */
export function readUrl(r: NodeReader, field: Field | undefined, drops?: EntryKind): string | undefined {
  if (!field) return undefined;
  const text = r.text(field, drops);
  if (text === undefined) return undefined;
  if (isHttpUrl(text.trim())) return text.trim();
  r.report('error', 'invalid-url', `${l10n.t('`{0}` is not a web address; write an absolute http(s) URL such as https://example.org/article.', text)} ${consequence(drops)}`, field.value);
  return undefined;
}
