import { foldForMatch } from '../fold';
import { capitalise, l10n } from '../l10n';
import type { Actor, ActorTypeInfo, FactBase, Location, Problem, Range, RelationTypeInfo } from '../types';
import type { ParsedActor, ParsedFactFile, ParsedType, SurfaceForm } from './model';
import { displayPath } from './paths';
import { didYouMean } from './suggest';
import { kindNoun } from './vocabulary';

/** Shared state of one assembly: where problems go and how files are shown in messages. */
export interface CheckContext {
  readonly problems: Problem[];
  readonly root?: readonly string[];
  readonly base?: FactBase;
}

/** `file:line` of a location for messages (1-based line, path relative to the root when inside it). */
export function where(ctx: CheckContext, location: Location | undefined): string {
  if (!location) return l10n.t('the fact base this one extends');
  return `${displayPath(location.file, ctx.root)}:${location.range.start.line + 1}`;
}

/** Adds an error or warning at `range` in `file`. */
export function report(ctx: CheckContext, severity: Problem['severity'], code: string, message: string, file: string, range: Range): void {
  ctx.problems.push({ severity, code, message, file, range });
}

/** Built-ins, then the base's types, then declared ones (same id replaces); a type declared twice in this fact base is an error. */
export function collectTypes<T extends ActorTypeInfo | RelationTypeInfo>(
  ctx: CheckContext,
  builtIn: readonly T[],
  inherited: readonly T[],
  declared: readonly { file: string; type: ParsedType<T> }[],
  kind: 'actorType' | 'relationType',
): T[] {
  const byId = new Map<string, T>();
  for (const t of [...builtIn, ...inherited]) byId.set(t.id, t);
  const seen = new Map<string, string>();
  for (const { file, type } of declared) {
    const first = seen.get(type.info.id);
    if (first !== undefined) {
      const message = capitalise(l10n.t('{0} `{1}` is already declared at {2}; keep one declaration. This one is ignored.', kindNoun(kind).the, type.info.id, first));
      report(ctx, 'error', 'duplicate-type', message, file, type.idRange);
      continue;
    }
    seen.set(type.info.id, `${displayPath(file, ctx.root)}:${type.idRange.start.line + 1}`);
    byId.set(type.info.id, type.info);
  }
  return [...byId.values()];
}

interface Claim {
  readonly actor: Actor;
  readonly form: string;
}

/** Actors in load order without duplicate ids or surface forms claimed twice; reports unknown types and role targets. */
export function collectActors(ctx: CheckContext, files: readonly ParsedFactFile[], actorTypes: readonly ActorTypeInfo[]): Actor[] {
  const byId = new Map<string, ParsedActor>();
  const claims = new Map<string, Claim>();
  const overridden = new Set(files.flatMap((f) => f.actors.map((a) => a.actor.id)));
  for (const actor of ctx.base?.actors ?? []) {
    if (overridden.has(actor.id)) continue;
    for (const form of formsOf(actor)) if (!claims.has(foldForMatch(form))) claims.set(foldForMatch(form), { actor, form });
  }
  const kept: Actor[] = [];
  for (const file of files) {
    for (const parsed of file.actors) {
      const { actor } = parsed;
      const first = byId.get(actor.id);
      if (first) {
        const message = l10n.t('The actor id `{0}` is already used at {1}; ids must be unique across all files. Rename one of them. This actor is not loaded.', actor.id, where(ctx, first.actor.location));
        report(ctx, 'error', 'duplicate-id', message, file.path, parsed.idRange);
        continue;
      }
      const checked = withUniqueForms(ctx, file.path, parsed, claims);
      if (!checked) continue;
      byId.set(actor.id, parsed);
      kept.push(checked);
      checkType(ctx, file.path, parsed, actorTypes);
    }
  }
  const known = new Set([...kept.map((a) => a.id), ...(ctx.base?.actors ?? []).map((a) => a.id)]);
  for (const file of files) {
    for (const parsed of file.actors) {
      if (byId.get(parsed.actor.id) !== parsed) continue;
      parsed.actor.roles.forEach((role, i) => {
        const range = parsed.roleOfRanges[i];
        if (role.of === undefined || range === undefined || known.has(role.of)) return;
        report(ctx, 'warning', 'unknown-actor', `${unknownActorMessage(ctx, role.of, files, known)} ${l10n.t('The role is kept without a link.')}`, file.path, range);
      });
    }
  }
  return kept;
}

