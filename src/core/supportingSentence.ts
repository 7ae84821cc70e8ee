import type { Mention } from './types';

/** A span of the article: UTF-16 offsets, end-exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Words that end with a period without ending a sentence (lower case, without the period). */
const ABBREVIATIONS = new Set(['adm', 'brig', 'capt', 'cdr', 'col', 'cpl', 'dr', 'gen', 'gén', 'gov', 'hon', 'jr', 'lt', 'maj', 'mgr', 'mlle', 'mme', 'mr', 'mrs', 'ms', 'mt', 'no', 'pres', 'prof', 'rep', 'rev', 'sen', 'sgt', 'sr', 'st', 'vs']);

/** Punctuation before a lower-case word ("“No!” he said"), or a period after an abbreviation or initials ("Gen.", "U.S."), ends no sentence. */
function endsSentence(text: string, mark: number, after: number): boolean {
  if (!/[.!?]/.test(text.charAt(mark))) return true;
  if (/^\s*\p{Ll}/u.test(text.slice(after, after + 40))) return false;
  if (text.charAt(mark) !== '.') return true;
  const word = /[\p{L}.]*$/u.exec(text.slice(Math.max(0, mark - 20), mark))?.[0] ?? '';
  return !ABBREVIATIONS.has(word.toLowerCase()) && !/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word);
}

/**
 * Sentence spans of a text: ends after . ! ? (with closing quotes) before whitespace, except after
 * abbreviations and initials, and at blank lines. Spans are trimmed, sorted and never empty.
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  const boundary = /[.!?]["'”’»)]*(?=\s)|\r?\n\s*\r?\n/g;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    if (!endsSentence(text, m.index, end)) continue;
    spans.push(trim(text, start, end));
    start = end;
  }
  if (start < text.length) spans.push(trim(text, start, text.length));
  return spans.filter((s) => s.end > s.start);
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return { start, end };
}

/**
 * The first sentence of the article that mentions both actors (a relation's evidence in the
 * text), or undefined when no sentence does. `mentions` are the article's sorted mentions.
 */
export function supportingSentence(text: string, mentions: readonly Mention[], actorA: string, actorB: string): Span | undefined {
  for (const sentence of sentenceSpans(text)) {
    const inside = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
    if (inside.some((m) => m.actorId === actorA) && inside.some((m) => m.actorId === actorB)) return sentence;
  }
  return undefined;
}
