import { Composer, isMap, isScalar, LineCounter, Parser } from 'yaml';
import type { CST, Document, ParsedNode } from 'yaml';
import { l10n } from '../l10n';
import type { Problem, Range } from '../types';
import type { ActorResult } from './readActor';
import type { IncludeRef, ParsedFactFile } from './model';
import { NodeReader } from './nodeReader';
import type { Fields } from './nodeReader';
import { dirnamePath, joinPath, normalisePath } from './paths';
import { buildPositions, FILE_START } from './positions';
import type { Positions } from './positions';
import { readActor } from './readActor';
import { readActorType, readNote, readRelation, readRelationType } from './readEntries';
import { analyseAliases, tooDeepAt } from './yamlGuard';
import { FORMAT_VERSION, MAX_ALIAS_EXPANSION, MAX_FILE_LENGTH, MAX_NESTING } from './vocabulary';

/** Parses and validates one fact base file on its own; never throws: every flaw is a Problem with a range in this file. */
export function parseFactFile(path: string, text: string): ParsedFactFile {
  const file = normalisePath(path);
  if (text.length > MAX_FILE_LENGTH) {
    const mb = (MAX_FILE_LENGTH / 1024 / 1024).toFixed(0);
    return unusable(file, [problem(file, 'error', 'file-too-large', l10n.t('This file is larger than {0} MB and is not read; split it into smaller files joined with `include:`.', mb), FILE_START)]);
  }
  const lineCounter = new LineCounter();
  const parsed = guarded(file, () => Array.from(new Parser(lineCounter.addNewLine).parse(text)));
  if ('failed' in parsed) return parsed.failed;
  const positions = buildPositions(text, lineCounter.lineStarts);
  const deep = tooDeepAt(parsed.value);
  if (deep !== undefined) {
    const message = l10n.t('YAML nested more than {0} levels deep; a fact base needs about ten. The file is not read.', MAX_NESTING);
    return unusable(file, [problem(file, 'error', 'yaml-too-deep', message, positions.span(deep, deep + 1))]);
  }
  const composed = guarded(file, () => composeAll(parsed.value, text.length));
  if ('failed' in composed) return composed.failed;
  const docs = composed.value;
  const problems = syntaxProblems(file, docs, positions);
  const doc = docs[0];
  if (!doc || problems.some((p) => p.severity === 'error')) return unusable(file, problems);

  const aliases = analyseAliases(doc.contents);
  for (const alias of aliases.unresolved) {
    problems.push(problem(file, 'error', 'yaml-syntax', l10n.t('The alias `*{0}` has no anchor `&{0}` before it; define the anchor first or write the value out.', alias.source), alias.range ? positions.span(alias.range[0], alias.range[1]) : FILE_START));
  }
  if (aliases.addedNodes > MAX_ALIAS_EXPANSION) {
    const range = doc.contents ? positions.span(doc.contents.range[0], doc.contents.range[0]) : FILE_START;
    problems.push(problem(file, 'error', 'yaml-alias-limit', l10n.t('Aliases (`*name`) here expand to more than {0} values, which looks like an alias bomb; write the values out. The file is not read.', MAX_ALIAS_EXPANSION), range));
  }
  if (problems.some((p) => p.severity === 'error')) return unusable(file, problems);

  const r = new NodeReader(file, text, positions, aliases.targets);
  r.problems.push(...problems);
  return readRoot(r, doc.contents);
}

// The yaml package reports bad input as errors; this only turns an unexpected exception from it into a problem.
function guarded<T>(file: string, run: () => T): { value: T } | { failed: ParsedFactFile } {
  try {
    return { value: run() };
  } catch (e) {
    const message = l10n.t('The YAML parser failed on this file ({0}); simplify the YAML around the change you made last.', e instanceof Error ? e.message : String(e));
    return { failed: unusable(file, [problem(file, 'error', 'yaml-syntax', message, FILE_START)]) };
  }
}

function composeAll(tokens: readonly CST.Token[], length: number): Document.Parsed[] {
  const composer = new Composer({ prettyErrors: false, uniqueKeys: false });
  return Array.from(composer.compose(tokens, true, length));
}

function syntaxProblems(file: string, docs: readonly Document.Parsed[], positions: Positions): Problem[] {
  const problems: Problem[] = [];
  for (const doc of docs) {
    for (const e of doc.errors) problems.push(problem(file, 'error', 'yaml-syntax', `${sentence(e.message)} ${l10n.t('Fix the YAML; the file is not read until then.')}`, positions.span(e.pos[0], Math.max(e.pos[1], e.pos[0]))));
    for (const w of doc.warnings) problems.push(problem(file, 'warning', 'yaml-warning', sentence(w.message), positions.span(w.pos[0], Math.max(w.pos[1], w.pos[0]))));
  }
  const second = docs[1];
  if (second) {
    problems.push(problem(file, 'error', 'yaml-syntax', l10n.t('A fact base file holds one YAML document; remove the `---` line and what follows, or move it to another file.'), positions.span(second.range[0], second.range[0] + 3)));
  }
  return problems;
}

