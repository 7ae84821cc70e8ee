import * as vscode from 'vscode';
import { aliasOwner } from '../../core/annotationPlan';
import { displayTypeLabel } from '../../core/factBase/vocabulary';
import { addActor } from '../../core/factBaseEdits';
import type { AnnotateDeps, CommonArgs } from './deps';
import type { WriteResult } from './factBaseWriter';
import { ask, pickOne } from './prompts';
import type { AnnotationTarget } from './selection';

/** `{action: 'newActor', name?, type?, summary?, id?}`: missing answers are asked for (name prefilled from the selection). */
export interface NewActorArgs extends CommonArgs {
  readonly action: 'newActor';
  readonly name?: string;
  readonly type?: string;
  readonly summary?: string;
  readonly id?: string;
}

/** Adds a new actor to the workspace fact base: name, type from the vocabulary, summary. */
export async function annotateNewActor(deps: AnnotateDeps, target: AnnotationTarget | undefined, args: NewActorArgs): Promise<WriteResult | undefined> {
  const active = await deps.store.ready();
  const title = (step: number): string => vscode.l10n.t('New Actor ({0}/3)', step);
  const name = args.name ?? (await ask({ title: title(1), prompt: vscode.l10n.t('Name, as the articles write it'), value: target?.name ?? '', required: true }));
  if (name === undefined || name === '') return undefined;
  const owner = aliasOwner(active.factBase.actors, '', name);
  if (owner) {
    void vscode.window.showWarningMessage(vscode.l10n.t('“{0}” already names {1}; nothing was added.', name, owner.name));
    return undefined;
  }
  const types = active.factBase.actorTypes.map((t) => ({ label: displayTypeLabel(t), description: t.id, iconPath: new vscode.ThemeIcon(t.icon), id: t.id }));
  const type = args.type ?? (await pickOne(types, { title: title(2), placeholder: vscode.l10n.t('What kind of actor is {0}?', name) }))?.id;
  if (type === undefined) return undefined;
  const summary = args.summary ?? (await ask({ title: title(3), prompt: vscode.l10n.t('Summary: who {0} is, in one sentence (optional)', name) }));
  if (summary === undefined) return undefined;
  const taken = new Set(active.factBase.actors.map((a) => a.id));
  const actor = { name, type, summary, ...(args.id !== undefined && { id: args.id }) };
  return deps.writer.write({ create: args.create === true, edit: (yaml) => addActor(yaml, actor, taken) });
}
