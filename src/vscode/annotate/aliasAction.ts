import * as vscode from 'vscode';
import { aliasOwner } from '../../core/annotationPlan';
import { addAlias } from '../../core/factBaseEdits';
import type { AnnotateDeps, CommonArgs } from './deps';
import type { WriteResult } from './factBaseWriter';
import { pickActor } from './prompts';
import type { AnnotationTarget } from './selection';

/** `{action: 'alias', actorId?, text?}`: the text (default: the selection) becomes an alias of the actor (default: picked). */
export interface AliasArgs extends CommonArgs {
  readonly action: 'alias';
  readonly actorId?: string;
  readonly text?: string;
}

/** Adds the selected text as an alias of an actor, unless another actor already has that name. */
export async function annotateAlias(deps: AnnotateDeps, target: AnnotationTarget | undefined, args: AliasArgs): Promise<WriteResult | undefined> {
  const active = await deps.store.ready();
  const text = (args.text ?? target?.name ?? '').trim();
  if (text === '') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Select the name in the article first.'));
    return undefined;
  }
  const actorId = args.actorId ?? (await pickActor(active.factBase.actors, { title: vscode.l10n.t('“{0}” is…', text), placeholder: vscode.l10n.t('The actor this name refers to: type a name, alias or type') }));
  if (actorId === undefined) return undefined;
  const owner = aliasOwner(active.factBase.actors, actorId, text);
  if (owner) {
    void vscode.window.showWarningMessage(vscode.l10n.t('“{0}” already names {1}; a name can belong to one actor only. Nothing was changed.', text, owner.name));
    return undefined;
  }
  return deps.writer.write({ actorId, create: args.create === true, edit: (yaml) => addAlias(yaml, actorId, text) });
}
