import * as vscode from 'vscode';
import type { FactBaseStore } from '../factBaseStore';
import { Commands } from '../ids';

/** The status bar item's menu: switch, open, create or reload the fact base, toggle highlighting, see problems. */
export function registerShowStatusMenu(store: FactBaseStore): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.showStatusMenu, async () => {
    const items: (vscode.QuickPickItem & { command: string })[] = [
      { label: `$(arrow-swap) ${vscode.l10n.t('Switch Fact Base…')}`, command: Commands.switchFactBase },
      { label: `$(go-to-file) ${vscode.l10n.t('Open Active Fact Base')}`, command: Commands.openFactBase },
      { label: `$(eye) ${vscode.l10n.t('Toggle Actor Highlighting')}`, command: Commands.toggleHighlighting },
      { label: `$(refresh) ${vscode.l10n.t('Reload Fact Base')}`, command: Commands.reloadFactBase },
      { label: `$(warning) ${vscode.l10n.t('Show Problems')}`, command: 'workbench.actions.view.problems' },
    ];
    if (store.active?.entries.length === 0) {
      items.splice(1, 0, { label: `$(new-file) ${vscode.l10n.t('Create Workspace Fact Base from Default')}`, command: Commands.createWorkspaceFactBase });
    }
    const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('News Lens') });
    if (picked) await vscode.commands.executeCommand(picked.command);
  });
}
