/** Folded code unit of every separator (whitespace and dashes): a plain space. */
export const SPACE = 0x20;

/** {@link KIND} of punctuation, symbols, separators and lone surrogates: ends a word. */
export const KIND_OTHER = 0;
/** {@link KIND} of a letter or digit (`\p{L}`, `\p{N}`). */
export const KIND_WORD = 1;
/** {@link KIND} of a combining mark (`\p{M}`): part of the word it follows, skipped when matching. */
export const KIND_MARK = 2;
/** {@link KIND} of an invisible format character inside words (soft hyphen, ZWJ, ZWNJ, word joiner): skipped. */
export const KIND_IGNORABLE = 3;

const APOSTROPHES = "'\u2019\u2018\u201B\u02BC\u02BB\u0060\u00B4\u2032\uFF07";
const DASHES = '-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\uFE58\uFE63\uFF0D';
const IGNORABLES = '\u00AD\u200C\u200D\u2060';
/** Letters NFD leaves whole that readers still see as a base letter plus a mark. */
const EXTRA_BASES: Readonly<Record<string, string>> = {
  ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ł: 'l', Ł: 'L', ħ: 'h', Ħ: 'H', ı: 'i', ς: 'σ',
};

const isMarkRe = /^\p{M}$/u;
const isWordRe = /^[\p{L}\p{N}\p{M}]$/u;
const marksRe = /\p{M}/gu;

interface Tables {
  readonly fold: Uint16Array;
  readonly keep: Uint16Array;
  readonly kind: Uint8Array;
}

/** One code unit without its diacritics, or itself when it does not reduce to one unit. */
function baseOf(s: string): string {
  const extra = EXTRA_BASES[s];
  if (extra !== undefined) return extra;
  if (s.charCodeAt(0) < 0xc0) return s;
  const stripped = s.normalize('NFD').replace(marksRe, '');
  return stripped.length === 1 ? stripped : s;
}

/** Single-unit lower case, or the unit itself when lower-casing changes the length. */
function lower1(s: string): string {
  const l = s.toLowerCase();
  return l.length === 1 ? l : s;
}

/** Units that fold to themselves and need no Unicode lookup: CJK, Hangul, surrogates, private use (a quick start-up). */
function isPlain(c: number): boolean {
  return (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xd800 && c <= 0xf8ff);
}

function buildTables(): Tables {
  const fold = new Uint16Array(0x10000);
  const keep = new Uint16Array(0x10000);
  const kind = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (isPlain(c)) {
      // Caseless, unmarked and without decomposition: CJK and Hangul are letters, the rest is not.
      fold[c] = keep[c] = c;
      if (c < 0xd800) kind[c] = KIND_WORD;
      continue;
    }
    const s = String.fromCharCode(c);
    if (APOSTROPHES.includes(s)) {
      fold[c] = keep[c] = 0x27;
    } else if (DASHES.includes(s) || /^\s$/.test(s) || c === 0x85) {
      fold[c] = keep[c] = SPACE;
    } else if (IGNORABLES.includes(s)) {
      kind[c] = KIND_IGNORABLE;
    } else if (isMarkRe.test(s)) {
      kind[c] = KIND_MARK;
    } else {
      const base = baseOf(s);
      // Greek varia and oxia decompose to the grave and acute accents, which serve as apostrophes.
      keep[c] = APOSTROPHES.includes(base) ? 0x27 : base.charCodeAt(0);
      fold[c] = keep[c] === 0x27 ? 0x27 : baseOf(lower1(base)).charCodeAt(0);
      if (isWordRe.test(s)) kind[c] = KIND_WORD;
    }
  }
  return { fold, keep, kind };
}

const tables = buildTables();

/** Per-UTF-16-unit fold: lower case, no diacritics, apostrophes to `'`, whitespace and dashes to a space, 0 = skip (marks, ignorables); surrogates unchanged. */
export const FOLD: Readonly<Uint16Array> = tables.fold;

/** Like {@link FOLD} but keeping letter case, so a span can be checked against an alias's case. */
export const FOLD_KEEP_CASE: Readonly<Uint16Array> = tables.keep;

/** The kind (`KIND_*`) of every code unit; surrogates are `KIND_OTHER` (see {@link isWordChar} for astral code points). */
export const KIND: Readonly<Uint8Array> = tables.kind;

/** True for letters, digits and combining marks (`\p{L}\p{N}\p{M}`), astral too; apostrophe-like modifier letters (ʼ ʻ) count as punctuation. */
export function isWordChar(codePoint: number): boolean {
  if (codePoint < 0x10000) {
    const k = tables.kind[codePoint];
    return k === KIND_WORD || k === KIND_MARK;
  }
  return codePoint <= 0x10ffff && isWordRe.test(String.fromCodePoint(codePoint));
}

/** Applies a fold table to `s`: skipped units dropped, separator runs collapsed to one space, trimmed. */
export function applyFold(s: string, table: Readonly<Uint16Array>): string {
  const units: number[] = [];
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    const f = table[s.charCodeAt(i)]!;
    if (f === 0) continue;
    if (f === SPACE) {
      pendingSpace = units.length > 0;
      continue;
    }
    if (pendingSpace) units.push(SPACE);
    pendingSpace = false;
    units.push(f);
  }
  let out = '';
  // In chunks: spreading a huge array into one call would overflow the stack.
  for (let i = 0; i < units.length; i += 4096) out += String.fromCharCode(...units.slice(i, i + 4096));
  return out;
}

/** The canonical key of an alias: lower case, no diacritics, apostrophes/dashes/whitespace normalised, runs collapsed, trimmed. */
export function foldForMatch(s: string): string {
  return applyFold(s, tables.fold);
}
