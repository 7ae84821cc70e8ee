import type { Quote } from './types';

/** How a quote was found again: at its old offsets, elsewhere verbatim, approximately, or not at all. */
export type AnchorStatus = 'exact' | 'moved' | 'fuzzy' | 'orphaned';

/** A re-anchored quote: UTF-16 `start`/`end` (end-exclusive) and `score` (0..1 similarity of the quoted text) unless orphaned. */
export interface AnchorResult {
  readonly status: AnchorStatus;
  readonly start?: number;
  readonly end?: number;
  readonly score?: number;
}

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly distance: number;
}

/** Lowest similarity of the quoted text (1 - edits / length) that a fuzzy match may have. */
const QUOTE_THRESHOLD = 0.75;
/** Context agreement (0..1) above which a candidate counts as being in the same place. */
const CONTEXT_THRESHOLD = 0.5;
/** A quote this long and this similar is trusted without its context. */
const DISTINCTIVE_LENGTH = 24;
const DISTINCTIVE_SIMILARITY = 0.85;
/** Prefix/suffix characters compared; longer hand-written contexts are cut to this. */
const CONTEXT_LIMIT = 64;
/** Candidates scored per stage; keeps a one-letter quote in a long text cheap. */
const MAX_CANDIDATES = 1000;

const ORPHANED: AnchorResult = { status: 'orphaned' };

/** A quote selector for text[start, end): exact text plus up to `context` UTF-16 units either side, never splitting a surrogate pair. */
export function createAnchor(text: string, start: number, end: number, context = 32): Quote {
  const s = clamp(Math.min(start, end), 0, text.length);
  const e = clamp(Math.max(start, end), 0, text.length);
  let before = Math.max(0, s - Math.max(0, context));
  if (before < s && isLow(text, before) && isHigh(text, before - 1)) before++;
  let after = Math.min(text.length, e + Math.max(0, context));
  if (after > e && isHigh(text, after - 1) && isLow(text, after)) after--;
  return { exact: text.slice(s, e), prefix: text.slice(before, s), suffix: text.slice(e, after), start: s, end: e };
}

/** Finds `quote` in `text`: 'exact' at its old offsets, 'moved' verbatim where its context agrees best, 'fuzzy' at >= 0.75 similarity, else 'orphaned' (never a weak match). */
export function resolveAnchor(text: string, quote: Quote): AnchorResult {
  // Cost is about O(k·n) for a quote allowing k edits (Ukkonen's cut-off), so whole articles stay cheap.
  const exact = quote.exact;
  if (exact.length === 0 || text.length === 0) return ORPHANED;
  const verbatim = pickBest(text, quote, exactOccurrences(text, exact, quote.start ?? 0));
  if (verbatim) return verbatim;
  const maxEdits = Math.floor(exact.length * (1 - QUOTE_THRESHOLD));
  if (maxEdits === 0) return ORPHANED;
  return pickBest(text, quote, approximateMatches(text, exact, maxEdits, quote.start ?? 0)) ?? ORPHANED;
}

/** resolveAnchor for each quote, in the same order. */
export function resolveAll(text: string, quotes: readonly Quote[]): AnchorResult[] {
  return quotes.map((q) => resolveAnchor(text, q));
}

function pickBest(text: string, quote: Quote, candidates: readonly Candidate[]): AnchorResult | undefined {
  const m = quote.exact.length;
  let best: { c: Candidate; rank: number; gap: number; similarity: number } | undefined;
  for (const c of candidates) {
    const similarity = 1 - c.distance / Math.max(m, c.end - c.start);
    const context = contextAgreement(text, c, quote);
    const atOldPlace = c.distance === 0 && c.start === quote.start && c.end === quote.end;
    if (!atOldPlace && !trustworthy(similarity, context, m)) continue;
    const rank = 2 * similarity + (context ?? 0);
    const gap = Math.abs(c.start - (quote.start ?? 0));
    if (!best || rank > best.rank + 1e-9 || (Math.abs(rank - best.rank) <= 1e-9 && gap < best.gap)) {
      best = { c, rank, gap, similarity };
    }
  }
  if (!best) return undefined;
  const { c, similarity } = best;
  const status = c.distance > 0 ? 'fuzzy' : c.start === quote.start && c.end === quote.end ? 'exact' : 'moved';
  return { status, start: c.start, end: c.end, score: round(similarity) };
}

function trustworthy(similarity: number, context: number | undefined, length: number): boolean {
  if (similarity < QUOTE_THRESHOLD) return false;
  if (context === undefined ? similarity === 1 : context >= CONTEXT_THRESHOLD) return true;
  return length >= DISTINCTIVE_LENGTH && similarity >= DISTINCTIVE_SIMILARITY;
}

