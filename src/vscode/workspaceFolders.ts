import * as vscode from 'vscode';

/**
 * The workspace folder to create a file in: the only one; else `preferred`'s folder (the file the
 * user is working on, by default the active editor's); else the one the user picks (undefined
 * when they cancel or no folder is open).
 */
export async function folderForNewFile(placeHolder: string, preferred = vscode.window.activeTextEditor?.document.uri): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length <= 1) return folders[0];
  const own = preferred && vscode.workspace.getWorkspaceFolder(preferred);
  if (own) return own;
  return vscode.window.showWorkspaceFolderPick({ placeHolder, ignoreFocusOut: true });
}
