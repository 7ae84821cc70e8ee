import type { Mention } from './types';

/** A span of the article: UTF-16 offsets, end-exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Sentence spans of a text: ends after . ! ? (with closing quotes) before whitespace, and at blank lines. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  const boundary = /[.!?]["'”’»)]*(?=\s)|\r?\n\s*\r?\n/g;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
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