/** Share (0..1) of the stored prefix and suffix found next to the candidate; undefined when the quote has none. */
function contextAgreement(text: string, c: Candidate, quote: Quote): number | undefined {
  const prefix = (quote.prefix ?? '').slice(-CONTEXT_LIMIT);
  const suffix = (quote.suffix ?? '').slice(0, CONTEXT_LIMIT);
  if (prefix.length + suffix.length === 0) return undefined;
  let agreed = 0;
  if (prefix.length > 0) {
    const before = text.slice(Math.max(0, c.start - 2 * prefix.length), c.start);
    agreed += prefix.length - Math.min(prefix.length, anchoredDistance(reverse(prefix), reverse(before)));
  }
  if (suffix.length > 0) {
    const after = text.slice(c.end, c.end + 2 * suffix.length);
    agreed += suffix.length - Math.min(suffix.length, anchoredDistance(suffix, after));
  }
  return agreed / (prefix.length + suffix.length);
}

/** Edit distance between `pattern` and the best-fitting prefix of `text`. */
function anchoredDistance(pattern: string, text: string): number {
  let row = Array.from({ length: text.length + 1 }, (_, j) => j);
  for (let i = 1; i <= pattern.length; i++) {
    const next = [i];
    const p = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= text.length; j++) {
      const substitute = row[j - 1]! + (text.charCodeAt(j - 1) === p ? 0 : 1);
      next.push(Math.min(substitute, row[j]! + 1, next[j - 1]! + 1));
    }
    row = next;
  }
  return Math.min(...row);
}

function exactOccurrences(text: string, exact: string, near: number): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    found.push({ start: at, end: at + exact.length, distance: 0 });
  }
  return nearest(found, near);
}

/** Sellers' approximate search with Ukkonen's cut-off: the best end of each run of ends where `pattern` matches with <= `maxEdits` edits. */
function approximateMatches(text: string, pattern: string, maxEdits: number, near: number): Candidate[] {
  const m = pattern.length;
  const over = maxEdits + 1;
  const cost = new Int32Array(m + 1);
  const from = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) cost[i] = Math.min(i, over);
  let active = Math.min(maxEdits, m);
  let computedTo = m;
  const found: Candidate[] = [];
  let run: Candidate | undefined;
  let runEnd = -1;
  for (let j = 1; j <= text.length; j++) {
    const ch = text.charCodeAt(j - 1);
    let diagCost = cost[0]!;
    let diagFrom = from[0]!;
    from[0] = j;
    const top = Math.min(m, active + 1);
    for (let i = 1; i <= top; i++) {
      const leftCost = cost[i]!;
      const leftFrom = from[i]!;
      let best = diagCost + (pattern.charCodeAt(i - 1) === ch ? 0 : 1);
      let start = diagFrom;
      if (cost[i - 1]! + 1 < best) {
        best = cost[i - 1]! + 1;
        start = from[i - 1]!;
      }
      if (leftCost + 1 < best) {
        best = leftCost + 1;
        start = leftFrom;
      }
      diagCost = leftCost;
      diagFrom = leftFrom;
      cost[i] = Math.min(best, over);
      from[i] = start;
    }
    for (let i = top + 1; i <= computedTo; i++) cost[i] = over;
    computedTo = top;
    active = top;
    while (active > 0 && cost[active]! > maxEdits) active--;
    if (active !== m) continue;
    const c = snap(text, { start: from[m]!, end: j, distance: cost[m]! });
    if (run && runEnd === j - 1) {
      if (c.distance < run.distance) run = c;
    } else {
      if (run) found.push(run);
      run = c;
    }
    runEnd = j;
  }
  if (run) found.push(run);
  return nearest(found, near);
}

function snap(text: string, c: Candidate): Candidate {
  const start = isLow(text, c.start) && isHigh(text, c.start - 1) ? c.start - 1 : c.start;
  const end = isHigh(text, c.end - 1) && isLow(text, c.end) ? c.end + 1 : c.end;
  return { start, end, distance: c.distance };
}

function nearest(candidates: Candidate[], near: number): Candidate[] {
  if (candidates.length <= MAX_CANDIDATES) return candidates;
  return [...candidates].sort((a, b) => Math.abs(a.start - near) - Math.abs(b.start - near) || a.start - b.start).slice(0, MAX_CANDIDATES);
}

function reverse(s: string): string {
  return s.split('').reverse().join('');
}

function isHigh(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, Number.isFinite(n) ? Math.trunc(n) : lo));
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
