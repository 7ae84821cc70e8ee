import { l10n } from '../l10n';
import type { FactBase, Note, Relation, RelationTypeInfo } from '../types';
import { collectActors, collectTypes, report, unknownActorMessage, where } from './checkActors';
import type { CheckContext } from './checkActors';
import { walkIncludes } from './includeGraph';
import type { AssembleOptions, LoadResult, ParsedFactFile } from './model';
import { displayPath, normaliseRoots } from './paths';
import { didYouMean } from './suggest';
import { BUILT_IN_ACTOR_TYPES, BUILT_IN_RELATION_TYPES } from './vocabulary';

/** A fact base with nothing in it but the built-in vocabulary. */
export function emptyFactBase(): FactBase {
  return { mode: 'extend', actors: [], relations: [], actorTypes: [...BUILT_IN_ACTOR_TYPES], relationTypes: [...BUILT_IN_RELATION_TYPES], notes: [], files: [] };
}

/**
 * Combines parsed files (entry files are those no other file includes) into one fact base: follows
 * includes inside `root`, drops duplicates and dangling references, and returns every problem sorted
 * by file (load order) and position. Never throws.
 */
export function assembleFactBase(files: readonly ParsedFactFile[], options: AssembleOptions = {}): LoadResult {
  const root = normaliseRoots(options.root);
  const walk = walkIncludes(files, root);
  const problems = [...walk.problems, ...walk.order.flatMap((f) => f.problems)];
  const loaded = walk.order.filter((f) => f.usable);
  const mode = modeOf({ problems, ...(root !== undefined && { root }) }, walk.entries, loaded);
  // A `replace` fact base stands alone, so the base it would have extended is no help resolving references.
  const base = mode === 'replace' ? undefined : options.base;
  const ctx: CheckContext = { problems, ...(root !== undefined && { root }), ...(base && { base }) };

  const actorTypes = collectTypes(ctx, BUILT_IN_ACTOR_TYPES, base?.actorTypes ?? [], loaded.flatMap((f) => f.actorTypes.map((type) => ({ file: f.path, type }))), 'actorType');
  const relationTypes = collectTypes(ctx, BUILT_IN_RELATION_TYPES, base?.relationTypes ?? [], loaded.flatMap((f) => f.relationTypes.map((type) => ({ file: f.path, type }))), 'relationType');
  const actors = collectActors(ctx, loaded, actorTypes);
  const known = new Set([...actors.map((a) => a.id), ...(base?.actors ?? []).map((a) => a.id)]);
  const strict = mode === 'replace' || base !== undefined;
  const relations = collectRelations(ctx, loaded, known, relationTypes, strict);
  const notes = collectNotes(ctx, loaded, known);

  const factBase: FactBase = { mode, actors, relations, actorTypes, relationTypes, notes, files: walk.order.map((f) => f.path) };
  return { factBase, problems: sortProblems(ctx.problems, walk.order.map((f) => f.path)) };
}

function modeOf(ctx: CheckContext, entries: readonly ParsedFactFile[], loaded: readonly ParsedFactFile[]): FactBase['mode'] {
  const main = entries.find((f) => f.usable && f.version !== undefined);
  const mode = main?.mode ?? 'extend';
  for (const file of loaded) {
    if (!main || file === main || file.mode === undefined || !file.modeRange) continue;
    if (!entries.includes(file)) {
      report(ctx, 'warning', 'mode-ignored', l10n.t('`mode` only counts in the entry file, so it is ignored here; remove it.'), file.path, file.modeRange);
    } else if (file.mode !== mode) {
      const message = l10n.t('This `mode: {0}` is ignored: the first entry file, {1}, sets `mode: {2}` for the whole fact base. Make them agree.', file.mode, displayPath(main.path, ctx.root), mode);
      report(ctx, 'warning', 'mode-ignored', message, file.path, file.modeRange);
    }
  }
  return mode;
}

