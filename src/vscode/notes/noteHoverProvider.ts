import * as vscode from 'vscode';
import { notesAt, renderNoteHover } from '../../core/notePlacement';
import type { NotePlacements } from './notePlacements';

/** Shows the text of the notes anchored under the pointer; the actor card comes from its own provider. */
export class NoteHoverProvider implements vscode.HoverProvider {
  constructor(private readonly placements: NotePlacements) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const here = notesAt(this.placements.placementsOf(document), document.offsetAt(position));
    const first = here[0];
    if (first?.start === undefined || first.end === undefined) return undefined;
    const content = new vscode.MarkdownString(renderNoteHover(here), true);
    content.supportHtml = false;
    return new vscode.Hover(content, new vscode.Range(document.positionAt(first.start), document.positionAt(first.end)));
  }
}
