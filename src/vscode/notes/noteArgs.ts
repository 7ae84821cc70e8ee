import type * as vscode from 'vscode';
import type { Note } from '../../core/types';
import type { ActiveFactBase } from '../factBaseStore';

/** A note command's argument: a row of the Annotations view, or `{noteId}` plus the command's own options. */
export interface NoteCommandArgs {
  readonly noteId?: string;
  readonly placed?: { readonly note: Note };
}

/** The note an argument names and the file it is written in, or undefined. */
export function findNote(active: ActiveFactBase, raw: unknown): { note: Note; file: vscode.Uri } | undefined {
  const args = (typeof raw === 'object' && raw !== null ? raw : {}) as NoteCommandArgs;
  const id = args.noteId ?? args.placed?.note.id;
  const note = active.factBase.notes.find((n) => n.id === id);
  const file = note?.location && active.uriOf(note.location.file);
  return note && file ? { note, file } : undefined;
}
