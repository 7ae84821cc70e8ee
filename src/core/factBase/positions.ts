import type { Position, Range } from '../types';

/** Converts source offsets to VS Code positions for one file, given the line starts the yaml LineCounter recorded. */
export interface Positions {
  at(offset: number): Position;
  /** The range from `start` to `end`, with trailing whitespace and line breaks trimmed off. */
  span(start: number, end: number): Range;
}

/** The empty range at the start of a file, for problems about a file as a whole. */
export const FILE_START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** Positions over `text` whose lines start at `lineStarts` (sorted, from the yaml LineCounter). */
export function buildPositions(text: string, lineStarts: readonly number[]): Positions {
  const starts = lineStarts.length > 0 && lineStarts[0] === 0 ? lineStarts : [0, ...lineStarts];
  const at = (offset: number): Position => {
    const o = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - starts[lo]! };
  };
  return {
    at,
    span(start: number, end: number): Range {
      let e = Math.min(end, text.length);
      while (e > start && /\s/.test(text[e - 1]!)) e--;
      return { start: at(start), end: at(Math.max(start, e)) };
    },
  };
}
