import * as vscode from 'vscode';
import { fileLabel } from '../factBaseLabel';
import { sameChoice } from '../factBaseStore';
import type { ActiveFactBase, FactBaseChoice, FactBaseStore } from '../factBaseStore';
import { Commands } from '../ids';
import { l10n } from '../../core/l10n';

type ChoiceItem = vscode.QuickPickItem & { choice?: FactBaseChoice; command?: string };

/**
 * Chooses which fact base is active in this workspace: all workspace fact bases, one of them, or
 * the shipped default alone. Takes the choice as an argument too ('workspace', 'default' or a
 * fact base file's Uri), for keybindings and other extensions; the choice is kept per workspace.
 */
export function registerSwitchFactBase(store: FactBaseStore): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.switchFactBase, async (arg?: unknown): Promise<FactBaseChoice | undefined> => {
    let active = await store.ready();
    if (arg === undefined) {
      const picked = await pick(active);
      if (picked) await store.choose(picked);
      return picked;
    }
    let choice = choiceArgument(arg, active.entries);
    if (!choice) {
      // A file made a moment ago may not have been found yet.
      await store.reload('looking for the chosen file');
      active = await store.ready();
      choice = choiceArgument(arg, active.entries);
    }
    if (!choice) {
      const shown = arg instanceof vscode.Uri ? arg.toString() : typeof arg === 'string' ? arg : typeof arg;
      void vscode.window.showErrorMessage(vscode.l10n.t('News Lens cannot switch to {0}: give "workspace", "default" or the Uri of a workspace fact base file.', shown));
      return undefined;
    }
    await store.choose(choice);
    return choice;
  });
}

/** The choice a command argument names, if it names one. */
function choiceArgument(arg: unknown, entries: readonly vscode.Uri[]): FactBaseChoice | undefined {
  if (arg === 'workspace' || arg === 'default') return { kind: arg };
  const uri = arg instanceof vscode.Uri ? arg : typeof arg === 'string' ? parseUri(arg) : undefined;
  const file = uri && entries.find((e) => e.toString() === uri.toString());
  return file ? { kind: 'file', uri: file.toString() } : undefined;
}

function parseUri(text: string): vscode.Uri | undefined {
  try {
    return vscode.Uri.parse(text, true);
  } catch {
    return undefined;
  }
}

/** Which row stands for what is loaded now: a file's only when several files could be chosen. */
function activeRow(active: ActiveFactBase): FactBaseChoice {
  if (active.source === 'default') return { kind: 'default' };
  return active.choice.kind === 'file' && active.entries.length > 1 ? active.choice : { kind: 'workspace' };
}

async function pick(active: ActiveFactBase): Promise<FactBaseChoice | undefined> {
  const current = activeRow(active);
  const mark = (item: ChoiceItem): ChoiceItem =>
    item.choice && sameChoice(item.choice, current) ? { ...item, description: [item.description, vscode.l10n.t('active')].filter(Boolean).join(' · ') } : item;
  const items: ChoiceItem[] = [];
  if (active.entries.length > 0) {
    items.push({
      label: `$(folder-library) ${vscode.l10n.t('Workspace Fact Base')}`,
      description: active.entries.length === 1 ? vscode.workspace.asRelativePath(active.entries[0]!) : l10n.plural(active.entries.length, { one: '{0} file', other: '{0} files' }, active.entries.length),
      detail: vscode.l10n.t('Every fact base file in the workspace, laid over the shipped default unless a file says mode: replace.'),
      choice: { kind: 'workspace' },
    });
    if (active.entries.length > 1) {
      for (const uri of active.entries) {
        items.push({ label: `$(file) ${fileLabel(uri)}`, description: vscode.workspace.asRelativePath(uri), choice: { kind: 'file', uri: uri.toString() } });
      }
    }
  }
  items.push({
    label: `$(package) ${vscode.l10n.t('Shipped Default')}`,
    description: vscode.l10n.t('2023 Niger coup crisis'),
    detail: vscode.l10n.t('The fact base News Lens ships with; the workspace’s fact base files are ignored.'),
    choice: { kind: 'default' },
  });
  if (active.entries.length === 0) {
    items.push({ label: `$(new-file) ${vscode.l10n.t('Create Workspace Fact Base from Default')}`, command: Commands.createWorkspaceFactBase });
  }
  const picked = await vscode.window.showQuickPick(items.map(mark), { title: vscode.l10n.t('Switch Fact Base'), placeHolder: vscode.l10n.t('Which fact base should News Lens use in this workspace?') });
  if (picked?.command) await vscode.commands.executeCommand(picked.command);
  return picked?.choice;
}
