import * as vscode from 'vscode';
import { adjacentMention, mentionAt } from '../../core/mentions';
import { mentionRange } from '../convert';
import { Commands } from '../ids';
import type { MentionIndex } from '../mentionIndex';

/** Next / previous mention of the actor under the cursor, wrapping around the document. */
export function registerStepMention(index: MentionIndex): vscode.Disposable {
  const step = (direction: 'next' | 'previous') => (): void => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const mentions = index.mentionsOf(editor.document);
    const offset = editor.document.offsetAt(editor.selection.active);
    const here = mentionAt(mentions, offset);
    if (!here) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No actor here: place the cursor on a highlighted name.'));
      return;
    }
    const target = adjacentMention(mentions, here.actorId, direction === 'next' ? here.end : here.start, direction);
    if (!target) return;
    const range = mentionRange(editor.document, target);
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand(Commands.nextMention, step('next')),
    vscode.commands.registerCommand(Commands.previousMention, step('previous')),
  );
}
