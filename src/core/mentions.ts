import type { Mention } from './types';

/** The mention covering `offset` (start <= offset <= end), or undefined; `mentions` must be sorted. */
export function mentionAt(mentions: readonly Mention[], offset: number): Mention | undefined {
  let lo = 0;
  let hi = mentions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = mentions[mid]!;
    if (offset < m.start) hi = mid - 1;
    else if (offset > m.end) lo = mid + 1;
    else return m;
  }
  return undefined;
}

/** The next (or previous) mention of `actorId` after (before) `offset`, wrapping around the document. */
export function adjacentMention(
  mentions: readonly Mention[],
  actorId: string,
  offset: number,
  direction: 'next' | 'previous',
): Mention | undefined {
  const own = mentions.filter((m) => m.actorId === actorId);
  if (own.length === 0) return undefined;
  if (direction === 'next') return own.find((m) => m.start > offset) ?? own[0];
  for (let i = own.length - 1; i >= 0; i--) {
    const m = own[i]!;
    if (m.end < offset) return m;
  }
  return own[own.length - 1];
}

/** Mentions grouped by actor, in order of each actor's first mention; each group keeps document order. */
export function groupMentionsByActor(mentions: readonly Mention[]): Map<string, Mention[]> {
  const groups = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = groups.get(m.actorId);
    if (list) list.push(m);
    else groups.set(m.actorId, [m]);
  }
  return groups;
}

/** How many mentions each actor has, most mentioned first, ties by first appearance. */
export function countMentions(mentions: readonly Mention[]): { actorId: string; count: number }[] {
  return [...groupMentionsByActor(mentions)]
    .map(([actorId, list]) => ({ actorId, count: list.length }))
    .sort((a, b) => b.count - a.count);
}

/** The highlight styles; actor types outside the built-in five share `other`. */
export const HIGHLIGHT_STYLES = ['person', 'country', 'organization', 'armed-group', 'place', 'other'] as const;
/** One of HIGHLIGHT_STYLES. */
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

/** Mentions split by the highlight style of their actor's type; every style has a (maybe empty) list. */
export function partitionByStyle(
  mentions: readonly Mention[],
  typeOf: (actorId: string) => string | undefined,
): Map<HighlightStyle, Mention[]> {
  const out = new Map<HighlightStyle, Mention[]>(HIGHLIGHT_STYLES.map((s) => [s, []]));
  for (const m of mentions) {
    const type = typeOf(m.actorId);
    const style = (HIGHLIGHT_STYLES as readonly string[]).includes(type ?? '') ? (type as HighlightStyle) : 'other';
    out.get(style)!.push(m);
  }
  return out;
}
