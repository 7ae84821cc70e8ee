import { FOLD, KIND, KIND_WORD, SPACE } from './fold';

/** Scan class of a unit the fold drops (combining marks, ignorables). */
export const SKIP = 0;
/** Scan class of a letter or digit. */
export const WORD = 1;
/** Scan class of whitespace and dashes, which fold to one space. */
export const SEPARATOR = 2;
/** Scan class of every other unit (punctuation, symbols, surrogates). */
export const OTHER = 3;

/** The scan class (SKIP, WORD, SEPARATOR, OTHER) of every UTF-16 unit. */
export const UNIT_CLASS: Readonly<Uint8Array> = (() => {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const f = FOLD[c]!;
    table[c] = f === 0 ? SKIP : f === SPACE ? SEPARATOR : KIND[f] === KIND_WORD ? WORD : OTHER;
  }
  return table;
})();

/** 1 when the scan is inside a word after a unit, at [unit] after a non-word unit and at [0x10000 | unit] inside a word; skipped units keep the state. */
export const IN_WORD_AFTER: Readonly<Uint8Array> = (() => {
  const table = new Uint8Array(0x20000);
  for (let c = 0; c < 0x10000; c++) {
    table[c] = UNIT_CLASS[c] === WORD ? 1 : 0;
    table[0x10000 | c] = UNIT_CLASS[c] === WORD || UNIT_CLASS[c] === SKIP ? 1 : 0;
  }
  return table;
})();

const [UNITS_FROM, UNITS_BY_FOLD] = ((): [Int32Array, Uint16Array] => {
  const from = new Int32Array(0x10001);
  for (let u = 1; u < 0x10000; u++) from[FOLD[u]! + 1]!++;
  for (let f = 0; f < 0x10000; f++) from[f + 1]! += from[f]!;
  const fill = from.slice(0, 0x10000);
  const units = new Uint16Array(from[0x10000]!);
  for (let u = 1; u < 0x10000; u++) units[fill[FOLD[u]!]!++] = u;
  return [from, units];
})();

/** Every non-zero UTF-16 unit that folds to `folded`, so tables can be filled per key letter instead of per unit. */
export function unitsFoldingTo(folded: number): Uint16Array {
  return UNITS_BY_FOLD.subarray(UNITS_FROM[folded], UNITS_FROM[folded + 1]);
}