/** The message for a reference to an actor id this fact base (and its base, when known) lacks. */
export function unknownActorMessage(ctx: CheckContext, id: string, files: readonly ParsedFactFile[], known: ReadonlySet<string>): string {
  for (const file of files) {
    const range = file.droppedActorIds.get(id);
    if (range) return l10n.t('The actor `{0}` is not loaded because its entry at {1} has errors; fix them.', id, `${displayPath(file.path, ctx.root)}:${range.start.line + 1}`);
  }
  const hint = didYouMean(id, known);
  return (ctx.base ? l10n.t('No actor has the id `{0}`.', id) : l10n.t('No actor in this fact base has the id `{0}`.', id)) + hint;
}

function formsOf(actor: Actor): string[] {
  return [actor.name, ...actor.aliases.map((a) => a.text), ...actor.demonyms.map((a) => a.text)];
}

// A repeated name drops the actor (it would still match by its name); a repeated alias or demonym drops that form only.
function withUniqueForms(ctx: CheckContext, file: string, parsed: ParsedActor, claims: Map<string, Claim>): Actor | undefined {
  const { actor } = parsed;
  const dropped = new Set<SurfaceForm>();
  const mine = new Map<string, SurfaceForm>();
  for (const form of parsed.forms) {
    const key = foldForMatch(form.text);
    if (mine.has(key)) continue;
    const claim = claims.get(key);
    if (!claim) {
      mine.set(key, form);
      continue;
    }
    const at = where(ctx, claim.actor.location);
    const clash =
      claim.form === form.text
        ? l10n.t('`{0}` already names `{1}` ({2}) at {3} (names match ignoring case, accents, apostrophes and dashes).', form.text, claim.actor.id, claim.actor.name, at)
        : l10n.t('`{0}` already names `{1}` ({2}) at {3} as `{4}` (names match ignoring case, accents, apostrophes and dashes).', form.text, claim.actor.id, claim.actor.name, at, claim.form);
    const consequence =
      form.kind === 'name'
        ? l10n.t('Give this actor a more specific name; it is not loaded until then.')
        : l10n.t('Remove it from one of them; it is ignored here.');
    report(ctx, 'error', 'duplicate-alias', `${clash} ${consequence}`, file, form.range);
    if (form.kind === 'name') return undefined;
    dropped.add(form);
  }
  for (const [key, form] of mine) claims.set(key, { actor, form: form.text });
  if (dropped.size === 0) return actor;
  const aliasForms = parsed.forms.filter((f) => f.kind === 'alias');
  const demonymForms = parsed.forms.filter((f) => f.kind === 'demonym');
  return {
    ...actor,
    aliases: actor.aliases.filter((_, i) => !dropped.has(aliasForms[i]!)),
    demonyms: actor.demonyms.filter((_, i) => !dropped.has(demonymForms[i]!)),
  };
}

function checkType(ctx: CheckContext, file: string, parsed: ParsedActor, actorTypes: readonly ActorTypeInfo[]): void {
  const type = parsed.actor.type;
  if (actorTypes.some((t) => t.id === type)) return;
  const ids = actorTypes.map((t) => t.id);
  const message = l10n.t('Unknown actor type `{0}`; use one of {1} or declare it under `actorTypes:`. The actor is still loaded.', type, ids.map((i) => `\`${i}\``).join(', '));
  report(ctx, 'warning', 'unknown-actor-type', message + didYouMean(type, ids), file, parsed.typeRange);
}
