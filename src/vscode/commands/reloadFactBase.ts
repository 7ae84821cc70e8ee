import * as vscode from 'vscode';
import type { FactBaseStore } from '../factBaseStore';
import { Commands } from '../ids';

/** Reloads the fact base now, with progress in the status bar. */
export function registerReloadFactBase(store: FactBaseStore): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.reloadFactBase, () =>
    vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Loading fact base…') }, () => store.reload('Reload Fact Base command')),
  );
}
