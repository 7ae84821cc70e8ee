import * as vscode from 'vscode';
import { unknownActorIds } from '../../core/annotationPlan';
import { displayTypeLabel } from '../../core/factBase/vocabulary';
import { addRelation } from '../../core/factBaseEdits';
import type { AnnotateDeps, CommonArgs } from './deps';
import { askDate } from './factAction';
import type { WriteResult } from './factBaseWriter';
import { ask, pickActor, pickOne } from './prompts';
import { quoteOf } from './selection';
import type { AnnotationTarget } from './selection';

/** `{action: 'relation', from?, to?, type?, label?, since?}`: `from` defaults to the selection's actor; `label: ''`/`since: ''` mean none. */
export interface RelationArgs extends CommonArgs {
  readonly action: 'relation';
  readonly from?: string;
  readonly to?: string;
  readonly type?: string;
  readonly label?: string;
  readonly since?: string;
}

/** Adds a typed relation from the selection's actor to a picked one, sourced by the selected quote. */
export async function annotateRelation(deps: AnnotateDeps, target: AnnotationTarget | undefined, args: RelationArgs): Promise<WriteResult | undefined> {
  const active = await deps.store.ready();
  const actors = active.factBase.actors;
  const from = args.from ?? target?.mention?.actorId ?? (await pickActor(actors, { title: vscode.l10n.t('Relation (1/5): From Which Actor?') }));
  if (from === undefined) return undefined;
  const fromName = active.actorsById.get(from)?.name ?? from;
  const to = args.to ?? (await pickActor(actors, { title: vscode.l10n.t('Relation (2/5): {0} and Which Actor?', fromName), exclude: from }));
  if (to === undefined) return undefined;
  const unknown = unknownActorIds(actors, [from, to]);
  if (unknown.length > 0) {
    void vscode.window.showWarningMessage(vscode.l10n.t('No actor has the id {0}; add the actor first. Nothing was changed.', unknown.join(', ')));
    return undefined;
  }
  const toName = active.actorsById.get(to)?.name ?? to;
  const types = active.factBase.relationTypes.map((t) => ({ label: displayTypeLabel(t), description: t.mutual ? `${t.id} · ${vscode.l10n.t('mutual')}` : t.id, id: t.id }));
  const type = args.type ?? (await pickOne(types, { title: vscode.l10n.t('Relation (3/5): {0} … {1}', fromName, toName) }))?.id;
  if (type === undefined) return undefined;
  const label = args.label ?? (await ask({ title: vscode.l10n.t('Relation (4/5): Label'), prompt: vscode.l10n.t('How the articles describe it (optional)') }));
  if (label === undefined) return undefined;
  const since = args.since ?? (await askDate(vscode.l10n.t('Relation (5/5): Since'), target, vscode.l10n.t('Since when (YYYY, YYYY-MM or YYYY-MM-DD; empty for none)')));
  if (since === undefined) return undefined;
  const sources = target && !target.range.isEmpty ? [{ quote: quoteOf(target) }] : [];
  const relation = { from, to, type, sources, ...(label !== '' && { label }), ...(since !== '' && { since }) };
  return deps.writer.write({ create: args.create === true, edit: (yaml) => addRelation(yaml, relation) });
}
