import type { Mention } from './types';

/** A capitalised name the fact base does not know, once per distinct text (whitespace folded), with every place it occurs. */
export interface UnknownName {
  readonly text: string;
  readonly spans: readonly { readonly start: number; readonly end: number }[];
}

/** Tuning for findUnknownNames. */
export interface UnknownNameOptions {
  /** More words (any case) never taken as, or at the edge of, a name. */
  readonly stopWords?: Iterable<string>;
  /** Shortest name kept, in UTF-16 units (default 3). */
  readonly minLength?: number;
}

interface Token {
  readonly start: number;
  /** End of the name part: a possessive `'s` or a lower-case `-led` tail is left out. */
  readonly end: number;
  readonly kind: 'name' | 'particle' | 'other';
  /** True when something was cut off the end, so no name continues past it. */
  readonly cut: boolean;
}

const WORD = /\p{L}[\p{L}\p{M}\p{N}]*(?:['’‐-][\p{L}\p{M}\p{N}]+)*/gu;
const PARTICLES = new Set(['al', 'el', 'bin', 'ben', 'bint', 'ibn', 'abu', 'ould', 'ag', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'do', 'du', 'des', 'von', 'van', 'der', 'den', 'ter', 'le', 'la']);
const PREFIXED = /^(?:al|el|ad|ag|as|ash|az|ibn|bin|ben|abu|ould|d)['’‐-]\p{Lu}/u;
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'gen', 'col', 'lt', 'capt', 'sgt', 'maj', 'prof', 'st', 'm', 'mme', 'mlle', 'messrs']);

const STOP_WORDS = new Set(
  [
    'the a an this that these those there here it its he she they we i you his her their our my your him them us who what when where why how which whose while whether',
    'if but and or nor so yet for of in on at by to from with without after before during since until about above across against along among around as behind below',
    'beside between beyond despite down inside into near off onto out outside over past through throughout toward towards under unlike up upon via within',
    'however meanwhile moreover furthermore nevertheless nonetheless therefore thus also although though because once then still instead indeed already now today',
    'yesterday tomorrow tonight last next earlier later some many most several both all each every other another such no not none few more much one two three four',
    'five six seven eight nine ten first second third according asked said says yes breaking update updated exclusive analysis opinion editorial photo video',
    'president vice prime minister general colonel lieutenant captain major sergeant commander chief secretary ambassador senator governor mayor king queen prince',
    'princess sheikh emir imam pope bishop judge justice professor spokesman spokeswoman spokesperson leader officer admiral marshal mr mrs ms dr sir madam gen col',
    'lt capt sgt maj prof st messrs',
    'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec',
    'monday tuesday wednesday thursday friday saturday sunday reuters afp ap',
    'le la les l un une des du de d selon mais et ou donc ni car pour par dans sur sous avec sans apres avant depuis pendant lors ce cette ces cet il elle ils elles',
    'nous vous on son sa ses leur leurs cependant toutefois pourtant ainsi alors puis enfin aussi en au aux a lundi mardi mercredi jeudi vendredi samedi dimanche',
    'janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre m mme mlle presidente ministre premier capitaine commandant sergent roi reine',
  ].flatMap((line) => line.split(' ')),
);

/** Capitalised names (particles like `al`, `bin`, `de` inside) overlapping no mention, without titles, stop words, datelines or lone sentence-initial words; once per text, by first occurrence. */
export function findUnknownNames(text: string, mentions: readonly Mention[], options: UnknownNameOptions = {}): UnknownName[] {
  // A lone capitalised word starting a sentence is weak evidence: it counts only when the same text
  // also occurs mid-sentence, which keeps `However` and `Soldiers` out without losing `Tiani`.
  const stop = new Set([...STOP_WORDS, ...[...(options.stopWords ?? [])].map(fold)]);
  const minLength = options.minLength ?? 3;
  const covered = coveredBy(mentions);
  const strong = new Map<string, { start: number; end: number }[]>();
  const weak: { key: string; start: number; end: number }[] = [];
  for (const run of nameRuns(text, covered)) {
    for (const piece of splitOnStopWords(text, run, stop)) {
      const first = piece[0]!;
      const last = piece[piece.length - 1]!;
      const span = { start: first.start, end: last.end };
      if (span.end - span.start < minLength) continue;
      const key = text.slice(span.start, span.end).replace(/\s+/g, ' ');
      if (piece.length === 1 && startsSentence(text, first.start)) weak.push({ key, ...span });
      else strong.set(key, [...(strong.get(key) ?? []), span]);
    }
  }
  for (const { key, start, end } of weak) strong.get(key)?.push({ start, end });
  return [...strong]
    .map(([name, spans]) => ({ text: name, spans: spans.sort((a, b) => a.start - b.start) }))
    .sort((a, b) => a.spans[0]!.start - b.spans[0]!.start);
}

/** Maximal runs of name words and inner particles, broken by punctuation, blank lines, mentions and cut-off words. */
function nameRuns(text: string, covered: (start: number, end: number) => boolean): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  let previous: Token | undefined;
  const close = (): void => {
    while (run.length > 0 && run[run.length - 1]!.kind === 'particle') run.pop();
    if (run.length > 0) runs.push(run);
    run = [];
  };
  for (const match of text.matchAll(WORD)) {
    const token = classify(match.index, match[0]);
    const joined = previous !== undefined && !previous.cut && /^[ \t]*(?:\r?\n|\r)?[ \t]*$/.test(text.slice(previous.end, token.start));
    if (!joined) close();
    previous = token;
    if (token.kind === 'other' || covered(match.index, match.index + match[0].length) || isShouted(text, token)) {
      close();
      previous = undefined;
      continue;
    }
    if (token.kind === 'particle' && run.length === 0) continue;
    run.push(token);
  }
  close();
  return runs;
}

