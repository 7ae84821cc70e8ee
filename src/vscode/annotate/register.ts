import * as vscode from 'vscode';
import { registerExport } from '../commands/exportAnnotations';
import type { FactBaseStore } from '../factBaseStore';
import type { MentionIndex } from '../mentionIndex';
import { AnnotationsView } from '../notes/annotationsView';
import { registerDeleteNote } from '../notes/deleteNote';
import { NoteDecorations } from '../notes/noteDecorations';
import { NoteHoverProvider } from '../notes/noteHoverProvider';
import { NotePlacements } from '../notes/notePlacements';
import { registerReattachNote } from '../notes/reattachNote';
import { readSettings } from '../settings';
import { UnknownNameActions, UnknownNameHints } from '../unknownNames';
import { registerAnnotate } from './annotate';
import { FactBaseWriter } from './factBaseWriter';

/** Builds and registers annotating: the annotate command, notes in the editor and the Annotations view, unknown-name hints, export. */
export function registerAnnotating(store: FactBaseStore, index: MentionIndex, extensionUri: vscode.Uri): vscode.Disposable {
  const writer = new FactBaseWriter(store);
  const placements = new NotePlacements(store, index);
  const articles = readSettings().highlightLanguages.map((language) => ({ language }));
  return vscode.Disposable.from(
    placements,
    new NoteDecorations(store, placements, extensionUri),
    new AnnotationsView(store),
    new UnknownNameHints(store, index),
    vscode.languages.registerHoverProvider(articles, new NoteHoverProvider(placements)),
    vscode.languages.registerCodeActionsProvider(articles, new UnknownNameActions(), { providedCodeActionKinds: UnknownNameActions.kinds }),
    registerAnnotate({ store, index, writer }),
    registerReattachNote(store, index, writer),
    registerDeleteNote(store, writer),
    registerExport(store, index),
  );
}