function readRoot(r: NodeReader, contents: ParsedNode | null): ParsedFactFile {
  const root = r.deref(contents);
  if (!root) return { ...unusable(r.file, r.problems), usable: true };
  if (!isMap(root)) {
    r.report('error', 'not-a-fact-base', l10n.t('This is not a News Lens fact base: the top level must be `key: value` lines starting with `newsLens: 1`.'), root);
    return unusable(r.file, r.problems);
  }
  const f = r.fields(root, 'root');
  if (!f?.complete) return unusable(r.file, r.problems, f?.head);
  const version = readVersion(r, f);
  if (version === false) return unusable(r.file, r.problems, f.head);
  const modeField = f.get('mode');
  const mode = r.choice(modeField, ['extend', 'replace'] as const);
  const includes = readIncludes(r, f);
  const actorResults = (r.list(f.get('actors'), '[{ id: niger, name: Niger, type: country }]') ?? []).map((n) => readActor(r, n));
  return {
    path: r.file,
    usable: true,
    ...(version !== undefined && { version }),
    ...(mode !== undefined && { mode }),
    ...(mode !== undefined && modeField && { modeRange: r.rangeOf(modeField.value) }),
    headRange: f.head,
    includes,
    actorTypes: each(r, f, 'actorTypes', '[{ id: militia, label: Militia, icon: shield }]', readActorType),
    relationTypes: each(r, f, 'relationTypes', '[{ id: trains, label: trains, mutual: false }]', readRelationType),
    actors: actorResults.flatMap((a) => (a.parsed ? [a.parsed] : [])),
    relations: each(r, f, 'relations', '[{ from: ecowas, to: niger, type: threatens }]', readRelation),
    notes: each(r, f, 'notes', '[{ text: …, quote: { exact: … } }]', readNote),
    droppedActorIds: droppedIds(actorResults),
    problems: r.problems,
  };
}

// undefined: not written (allowed in included files); false: written but unusable.
function readVersion(r: NodeReader, f: Fields): number | undefined | false {
  const keyNode = f.keyNode('newsLens');
  if (!keyNode) return undefined;
  const field = f.get('newsLens');
  const value = field && isScalar(field.value) ? field.value.value : undefined;
  if (value === FORMAT_VERSION) return FORMAT_VERSION;
  const message = field
    ? l10n.t('This file says `newsLens: {0}`, but this version of News Lens reads format `newsLens: {1}`; write that (or update News Lens). The file is not read.', r.sourceOf(field.value), FORMAT_VERSION)
    : l10n.t('This file leaves `newsLens` empty, but this version of News Lens reads format `newsLens: {0}`; write that (or update News Lens). The file is not read.', FORMAT_VERSION);
  r.report('error', 'unsupported-version', message, field?.value ?? keyNode);
  return false;
}

function readIncludes(r: NodeReader, f: Fields): IncludeRef[] {
  const folder = dirnamePath(r.file);
  return (r.list(f.get('include'), '[people.facts.yaml]') ?? []).flatMap((node) => {
    const text = r.textOf(node, l10n.t('an `include` item'));
    return text === undefined ? [] : [{ path: joinPath(folder, text.trim()), text, range: r.rangeOf(node) }];
  });
}

function each<T>(r: NodeReader, f: Fields, key: string, example: string, read: (r: NodeReader, node: ParsedNode) => T | undefined): T[] {
  return (r.list(f.get(key), example) ?? []).flatMap((node) => {
    const value = read(r, node);
    return value === undefined ? [] : [value];
  });
}

function droppedIds(results: readonly ActorResult[]): Map<string, Range> {
  const ids = new Map<string, Range>();
  for (const { dropped } of results) if (dropped && !ids.has(dropped.id)) ids.set(dropped.id, dropped.range);
  return ids;
}

// A file that contributes nothing but its problems.
function unusable(file: string, problems: readonly Problem[], headRange: Range = FILE_START): ParsedFactFile {
  return { path: file, usable: false, headRange, includes: [], actorTypes: [], relationTypes: [], actors: [], relations: [], notes: [], droppedActorIds: new Map(), problems };
}

function problem(file: string, severity: Problem['severity'], code: string, message: string, range: Range): Problem {
  return { severity, code, message, file, range };
}

function sentence(s: string): string {
  const t = s.trim().replace(/\s+/g, ' ');
  const capital = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
