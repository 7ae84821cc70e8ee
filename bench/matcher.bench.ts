import { existsSync, readFileSync } from 'node:fs';
import { cpus, release, type as osType } from 'node:os';
import { dirname, join } from 'node:path';
import nlp from 'compromise';
import { parse } from 'yaml';
import { buildMatcher } from '../src/core/matcher';
import type { Actor, Alias, CaseRule } from '../src/core/types';
import { newsCorpus, syntheticActors } from './corpus';

const CORPUS_CHARS = 10_500_000;
const ALIASES = 50_000;
const DEFAULT_FACTS = join(__dirname, '..', 'facts', 'niger-crisis.facts.yaml');

interface Row {
  readonly method: string;
  /** Milliseconds for the whole corpus, measured or extrapolated. */
  readonly ms: number;
  readonly measuredOn: string;
  readonly note?: string;
}

function now(): number {
  return performance.now();
}

/** Best of `runs` timings of fn, in milliseconds. */
function best(runs: number, fn: () => unknown): number {
  let min = Infinity;
  for (let r = 0; r < runs; r++) {
    const t = now();
    fn();
    min = Math.min(min, now() - t);
  }
  return min;
}

function kb(chars: number): string {
  return chars >= 1e6 ? `${(chars / 1e6).toFixed(1)}M chars` : `${Math.round(chars / 1000)}k chars`;
}

/**
 * Times fn on ever longer prefixes of the text until one run takes a quarter of the budget (or the
 * whole text is done), then extrapolates linearly to the whole text.
 */
function extrapolate(text: string, budgetMs: number, fn: (slice: string) => unknown): { ms: number; measuredOn: string } {
  let chars = 16_000;
  for (;;) {
    const slice = text.slice(0, Math.min(chars, text.length));
    const runs = chars >= text.length ? 1 : 2;
    const ms = best(runs, () => fn(slice));
    if (slice.length === text.length) return { ms, measuredOn: 'whole corpus' };
    if (ms * 4 >= budgetMs || chars * 4 > text.length) {
      return { ms: (ms * text.length) / slice.length, measuredOn: `${kb(slice.length)}, extrapolated` };
    }
    chars *= 4;
  }
}

const WORD = '[\\p{L}\\p{N}\\p{M}]';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

interface Form {
  readonly text: string;
  readonly anyCase: boolean;
}

/** Distinct surface forms with a letter or digit, and whether a case-insensitive RegExp may find them. */
function formsOf(actors: readonly Actor[]): Form[] {
  const seen = new Map<string, Form>();
  for (const a of actors) {
    for (const x of [{ text: a.name, case: 'smart' as CaseRule }, ...a.aliases, ...a.demonyms]) {
      const anyCase = x.case === 'insensitive' || (x.case === 'smart' && !/\p{Lu}/u.test(x.text));
      if (/[\p{L}\p{N}]/u.test(x.text)) seen.set(`${anyCase}:${x.text}`, { text: x.text, anyCase });
    }
  }
  return [...seen.values()];
}

function countMatches(re: RegExp, text: string): number {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(text)) n++;
  return n;
}

/** (a) Highlight / Text Marker style: one RegExp per alias, Unicode word boundaries by lookaround. */
function perAliasRegExps(forms: readonly Form[], text: string): Row {
  const all = forms.map((f) => new RegExp(`(?<!${WORD})${escapeRegExp(f.text)}(?!${WORD})`, f.anyCase ? 'giu' : 'gu'));
  const step = Math.max(1, Math.floor(all.length / 500));
  const sample = all.filter((_, i) => i % step === 0);
  const { ms, measuredOn } = extrapolate(text, 6000, (slice) => sample.reduce((n, re) => n + countMatches(re, slice), 0));
  const scaled = (ms * all.length) / sample.length;
  const aliases = sample.length === all.length ? `all ${all.length} RegExps` : `${sample.length} of ${all.length} RegExps, extrapolated`;
  return { method: '(a) one RegExp per alias', ms: scaled, measuredOn: `${measuredOn}; ${aliases}` };
}

