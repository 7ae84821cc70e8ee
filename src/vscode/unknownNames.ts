import * as vscode from 'vscode';
import { findUnknownNames } from '../core/unknownNames';
import type { AnnotateArgs } from './annotate/annotate';
import { Disposable } from './disposable';
import type { FactBaseStore } from './factBaseStore';
import { Commands, Settings } from './ids';
import type { MentionIndex } from './mentionIndex';
import { affects, readSettings } from './settings';
import { Debouncer } from './debouncer';

const EDIT_DELAY_MS = 500;
const CODE = 'unknown-name';
const severities = { hint: vscode.DiagnosticSeverity.Hint, information: vscode.DiagnosticSeverity.Information } as const;

/** Capitalised names no actor matches, as diagnostics (per `newsLens.unknownNames.hints`) in open articles within the size limit. */
export class UnknownNameHints extends Disposable {
  private readonly diagnostics = this.register(vscode.languages.createDiagnosticCollection('newsLens.unknownNames'));
  private readonly debouncer = this.register(new Debouncer(EDIT_DELAY_MS));

  constructor(
    store: FactBaseStore,
    private readonly index: MentionIndex,
  ) {
    super();
    this.register(vscode.workspace.onDidOpenTextDocument((d) => this.update(d)));
    this.register(vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document)));
    this.register(vscode.workspace.onDidCloseTextDocument((d) => this.diagnostics.delete(d.uri)));
    this.register(store.onDidChange(() => this.updateAll()));
    this.register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (affects(e, Settings.unknownNamesHints, Settings.highlightLanguages, Settings.highlightMaxFileSize)) this.updateAll();
      }),
    );
    this.updateAll();
  }

  private updateAll(): void {
    this.diagnostics.clear();
    for (const document of vscode.workspace.textDocuments) this.update(document);
  }

  private schedule(document: vscode.TextDocument): void {
    if (!this.index.isArticle(document)) return;
    this.debouncer.schedule(document.uri.toString(), () => this.update(document));
  }

  private update(document: vscode.TextDocument): void {
    const mode = readSettings().unknownNamesHints;
    if (mode === 'off' || document.isClosed || this.index.skipReason(document)) {
      this.diagnostics.delete(document.uri);
      return;
    }
    const found = findUnknownNames(document.getText(), this.index.mentionsOf(document));
    this.diagnostics.set(
      document.uri,
      found.flatMap((name) =>
        name.spans.map((span) => {
          const range = new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
          const d = new vscode.Diagnostic(range, vscode.l10n.t('“{0}” is not in the fact base.', name.text), severities[mode]);
          d.source = 'News Lens';
          d.code = CODE;
          return d;
        }),
      ),
    );
  }
}

/** Quick fixes on unknown names: add the name as a new actor, or as an alias of an existing one, through `newsLens.annotate`. */
export class UnknownNameActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    return context.diagnostics
      .filter((d) => d.source === 'News Lens' && d.code === CODE)
      .flatMap((d) => {
        const name = document.getText(d.range).replace(/\s+/g, ' ');
        const at = { uri: document.uri, range: d.range };
        return [
          action(vscode.l10n.t('Add “{0}” as actor…', name), d, { action: 'newActor', name, ...at }, true),
          action(vscode.l10n.t('Add “{0}” as alias of…', name), d, { action: 'alias', text: name, ...at }, false),
        ];
      });
  }
}

function action(title: string, diagnostic: vscode.Diagnostic, args: AnnotateArgs, preferred: boolean): vscode.CodeAction {
  const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  a.diagnostics = [diagnostic];
  a.isPreferred = preferred;
  a.command = { command: Commands.annotate, title, arguments: [args] };
  return a;
}
