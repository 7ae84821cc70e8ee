import { buildAutomaton } from './ahoCorasick';
import { scanKeys } from './scanKeys';
import { FOLD_KEEP_CASE, KIND, KIND_IGNORABLE, KIND_MARK, SPACE, applyFold, foldForMatch, isWordChar } from './fold';
import type { Actor, Alias, CaseRule, Mention } from './types';

/** Compiled matcher over a fact base's names, aliases and demonyms. */
export interface Matcher {
  /** Mentions are sorted, non-overlapping, longest match wins; offsets are UTF-16, end-exclusive. Optional window [from,to) limits the scan (mentions fully inside it), for visible-range-first highlighting. */
  findMentions(text: string, window?: { from: number; to: number }): Mention[];
  /** How many surface forms were compiled (names, aliases and demonyms, minus empty and repeated ones). */
  readonly aliasCount: number;
}

/** How a candidate's letter case is checked against the alias: ANY, AS_WRITTEN or AS_WRITTEN_OR_CAPS. */
type CaseCheck = 0 | 1 | 2;
const ANY = 0;
const AS_WRITTEN = 1;
const AS_WRITTEN_OR_CAPS = 2;

// Module constants, not the imports themselves: CommonJS import bindings are getters on each read.
const kindOf = KIND;
const keepCase = FOLD_KEEP_CASE;
const mark = KIND_MARK;
const ignorable = KIND_IGNORABLE;
const space = SPACE;
const wordChar = isWordChar;

const hasWordChar = /[\p{L}\p{N}]/u;
const hasLower = /\p{Ll}/u;
const hasUpper = /[\p{Lu}\p{Lt}]/u;

/** The case check an alias gets: smart means acronyms exact, lower-case any case, others as written or ALL CAPS. */
function caseCheckOf(text: string, rule: CaseRule): CaseCheck {
  if (rule === 'insensitive') return ANY;
  if (rule === 'exact' || !hasLower.test(text)) return AS_WRITTEN;
  return hasUpper.test(text) ? AS_WRITTEN_OR_CAPS : ANY;
}

/** Upper case unit by unit, keeping units whose upper case is longer (ß): the result is as long as `s`. */
function upperUnits(s: string): string {
  const upper = s.toUpperCase();
  if (upper.length === s.length) return upper;
  return s.replace(/[^]/g, (unit) => {
    const u = unit.toUpperCase();
    return u.length === 1 ? u : unit;
  });
}

/** One surface form of one actor before flattening. */
interface Draft {
  readonly actorId: string;
  readonly alias: string;
  readonly check: CaseCheck;
  /** The alias folded but keeping case: same length as its key. */
  readonly asWritten: string;
}

const STARTS_WORD = 1;
const ENDS_WORD = 2;

/**
 * The compiled forms, flattened into arrays so that checking a candidate touches few objects
 * (with 50,000 forms, chasing one object per form costs more than the scan).
 */
interface Forms {
  /** Forms of key k are the indices [groupStart[k], groupStart[k + 1]), fact-base order. */
  readonly groupStart: Int32Array;
  /** STARTS_WORD | ENDS_WORD flags per key, for the whole-word check. */
  readonly edges: Uint8Array;
  readonly check: Uint8Array;
  /** Per form, at caseAt[f]: its as-written units, then their capitals, each as long as its key. */
  readonly caseAt: Int32Array;
  readonly casePool: Uint16Array;
  readonly actorId: readonly string[];
  readonly alias: readonly string[];
}

function flatten(keys: readonly string[], groups: readonly Draft[][]): Forms {
  const count = groups.reduce((n, g) => n + g.length, 0);
  const groupStart = new Int32Array(keys.length + 1);
  const edges = new Uint8Array(keys.length);
  const check = new Uint8Array(count);
  const caseAt = new Int32Array(count);
  const casePool = new Uint16Array(groups.reduce((n, g, k) => n + g.length * 2 * keys[k]!.length, 0));
  const actorId: string[] = [];
  const alias: string[] = [];
  let f = 0;
  let at = 0;
  groups.forEach((group, k) => {
    const key = keys[k]!;
    edges[k] = (isWordChar(key.codePointAt(0)!) ? STARTS_WORD : 0) | (isWordChar(lastCodePoint(key)) ? ENDS_WORD : 0);
    groupStart[k] = f;
    for (const d of group) {
      const caps = upperUnits(d.asWritten);
      for (let i = 0; i < key.length; i++) {
        casePool[at + i] = d.asWritten.charCodeAt(i);
        casePool[at + key.length + i] = caps.charCodeAt(i);
      }
      check[f] = d.check;
      caseAt[f] = at;
      actorId.push(d.actorId);
      alias.push(d.alias);
      at += 2 * key.length;
      f++;
    }
  });
  groupStart[keys.length] = f;
  return { groupStart, edges, check, caseAt, casePool, actorId, alias };
}