/** (b) One alternation of all aliases, longest first; case as written only (one RegExp has one flag set). */
function alternationRegExp(forms: readonly Form[], text: string): Row {
  const sorted = [...new Set(forms.map((f) => f.text))].sort((x, y) => y.length - x.length);
  const t = now();
  let re: RegExp;
  try {
    re = new RegExp(`(?<!${WORD})(?:${sorted.map(escapeRegExp).join('|')})(?!${WORD})`, 'gu');
    countMatches(re, 'warm up');
  } catch (e) {
    return { method: '(b) one alternation RegExp', ms: NaN, measuredOn: `failed: ${(e as Error).message}` };
  }
  const compile = now() - t;
  const { ms, measuredOn } = extrapolate(text, 8000, (slice) => countMatches(re, slice));
  return { method: '(b) one alternation RegExp', ms, measuredOn, note: `compile ${compile.toFixed(0)} ms` };
}

/** (c) compromise: people(), places() and organizations() of the text; independent of the fact base. */
function compromiseNlp(text: string): Row {
  const { ms, measuredOn } = extrapolate(text, 8000, (slice) => {
    const doc = nlp(slice);
    const found = [doc.people(), doc.places(), doc.organizations()].map((view) => view.out('array') as string[]);
    return found.reduce((n, list) => n + list.length, 0);
  });
  return { method: '(c) compromise people/places/organizations', ms, measuredOn, note: 'no fact base: finds names, not actors' };
}

/** (d) The floor: read every char code and nothing else. */
function bareLoop(text: string): Row {
  const ms = best(5, () => {
    let h = 0;
    for (let i = 0; i < text.length; i++) h = (h + text.charCodeAt(i)) | 0;
    return h;
  });
  return { method: '(d) bare loop reading every char code', ms, measuredOn: 'whole corpus, best of 5' };
}

function aliasesOf(value: unknown): Alias[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((x: unknown): Alias[] => {
    if (typeof x === 'string') return [{ text: x, case: 'smart' }];
    if (x && typeof x === 'object' && typeof (x as { text?: unknown }).text === 'string') {
      const rule = (x as { case?: unknown }).case;
      return [{ text: (x as { text: string }).text, case: rule === 'exact' || rule === 'insensitive' ? rule : 'smart' }];
    }
    return [];
  });
}

/** The actors of a fact base file and the files it includes, mapped minimally (ids, names, aliases, demonyms). */
function actorsOfFile(file: string, seen = new Set<string>()): Actor[] {
  if (seen.has(file) || !existsSync(file)) return [];
  seen.add(file);
  const doc = parse(readFileSync(file, 'utf8')) as { actors?: unknown; include?: unknown } | null;
  const entries = Array.isArray(doc?.actors) ? (doc.actors as Record<string, unknown>[]) : [];
  const own = entries
    .filter((e) => typeof e.id === 'string' && typeof e.name === 'string')
    .map((e) => ({
      id: e.id as string,
      name: e.name as string,
      type: typeof e.type === 'string' ? e.type : 'other',
      aliases: aliasesOf(e.aliases),
      demonyms: aliasesOf(e.demonyms),
      summary: '',
      roles: [],
      ids: {},
      facts: [],
    }));
  const includes = Array.isArray(doc?.include) ? doc.include.filter((x): x is string => typeof x === 'string') : [];
  return [...own, ...includes.flatMap((inc) => actorsOfFile(join(dirname(file), inc), seen))];
}

/** Heap and typed-array bytes in use after full collections. */
function memory(): { heap: number; buffers: number } {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, buffers: m.arrayBuffers };
}

