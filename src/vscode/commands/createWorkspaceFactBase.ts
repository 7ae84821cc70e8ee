import * as vscode from 'vscode';
import { basenamePath } from '../../core/factBase/paths';
import { setFactBaseMode } from '../../core/yamlEdit';
import { exists, readText } from '../factBaseReader';
import type { FactBaseStore } from '../factBaseStore';
import { Commands } from '../ids';
import { folderForNewFile } from '../workspaceFolders';

const TARGET_FOLDER = '.newslens';

/**
 * Copies the shipped fact base (with its included files) into `.newslens/` of a workspace folder
 * (`target`, or any file inside it; else the only folder, the active editor's or the one the user
 * picks), as a stand-alone (`mode: replace`) fact base the user can edit. Never overwrites a file.
 */
export function registerCreateWorkspaceFactBase(store: FactBaseStore): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.createWorkspaceFactBase, async (target?: unknown): Promise<vscode.Uri | undefined> => {
    if (!vscode.workspace.workspaceFolders?.length) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder first: the fact base is created inside it.'));
      return undefined;
    }
    const preferred = target instanceof vscode.Uri ? target : undefined;
    const folder = await folderForNewFile(vscode.l10n.t('The workspace folder to create the fact base in'), preferred);
    if (!folder) return undefined;
    const source = store.defaultFactBaseUri;
    const sourceDir = vscode.Uri.joinPath(source, '..');
    const targetDir = vscode.Uri.joinPath(folder.uri, TARGET_FOLDER);
    // The files the shipped fact base is made of, not a listing of its folder: vscode.dev serves the
    // extension over https, where files can be read but folders not listed.
    const names = (await store.defaultFactBaseFiles()).map((uri) => uri.path.slice(sourceDir.path.length + 1));
    const entryName = basenamePath(source.path);
    for (const name of names) {
      if (await exists(vscode.Uri.joinPath(targetDir, name))) {
        const open = vscode.l10n.t('Open It');
        const choice = await vscode.window.showWarningMessage(vscode.l10n.t('{0} already exists; nothing was copied.', `${TARGET_FOLDER}/${name}`), open);
        if (choice === open) await vscode.window.showTextDocument(vscode.Uri.joinPath(targetDir, name));
        return undefined;
      }
    }
    await vscode.workspace.fs.createDirectory(targetDir);
    for (const name of names) {
      const text = (await readText(vscode.Uri.joinPath(sourceDir, name))) ?? '';
      const content = name === entryName ? (setFactBaseMode(text, 'replace') ?? text) : text;
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(targetDir, name), new TextEncoder().encode(content));
    }
    const entry = vscode.Uri.joinPath(targetDir, entryName);
    // The copy is what the user will edit: make sure it is what is loaded, whatever was chosen.
    await store.choose({ kind: 'workspace' });
    await vscode.window.showTextDocument(entry, { preview: false });
    return entry;
  });
}
