import type { Position } from './types';

/** Converts UTF-16 offsets to line/character positions; lines end at CRLF, LF or CR as in VS Code. */
export interface LineIndex {
  positionAt(offset: number): Position;
}

/** Builds a line index of `text` once (O(n)); each lookup is a binary search. */
export function buildLineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) starts.push(i + 1);
  }
  return {
    positionAt(offset: number): Position {
      const clamped = Math.max(0, Math.min(offset, text.length));
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= clamped) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo, character: clamped - starts[lo]! };
    },
  };
}
