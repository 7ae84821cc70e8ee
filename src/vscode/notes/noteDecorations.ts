import * as vscode from 'vscode';
import { Disposable } from '../disposable';
import type { FactBaseStore } from '../factBaseStore';
import type { NotePlacements } from './notePlacements';
import { Debouncer } from '../debouncer';

const EDIT_DELAY_MS = 300;

/** Marks anchored notes in visible articles: a gutter icon (light and dark variants) and a subtle background. */
export class NoteDecorations extends Disposable {
  private readonly type: vscode.TextEditorDecorationType;
  private readonly debouncer = this.register(new Debouncer(EDIT_DELAY_MS));

  constructor(
    store: FactBaseStore,
    private readonly placements: NotePlacements,
    extensionUri: vscode.Uri,
  ) {
    super();
    const icon = (variant: string): vscode.Uri => vscode.Uri.joinPath(extensionUri, 'media', `note-${variant}.svg`);
    this.type = this.register(
      vscode.window.createTextEditorDecorationType({
        backgroundColor: new vscode.ThemeColor('newsLens.noteBackground'),
        borderRadius: '2px',
        overviewRulerColor: new vscode.ThemeColor('newsLens.noteBackground'),
        overviewRulerLane: vscode.OverviewRulerLane.Right,
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
        gutterIconSize: 'contain',
        light: { gutterIconPath: icon('light') },
        dark: { gutterIconPath: icon('dark') },
      }),
    );
    this.register(vscode.window.onDidChangeVisibleTextEditors(() => this.paintAll()));
    this.register(vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document)));
    this.register(store.onDidChange(() => this.paintAll()));
    this.paintAll();
  }

  /** Repaints every visible editor now. */
  paintAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.paint(editor);
  }

  private schedule(document: vscode.TextDocument): void {
    this.debouncer.schedule(document.uri.toString(), () => {
      for (const editor of vscode.window.visibleTextEditors) if (editor.document === document) this.paint(editor);
    });
  }

  private paint(editor: vscode.TextEditor): void {
    const document = editor.document;
    const ranges = this.placements
      .placementsOf(document)
      .flatMap((p) => (p.start === undefined || p.end === undefined ? [] : [new vscode.Range(document.positionAt(p.start), document.positionAt(p.end))]));
    editor.setDecorations(this.type, ranges);
  }
}
