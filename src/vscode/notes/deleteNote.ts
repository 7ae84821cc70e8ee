import * as vscode from 'vscode';
import { removeNote } from '../../core/edits/notes';
import type { FactBaseWriter } from '../annotate/factBaseWriter';
import type { FactBaseStore } from '../factBaseStore';
import { Commands } from '../ids';
import { findNote } from './noteArgs';
import type { NoteCommandArgs } from './noteArgs';

/** `newsLens.deleteNote` (a view row, or `{noteId, confirm?: false}`): removes the note after a confirmation, unless `confirm` is false. */
export function registerDeleteNote(store: FactBaseStore, writer: FactBaseWriter): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.deleteNote, async (raw?: unknown) => {
    const found = findNote(await store.ready(), raw);
    if (!found) {
      void vscode.window.showWarningMessage(vscode.l10n.t('That note is no longer in the fact base.'));
      return undefined;
    }
    const { note, file } = found;
    if ((raw as NoteCommandArgs & { confirm?: boolean }).confirm !== false) {
      const remove = vscode.l10n.t('Delete');
      const choice = await vscode.window.showWarningMessage(vscode.l10n.t('Delete the note “{0}”?', note.text), { modal: true, detail: vscode.l10n.t('You can undo it in {0}.', vscode.workspace.asRelativePath(file)) }, remove);
      if (choice !== remove) return undefined;
    }
    return writer.write({ file, edit: (yaml) => removeNote(yaml, note.id, note.location?.range.start) });
  });
}
