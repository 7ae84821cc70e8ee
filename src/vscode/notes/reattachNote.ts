import * as vscode from 'vscode';
import { updateNoteQuote } from '../../core/edits/notes';
import { findTarget, quoteOf } from '../annotate/selection';
import type { TargetArgs } from '../annotate/selection';
import type { FactBaseWriter } from '../annotate/factBaseWriter';
import type { FactBaseStore } from '../factBaseStore';
import { Commands } from '../ids';
import type { MentionIndex } from '../mentionIndex';
import { findNote } from './noteArgs';
import type { NoteCommandArgs } from './noteArgs';

/** `newsLens.reattachNote` (a view row, or `{noteId, uri?, range?}`): anchors the note to the selected text (or the given range) instead. */
export function registerReattachNote(store: FactBaseStore, index: MentionIndex, writer: FactBaseWriter): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.reattachNote, async (raw?: unknown) => {
    const found = findNote(await store.ready(), raw);
    if (!found) {
      void vscode.window.showWarningMessage(vscode.l10n.t('That note is no longer in the fact base.'));
      return undefined;
    }
    const args = (raw ?? {}) as NoteCommandArgs & TargetArgs;
    const target = await findTarget(index, { ...(args.uri !== undefined && { uri: args.uri }), ...(args.range !== undefined && { range: args.range }) });
    if (!target || target.range.isEmpty) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Select the text the note is about in the article, then choose Re-attach Note to Selection again.'));
      return undefined;
    }
    const { note, file } = found;
    return writer.write({ file, edit: (yaml) => updateNoteQuote(yaml, note.id, quoteOf(target), note.location?.range.start) });
  });
}
