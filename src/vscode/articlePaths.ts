import * as vscode from 'vscode';

/**
 * How notes and quotes name an article: its path relative to its workspace folder, led by the
 * folder's name in a multi-root workspace (`desk/report.news`), as VS Code shows paths there.
 */
export function articlePath(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
}

/**
 * The names a note may use for the article at `uri`: `articlePath`, and in a multi-root workspace
 * also the bare path inside the first folder, which notes written before the workspace gained a
 * second folder use.
 */
export function articlePaths(uri: vscode.Uri): [string, ...string[]] {
  const paths: [string, ...string[]] = [articlePath(uri)];
  const folders = vscode.workspace.workspaceFolders ?? [];
  const first = folders[0];
  if (folders.length > 1 && first && vscode.workspace.getWorkspaceFolder(uri)?.index === first.index) {
    const bare = vscode.workspace.asRelativePath(uri, false);
    // `desk/x.news` inside the first folder would also name x.news of a folder called desk.
    if (!folders.some((f) => bare.startsWith(`${f.name}/`))) paths.push(bare);
  }
  return paths;
}

/** The Uri of an article path as `articlePath` writes it (a bare path is in the first folder). */
export function articleUri(article: string): vscode.Uri | undefined {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const [head, ...rest] = article.split('/');
  const named = folders.length > 1 && rest.length > 0 ? folders.find((f) => f.name === head) : undefined;
  if (named) return vscode.Uri.joinPath(named.uri, ...rest);
  return folders[0] && vscode.Uri.joinPath(folders[0].uri, article);
}
