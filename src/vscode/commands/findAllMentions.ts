import * as vscode from 'vscode';
import { mentionAt } from '../../core/mentions';
import { actorIdArgument } from '../actorArgument';
import { findMentionsInWorkspace } from '../articleSearch';
import { Commands } from '../ids';
import type { MentionIndex } from '../mentionIndex';

/** Where the command was invoked from, as hover links pass it. */
interface Origin {
  readonly uri: string;
  readonly offset: number;
}

/** Shows every mention of an actor across the workspace in the references peek. */
export function registerFindAllMentions(index: MentionIndex): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.findAllMentions, async (actorId?: unknown, origin?: Origin) => {
    const editor = vscode.window.activeTextEditor;
    const document = origin
      ? await vscode.workspace.openTextDocument(vscode.Uri.parse(origin.uri))
      : editor?.document;
    if (!document) return [];
    const offset = origin?.offset ?? (editor ? document.offsetAt(editor.selection.active) : 0);
    const id = actorIdArgument(actorId) ?? mentionAt(index.mentionsOf(document), offset)?.actorId;
    if (id === undefined) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No actor here: place the cursor on a highlighted name.'));
      return [];
    }
    const locations = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Finding mentions…') },
      (_, token) => findMentionsInWorkspace(index, id, token),
    );
    await vscode.commands.executeCommand('editor.action.showReferences', document.uri, document.positionAt(offset), locations);
    return locations;
  });
}
