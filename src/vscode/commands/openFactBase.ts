import * as vscode from 'vscode';
import type { FactBaseStore } from '../factBaseStore';
import { Commands } from '../ids';

/** Opens the active fact base's entry file (the shipped default when the workspace has none). */
export function registerOpenFactBase(store: FactBaseStore): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.openFactBase, async () => {
    const active = await store.ready();
    const uri = active.files[0] ?? store.defaultFactBaseUri;
    await vscode.window.showTextDocument(uri, { preview: false });
  });
}