function printTable(title: string, text: string, rows: readonly Row[]): void {
  const mb = Buffer.byteLength(text, 'utf8') / 1e6;
  const matcher = rows[0]!.ms;
  console.log(`\n${title}`);
  const lines = rows.map((r) => [
    r.method,
    Number.isNaN(r.ms) ? 'n/a' : r.ms >= 10_000 ? `${(r.ms / 1000).toFixed(1)} s` : `${r.ms.toFixed(0)} ms`,
    Number.isNaN(r.ms) ? 'n/a' : (mb / (r.ms / 1000)).toFixed(r.ms > 100_000 ? 3 : 1),
    Number.isNaN(r.ms) ? 'n/a' : `${(r.ms / matcher).toFixed(r.ms < matcher ? 2 : 1)}×`,
    r.measuredOn + (r.note ? `; ${r.note}` : ''),
  ]);
  const head = ['method', 'time, whole corpus', 'MB/s', 'time ÷ matcher', 'measured on'];
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(fmt(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const l of lines) console.log(fmt(l));
}

function run(): void {
  const cpu = cpus();
  console.log(`machine: ${osType()} ${release()}, ${cpu[0]?.model ?? 'unknown cpu'} × ${cpu.length}, node ${process.version}`);

  let t = now();
  const actors = syntheticActors(ALIASES);
  const text = newsCorpus(actors, CORPUS_CHARS);
  const mb = Buffer.byteLength(text, 'utf8') / 1e6;
  console.log(`corpus: ${mb.toFixed(1)} MB UTF-8 (${text.length} UTF-16 units), generated in ${(now() - t).toFixed(0)} ms`);

  const before = memory();
  t = now();
  const big = buildMatcher(actors);
  const buildMs = now() - t;
  const after = memory();
  const heapMb = (after.heap - before.heap) / 1e6;
  const buffersMb = (after.buffers - before.buffers) / 1e6;
  console.log(
    `50k fact base: ${actors.length} actors, ${big.aliasCount} aliases; build ${buildMs.toFixed(0)} ms (cold); ` +
      `retained ${(heapMb + buffersMb).toFixed(1)} MB = ${heapMb.toFixed(1)} MB JS heap + ${buffersMb.toFixed(1)} MB typed arrays` +
      ((globalThis as { gc?: unknown }).gc ? '' : ' (run with --expose-gc for exact figures)'),
  );
  const warm = best(3, () => buildMatcher(actors));
  console.log(`  build, warm best of 3: ${warm.toFixed(0)} ms`);

  const bases: { label: string; actors: Actor[] }[] = [];
  if (existsSync(DEFAULT_FACTS)) {
    bases.push({ label: 'shipped default fact base (facts/niger-crisis.facts.yaml and its includes)', actors: actorsOfFile(DEFAULT_FACTS) });
  } else console.log('facts/niger-crisis.facts.yaml not found: skipping the shipped fact base');
  bases.push({ label: `synthetic fact base, ${ALIASES / 1000}k aliases`, actors });

  // The matcher first, before the competitors fill the heap.
  const measured = bases.map(({ label, actors: set }) => {
    const matcher = set === actors ? big : buildMatcher(set);
    let mentions = 0;
    matcher.findMentions(text.slice(0, 200_000));
    const ms = best(5, () => (mentions = matcher.findMentions(text).length));
    return { label, set, matcher, row: { method: 'News Lens matcher (Aho-Corasick)', ms, measuredOn: `whole corpus, best of 5; ${mentions} mentions` } };
  });
  const loopRow = bareLoop(text);
  const nlpRow = compromiseNlp(text);

  for (const { label, set, matcher, row } of measured) {
    const forms = formsOf(set);
    const rows: Row[] = [row, perAliasRegExps(forms, text), alternationRegExp(forms, text), nlpRow, loopRow];
    printTable(`${label}: ${set.length} actors, ${matcher.aliasCount} aliases, ${mb.toFixed(1)} MB corpus`, text, rows);
    console.log(`matcher time ÷ bare loop: ${(row.ms / loopRow.ms).toFixed(1)}×`);
  }
}

run();