function collectRelations(
  ctx: CheckContext,
  files: readonly ParsedFactFile[],
  known: ReadonlySet<string>,
  types: readonly RelationTypeInfo[],
  strict: boolean,
): Relation[] {
  const seen = new Map<string, Relation>();
  const out: Relation[] = [];
  for (const file of files) {
    for (const parsed of file.relations) {
      const r = parsed.relation;
      let dangling = false;
      for (const [end, range] of [[r.from, parsed.fromRange], [r.to, parsed.toRange]] as const) {
        if (known.has(end)) continue;
        const dropped = files.some((f) => f.droppedActorIds.has(end));
        const fatal = strict || dropped;
        const tail = fatal ? l10n.t('This relation is not loaded.') : l10n.t('The relation is kept only if the fact base this one extends defines it.');
        report(ctx, fatal ? 'error' : 'warning', 'unknown-actor', `${unknownActorMessage(ctx, end, files, known)} ${tail}`, file.path, range);
        dangling ||= fatal;
      }
      if (dangling) continue;
      const type = types.find((t) => t.id === r.type);
      if (!type) {
        const ids = types.map((t) => t.id);
        const message = l10n.t('Unknown relation type `{0}`; use a built-in one or declare it under `relationTypes:`. The relation is still loaded.', r.type);
        report(ctx, 'warning', 'unknown-relation-type', message + didYouMean(r.type, ids), file.path, parsed.typeRange);
      }
      const id = r.id ?? `${r.from}>${r.type}>${r.to}`;
      const first = seen.get(id);
      if (first) {
        const message =
          r.id === undefined
            ? l10n.t('Another relation at {0} already has the id `{1}` (the default id is `from>type>to`); give one of them an explicit `id:`. This relation is not loaded.', where(ctx, first.location), id)
            : l10n.t('Another relation at {0} already has the id `{1}`; ids must be unique. This relation is not loaded.', where(ctx, first.location), id);
        report(ctx, 'error', 'duplicate-relation-id', message, file.path, parsed.idRange);
        continue;
      }
      const relation: Relation = { ...r, id, mutual: r.mutual ?? type?.mutual ?? false };
      seen.set(id, relation);
      out.push(relation);
    }
  }
  return out;
}

function collectNotes(ctx: CheckContext, files: readonly ParsedFactFile[], known: ReadonlySet<string>): Note[] {
  const all = files.flatMap((file) => file.notes.map((parsed) => ({ file, parsed })));
  const used = new Set(all.flatMap(({ parsed }) => (parsed.note.id === undefined ? [] : [parsed.note.id])));
  const seen = new Map<string, Note>();
  const out: Note[] = [];
  let counter = 0;
  for (const { file, parsed } of all) {
    counter++;
    let id = parsed.note.id;
    if (id === undefined) {
      while (used.has(`note-${counter}`)) counter++;
      id = `note-${counter}`;
      used.add(id);
    }
    const first = seen.get(id);
    if (first) {
      report(ctx, 'error', 'duplicate-note-id', l10n.t('Another note at {0} already has the id `{1}`; note ids must be unique. This note is not loaded.', where(ctx, first.location), id), file.path, parsed.idRange);
      continue;
    }
    const actor = parsed.note.actor;
    if (actor !== undefined && parsed.actorRange && !known.has(actor)) {
      report(ctx, 'warning', 'unknown-actor', `${unknownActorMessage(ctx, actor, files, known)} ${l10n.t('The note is kept.')}`, file.path, parsed.actorRange);
    }
    const note: Note = { ...parsed.note, id };
    seen.set(id, note);
    out.push(note);
  }
  return out;
}

function sortProblems<T extends { file: string; range: { start: { line: number; character: number } } }>(problems: readonly T[], order: readonly string[]): T[] {
  const rank = (file: string): number => {
    const i = order.indexOf(file);
    return i < 0 ? order.length : i;
  };
  return [...problems].sort(
    (a, b) => rank(a.file) - rank(b.file) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
}