function classify(start: number, word: string): Token {
  const bare = word.replace(/['’]s$/i, '');
  if (PREFIXED.test(bare)) return { start, end: start + bare.length, kind: 'name', cut: bare.length < word.length };
  if (/^[\p{Lu}\p{Lt}]/u.test(bare)) {
    const name = bare.split(/(?=[‐-]\p{Ll})/u)[0] ?? bare;
    return { start, end: start + name.length, kind: 'name', cut: name.length < word.length };
  }
  return { start, end: start + word.length, kind: PARTICLES.has(word) ? 'particle' : 'other', cut: false };
}

function splitOnStopWords(text: string, run: readonly Token[], stop: ReadonlySet<string>): Token[][] {
  const pieces: Token[][] = [[]];
  for (const token of run) {
    if (token.kind === 'name' && stop.has(fold(text.slice(token.start, token.end)))) pieces.push([]);
    else pieces[pieces.length - 1]!.push(token);
  }
  return pieces
    .map((p) => {
      let from = 0;
      let to = p.length;
      while (from < to && p[from]!.kind === 'particle') from++;
      while (to > from && p[to - 1]!.kind === 'particle') to--;
      return p.slice(from, to);
    })
    .filter((p) => p.length > 0);
}

/** An ALL-CAPS word in a dateline (`NIAMEY, July 28 —`) or in a line written mostly in capitals. */
function isShouted(text: string, token: Token): boolean {
  const word = text.slice(token.start, token.end);
  if (!/\p{Lu}/u.test(word) || /\p{Ll}/u.test(word)) return false;
  const lineStart = Math.max(text.lastIndexOf('\n', token.start - 1), text.lastIndexOf('\r', token.start - 1)) + 1;
  const nextBreak = text.slice(token.start).search(/[\r\n]/);
  const line = text.slice(lineStart, nextBreak < 0 ? text.length : token.start + nextBreak);
  const upper = (line.match(/\p{Lu}/gu) ?? []).length;
  const letters = (line.match(/\p{L}/gu) ?? []).length;
  if (letters >= 12 && upper / letters > 0.8) return true;
  const before = text.slice(lineStart, token.start);
  return /^[\s\p{Lu}\p{M}/'’.-]*$/u.test(before) && /^[\p{Lu}\p{M}\s/'’.-]*(?:,[^\r\n—–(]{0,30})?\s*(?:—|–|-\s|\()/u.test(text.slice(token.start, token.start + 80));
}

/** True at the start of the text or a paragraph, after sentence punctuation (not after `Mr.`), or just after a dateline's dash. */
function startsSentence(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && /[\s"“”«»'‘’([]/u.test(text[i]!)) {
    if (text[i] === '\n' && /\n[ \t]*\r?$/.test(text.slice(0, i))) return true;
    i--;
  }
  if (i < 0) return true;
  const c = text[i]!;
  if (c === '.') return !ABBREVIATIONS.has(fold(/[\p{L}]+$/u.exec(text.slice(Math.max(0, i - 10), i))?.[0] ?? ''));
  if ('!?…:;'.includes(c)) return true;
  if ('—–-'.includes(c)) {
    const lineStart = text.lastIndexOf('\n', i) + 1;
    return /^\s*\p{Lu}{2,}[\p{Lu}\s/'’.-]*[,(—–-]/u.test(text.slice(lineStart, i + 1));
  }
  return false;
}

function coveredBy(mentions: readonly Mention[]): (start: number, end: number) => boolean {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const m of sorted) reach.push(Math.max(m.end, reach[reach.length - 1] ?? 0));
  return (start, end) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1]! > start;
  };
}

function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
