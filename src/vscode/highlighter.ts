import * as vscode from 'vscode';
import { HIGHLIGHT_STYLES, partitionByStyle } from '../core/mentions';
import type { HighlightStyle } from '../core/mentions';
import type { Mention } from '../core/types';
import { mentionRange } from './convert';
import { Disposable } from './disposable';
import type { FactBaseStore } from './factBaseStore';
import { ContextKeys, Settings, highlightColorIds } from './ids';
import type { MentionIndex } from './mentionIndex';
import { affects, readSettings } from './settings';
import { Debouncer } from './debouncer';

const EDIT_DELAY_MS = 150;
/** Above this many lines, the visible lines are painted before the whole document is scanned. */
const LARGE_DOCUMENT_LINES = 5000;

/** Paints mentions in visible editors: one decoration type per actor type, visible ranges first. */
export class Highlighter extends Disposable {
  private readonly types = new Map<HighlightStyle, vscode.TextEditorDecorationType>();
  private readonly debouncer = this.register(new Debouncer(EDIT_DELAY_MS));
  private enabled = readSettings().highlightEnabled;

  constructor(
    private readonly store: FactBaseStore,
    private readonly index: MentionIndex,
  ) {
    super();
    for (const style of HIGHLIGHT_STYLES) {
      const colors = highlightColorIds(style);
      this.types.set(
        style,
        this.register(
          vscode.window.createTextEditorDecorationType({
            backgroundColor: new vscode.ThemeColor(colors.background),
            border: '1px solid',
            borderColor: new vscode.ThemeColor(colors.border),
            borderRadius: '2px',
            overviewRulerColor: new vscode.ThemeColor(colors.background),
            overviewRulerLane: vscode.OverviewRulerLane.Center,
          }),
        ),
      );
    }
    this.register(vscode.window.onDidChangeVisibleTextEditors(() => this.paintAll()));
    this.register(vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.paint(e.textEditor)));
    this.register(vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document)));
    this.register(store.onDidChange(() => this.paintAll()));
    this.register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!affects(e, Settings.highlightEnabled, Settings.highlightLanguages, Settings.highlightMaxFileSize)) return;
        this.enabled = readSettings().highlightEnabled;
        this.paintAll();
      }),
    );
    void this.setContext();
    this.paintAll();
  }

  /** Whether highlighting is on (the setting, or the toggle command for this session). */
  get isEnabled(): boolean {
    return this.enabled;
  }

  /** Turns highlighting on or off and persists the choice in the user's settings. */
  async setEnabled(enabled: boolean): Promise<void> {
    this.enabled = enabled;
    this.paintAll();
    await this.setContext();
    await vscode.workspace.getConfiguration(Settings.section).update(Settings.highlightEnabled, enabled, vscode.ConfigurationTarget.Global);
  }

  /** Repaints every visible editor now. */
  paintAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.paint(editor);
  }

  private schedule(document: vscode.TextDocument): void {
    if (!this.index.isArticle(document)) return;
    this.debouncer.schedule(document.uri.toString(), () => {
      for (const editor of vscode.window.visibleTextEditors) if (editor.document === document) this.paint(editor, true);
    });
  }

  private paint(editor: vscode.TextEditor, whole = false): void {
    const active = this.store.active;
    const document = editor.document;
    if (!this.enabled || !active || this.index.skipReason(document)) {
      if (this.index.isArticle(document)) this.apply(editor, []);
      return;
    }
    if (!whole && !this.index.isCached(document) && document.lineCount > LARGE_DOCUMENT_LINES) {
      this.apply(editor, this.index.mentionsIn(document, editor.visibleRanges));
      this.schedule(document);
      return;
    }
    this.apply(editor, this.index.mentionsOf(document));
  }

  private apply(editor: vscode.TextEditor, mentions: readonly Mention[]): void {
    const active = this.store.active;
    const parts = partitionByStyle(mentions, (id) => active?.actorsById.get(id)?.type);
    for (const [style, list] of parts) {
      const type = this.types.get(style);
      if (type) editor.setDecorations(type, list.map((m) => mentionRange(editor.document, m)));
    }
  }

  private setContext(): Thenable<unknown> {
    return vscode.commands.executeCommand('setContext', ContextKeys.highlightEnabled, this.enabled);
  }
}
