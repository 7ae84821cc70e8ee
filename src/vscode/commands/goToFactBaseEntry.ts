import * as vscode from 'vscode';
import { mentionAt } from '../../core/mentions';
import { actorIdArgument } from '../actorArgument';
import { toLocation } from '../convert';
import type { FactBaseStore } from '../factBaseStore';
import { Commands } from '../ids';
import type { MentionIndex } from '../mentionIndex';

/** Opens the YAML entry of an actor: the one given by id, else the one under the cursor. */
export function registerGoToFactBaseEntry(store: FactBaseStore, index: MentionIndex): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.goToFactBaseEntry, async (actorId?: unknown) => {
    const active = await store.ready();
    const editor = vscode.window.activeTextEditor;
    const id =
      actorIdArgument(actorId) ??
      (editor && mentionAt(index.mentionsOf(editor.document), editor.document.offsetAt(editor.selection.active))?.actorId);
    const actor = id === undefined ? undefined : active.actorsById.get(id);
    const location = actor?.location && toLocation(actor.location, active.uriOf);
    if (!location) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No actor here: place the cursor on a highlighted name.'));
      return;
    }
    await vscode.window.showTextDocument(location.uri, { selection: location.range, preview: true });
  });
}
