import * as vscode from 'vscode';
import { addNote } from '../../core/edits/notes';
import type { AnnotateDeps, CommonArgs } from './deps';
import type { WriteResult } from './factBaseWriter';
import { ask } from './prompts';
import { quoteOf } from './selection';
import type { AnnotationTarget } from './selection';

/** `{action: 'note', text?, actorId?}`: a free-text note anchored to the selection; the actor defaults to the mention's. */
export interface NoteArgs extends CommonArgs {
  readonly action: 'note';
  readonly text?: string;
  readonly actorId?: string;
}

/** Adds a note anchored (quote, context and offsets) to the selected text of the article. */
export async function annotateNote(deps: AnnotateDeps, target: AnnotationTarget | undefined, args: NoteArgs): Promise<WriteResult | undefined> {
  const active = await deps.store.ready();
  if (!target || target.range.isEmpty) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Select the text the note is about first.'));
    return undefined;
  }
  const text = args.text ?? (await ask({ title: vscode.l10n.t('Note on “{0}”', shorten(target.document.getText(target.range))), prompt: vscode.l10n.t('Your note'), required: true }));
  if (text === undefined || text === '') return undefined;
  const actor = args.actorId ?? target.mention?.actorId;
  const note = { text, quote: quoteOf(target), date: new Date().toISOString().slice(0, 10), ...(actor !== undefined && { actor }) };
  const taken = new Set(active.factBase.notes.map((n) => n.id));
  return deps.writer.write({ create: args.create === true, edit: (yaml) => addNote(yaml, note, taken) });
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine;
}
