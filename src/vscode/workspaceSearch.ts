import * as vscode from 'vscode';

/** Schemes whose folders always have a file search: local disks (also on the web) and remotes. */
const SEARCHABLE_SCHEMES = new Set(['file', 'vscode-remote']);
const VIRTUAL_SEARCH_TIMEOUT_MS = 15_000;

/**
 * The workspace files matching `include`, node_modules left out. In a virtual workspace the search
 * gives up after a while with none: VS Code waits for a search provider for the folder's scheme,
 * and a file system extension without one would otherwise leave News Lens waiting for good.
 */
export async function findWorkspaceFiles(include: vscode.GlobPattern, token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const search = new vscode.CancellationTokenSource();
  const forwarded = token?.onCancellationRequested(() => search.cancel());
  const found = Promise.resolve(vscode.workspace.findFiles(include, '**/node_modules/**', undefined, search.token));
  const virtual = (vscode.workspace.workspaceFolders ?? []).some((f) => !SEARCHABLE_SCHEMES.has(f.uri.scheme));
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    if (!virtual) return await found;
    const gaveUp = new Promise<vscode.Uri[]>((resolve) => {
      timer = setTimeout(() => {
        search.cancel();
        resolve([]);
      }, VIRTUAL_SEARCH_TIMEOUT_MS);
    });
    return await Promise.race([found, gaveUp]);
  } finally {
    if (timer) clearTimeout(timer);
    forwarded?.dispose();
    search.dispose();
  }
}
