import { resolveAnchor } from '../anchor';
import { BUILT_IN_ACTOR_TYPES, BUILT_IN_RELATION_TYPES } from '../factBase/vocabulary';
import type { FactBase, Mention, Note } from '../types';
import { toCodePointOffsets } from './codePoints';

interface Entity {
  readonly id: string;
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly fragments: readonly (readonly [number, number])[];
}

const FRAGMENT_BREAK = /\s*[\r\n\t\v\f\u0085\u2028\u2029]\s*/gu;

/** brat standoff (.ann) for one article: T per mention, R per fact base relation between first mentions, # AnnotatorNotes per anchorable note; offsets in code points. */
export function toBrat(text: string, mentions: readonly Mention[], factBase: FactBase, notes: readonly Note[] = []): string {
  // brat indexes the .txt as a Python str read in binary mode: offsets count code points and CR LF
  // counts as two. A span across a line break becomes fragments `s e;s e`, texts joined by a space.
  // A note on a span that is no mention gets a `Note` entity, since AnnotatorNotes must reference one.
  const cp = toCodePointOffsets(text);
  const typeOf = new Map(factBase.actors.map((a) => [a.id, a.type]));
  const entities: Entity[] = [];
  const firstOf = new Map<string, string>();
  const entity = (type: string, start: number, end: number): Entity | undefined => {
    const fragments = fragmentsOf(text, start, end);
    if (fragments.length === 0) return undefined;
    const e = { id: `T${entities.length + 1}`, type, start, end, fragments };
    entities.push(e);
    return e;
  };
  for (const m of [...mentions].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const e = entity(bratType(typeOf.get(m.actorId) ?? 'other'), m.start, m.end);
    if (e && !firstOf.has(m.actorId)) firstOf.set(m.actorId, e.id);
  }
  const lines: string[] = [];
  const attached: string[] = [];
  for (const note of notes) {
    const found = resolveAnchor(text, note.quote);
    if (found.start === undefined || found.end === undefined) continue;
    const target = entities.find((e) => e.start === found.start && e.end === found.end) ?? entity('Note', found.start, found.end);
    if (target) attached.push(`#${attached.length + 1}\tAnnotatorNotes ${target.id}\t${oneLine(note.text)}`);
  }
  for (const e of entities) {
    const spans = e.fragments.map(([s, f]) => `${cp(s)} ${cp(f)}`).join(';');
    lines.push(`${e.id}\t${e.type} ${spans}\t${e.fragments.map(([s, f]) => text.slice(s, f)).join(' ')}`);
  }
  const seen = new Set<string>();
  for (const r of factBase.relations) {
    const from = firstOf.get(r.from);
    const to = firstOf.get(r.to);
    const line = `${bratType(r.type)} Arg1:${from} Arg2:${to}`;
    if (from === undefined || to === undefined || from === to || seen.has(line)) continue;
    seen.add(line);
    lines.push(`R${seen.size}\t${line}`);
  }
  return [...lines, ...attached].map((l) => `${l}\n`).join('');
}

/** A brat `annotation.conf` declaring every entity and relation type `toBrat` can write for this fact base. */
export function toBratConfig(factBase: FactBase): string {
  const entityTypes = unique([...BUILT_IN_ACTOR_TYPES.map((t) => t.id), ...factBase.actorTypes.map((t) => t.id), ...factBase.actors.map((a) => a.type), 'other'].map(bratType));
  const relationTypes = unique([...BUILT_IN_RELATION_TYPES.map((t) => t.id), ...factBase.relationTypes.map((t) => t.id), ...factBase.relations.map((r) => r.type)].map(bratType));
  return ['[entities]', ...entityTypes, 'Note', '', '[relations]', ...relationTypes.map((t) => `${t}\tArg1:<ENTITY>, Arg2:<ENTITY>`), '', '[events]', '', '[attributes]', ''].join('\n');
}

/** A brat type name for a fact base type id: `armed-group` → `Armed_group`, letters, digits and `_` only. */
export function bratType(id: string): string {
  const words = id.normalize('NFKD').replace(/\p{M}/gu, '').split(/[^A-Za-z0-9]+/).filter((w) => w !== '');
  const joined = words.join('_');
  if (joined === '') return 'Other';
  const name = joined.charAt(0).toUpperCase() + joined.slice(1).toLowerCase();
  return /^[A-Za-z]/.test(name) ? name : `Type_${name}`;
}

/** Problems with `ann` as brat standoff for `text` (empty when valid): syntax, ids, references, offsets in code points, and that each entity's text equals its fragments joined by a space. */
export function validateBrat(text: string, ann: string): string[] {
  const chars = Array.from(text);
  const problems: string[] = [];
  const ids = new Set<string>();
  const pending: { line: number; ref: string }[] = [];
  ann.split('\n').forEach((line, i) => {
    const n = i + 1;
    if (line === '') return;
    const t = /^(T\d+)\t([A-Za-z][A-Za-z0-9_]*) (\d+ \d+(?:;\d+ \d+)*)\t([^\t\r\n]*)$/.exec(line);
    const r = /^(R\d+)\t([A-Za-z][A-Za-z0-9_]*) Arg1:(T\d+) Arg2:(T\d+)$/.exec(line);
    const note = /^(#\d+)\tAnnotatorNotes ([TR]\d+)\t([^\t\r\n]*)$/.exec(line);
    const id = t?.[1] ?? r?.[1] ?? note?.[1];
    if (id === undefined) return void problems.push(`line ${n}: not a brat T, R or # AnnotatorNotes line: ${JSON.stringify(line)}`);
    if (ids.has(id)) problems.push(`line ${n}: duplicate id ${id}`);
    ids.add(id);
    if (r) pending.push({ line: n, ref: r[3]! }, { line: n, ref: r[4]! });
    if (note) pending.push({ line: n, ref: note[2]! });
    if (!t) return;
    const spans = t[3]!.split(';').map((s) => s.split(' ').map(Number) as [number, number]);
    let previousEnd = 0;
    for (const [s, e] of spans) {
      if (!(s < e) || s < previousEnd || e > chars.length) problems.push(`line ${n}: bad or unordered fragment ${s} ${e} (text has ${chars.length} characters)`);
      else if (/[\r\n]/.test(chars.slice(s, e).join(''))) problems.push(`line ${n}: fragment ${s} ${e} crosses a line break`);
      previousEnd = e;
    }
    const expected = spans.map(([s, e]) => chars.slice(s, e).join('')).join(' ');
    if (expected !== t[4]) problems.push(`line ${n}: text ${JSON.stringify(t[4])} is not the document's ${JSON.stringify(expected)}`);
  });
  for (const { line, ref } of pending) if (!ids.has(ref)) problems.push(`line ${line}: ${ref} is not defined`);
  return problems;
}

function fragmentsOf(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  const slice = text.slice(start, end);
  let from = 0;
  for (const m of [...slice.matchAll(FRAGMENT_BREAK), undefined]) {
    const to = m ? m.index : slice.length;
    const piece = slice.slice(from, to);
    const lead = piece.length - piece.trimStart().length;
    const kept = piece.trim().length;
    if (kept > 0) out.push([start + from + lead, start + from + lead + kept]);
    if (m) from = m.index + m[0].length;
  }
  return out;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}