/** Compiles every actor's name (smart case), aliases and demonyms into one automaton; the first actor listed wins a shared form. */
export function buildMatcher(actors: readonly Actor[]): Matcher {
  const keys: string[] = [];
  const groups: Draft[][] = [];
  const keyIndex = new Map<string, number>();
  for (const actor of actors) {
    const forms: readonly Alias[] = [{ text: actor.name, case: 'smart' }, ...actor.aliases, ...actor.demonyms];
    for (const { text, case: rule } of forms) {
      const key = foldForMatch(text);
      const asWritten = applyFold(text, FOLD_KEEP_CASE);
      // The two folds differ only in case, so they have the same length; checked, never assumed.
      if (!hasWordChar.test(key) || asWritten.length !== key.length) continue;
      const draft: Draft = { actorId: actor.id, alias: text, check: caseCheckOf(text, rule), asWritten };
      let k = keyIndex.get(key);
      if (k === undefined) {
        k = keys.length;
        keyIndex.set(key, k);
        keys.push(key);
        groups.push([]);
      }
      const group = groups[k]!;
      if (!group.some((d) => d.actorId === draft.actorId && d.check === draft.check && d.asWritten === draft.asWritten)) group.push(draft);
    }
  }
  const automaton = buildAutomaton(keys);
  const forms = flatten(keys, groups);
  const { groupStart, edges } = forms;

  return {
    aliasCount: forms.check.length,
    findMentions(text: string, window?: { from: number; to: number }): Mention[] {
      const from = Math.max(0, Math.min(text.length, Math.trunc(window?.from ?? 0) || 0));
      const to = Math.max(from, Math.min(text.length, Math.trunc(window?.to ?? text.length) || 0));
      const hits: number[] = [];
      scanKeys(automaton, text, from, to, hits);
      const picked = new Picked();
      for (let h = 0; h < hits.length; h += 3) {
        const key = hits[h]!;
        const start = hits[h + 1]!;
        let end = hits[h + 2]!;
        while (end < text.length && kindOf[text.charCodeAt(end)] === mark) end++;
        if (end > to) continue;
        const edge = edges[key]!;
        if ((edge & ENDS_WORD && wordAt(text, end)) || (edge & STARTS_WORD && wordBefore(text, start))) continue;
        const length = automaton.keyLength[key]!;
        for (let f = groupStart[key]!, last = groupStart[key + 1]!; f < last; f++) {
          if (caseFits(text, start, end, forms, f, length)) {
            picked.offer(start, end, f);
            break;
          }
        }
      }
      return picked.mentions(forms);
    },
  };
}

function lastCodePoint(s: string): number {
  const last = s.charCodeAt(s.length - 1);
  return last >= 0xdc00 && last <= 0xdfff && s.length > 1 ? s.codePointAt(s.length - 2)! : last;
}

/** True when the first visible character at or after `i` is a word character. */
function wordAt(text: string, i: number): boolean {
  while (i < text.length && kindOf[text.charCodeAt(i)] === ignorable) i++;
  return i < text.length && wordChar(text.codePointAt(i)!);
}

/** True when the last visible character before `i` is a word character (or a mark on one). */
function wordBefore(text: string, i: number): boolean {
  i--;
  while (i >= 0 && kindOf[text.charCodeAt(i)] === ignorable) i--;
  if (i < 0) return false;
  const c = text.charCodeAt(i);
  if (c >= 0xdc00 && c <= 0xdfff && i > 0) return wordChar(text.codePointAt(i - 1)!);
  return wordChar(c);
}

/** Checks the case of text[start, end) against form `f`, diacritics and separators folded. */
function caseFits(text: string, start: number, end: number, forms: Forms, f: number, length: number): boolean {
  const check = forms.check[f]!;
  if (check === ANY) return true;
  const at = forms.caseAt[f]!;
  if (sameUnits(text, start, end, forms.casePool, at, length)) return true;
  return check === AS_WRITTEN_OR_CAPS && sameUnits(text, start, end, forms.casePool, at + length, length);
}

/** True when text[start, end), folded keeping case, equals pool[at, at + length). */
function sameUnits(text: string, start: number, end: number, pool: Uint16Array, at: number, length: number): boolean {
  let k = 0;
  let prevSpace = false;
  for (let i = start; i < end; i++) {
    const u = keepCase[text.charCodeAt(i)]!;
    if (u === 0) continue;
    if (u === space) {
      if (prevSpace) continue;
      prevSpace = true;
    } else prevSpace = false;
    if (k === length || pool[at + k] !== u) return false;
    k++;
  }
  return k === length;
}

/**
 * Leftmost-longest selection of candidates offered in scan order (by end, then longest first),
 * without sorting: a candidate that starts at or before the first kept mention it overlaps
 * replaces every kept mention it overlaps; otherwise it loses to that earlier mention.
 */
class Picked {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly forms: number[] = [];

  offer(start: number, end: number, form: number): void {
    const { starts, ends, forms } = this;
    let j = ends.length;
    while (j > 0 && ends[j - 1]! > start) j--;
    if (j < ends.length) {
      if (start > starts[j]!) return;
      starts.length = ends.length = forms.length = j;
    }
    starts.push(start);
    ends.push(end);
    forms.push(form);
  }

  mentions({ actorId, alias }: Forms): Mention[] {
    return this.forms.map((f, i) => ({ start: this.starts[i]!, end: this.ends[i]!, actorId: actorId[f]!, alias: alias[f]! }));
  }
}
