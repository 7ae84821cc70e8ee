import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';
import { ExtensionId } from '../../src/vscode/ids';

/** The activated extension's API, with its fact base loaded. */
export async function newsLens(): Promise<NewsLensApi> {
  const extension = vscode.extensions.getExtension<NewsLensApi>(ExtensionId);
  if (!extension) throw new Error(`${ExtensionId} is not installed in this host`);
  const api = await extension.activate();
  await api.ready();
  return api;
}

/**
 * Polls until `check` returns a truthy value or the timeout passes (then throws with `what`). File
 * watchers can take many seconds to report on a busy machine, hence the generous default.
 */
export async function waitFor<T>(what: string, check: () => T | Promise<T>, timeoutMs = 30_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * A new untitled document holding `content`. VS Code can hand back, under a reused `Untitled-N`
 * name, the document of an earlier test that it has not finished closing (seen in the web worker
 * host, where a probe then held another test's text): such a document is passed over and another
 * one opened.
 */
export async function openUntitled(content: string, language = 'news'): Promise<vscode.TextDocument> {
  return waitFor('an untitled document holding the given text', async () => {
    const document = await vscode.workspace.openTextDocument({ language, content });
    return document.getText() === content ? document : undefined;
  });
}

/** A workspace file's Uri, relative to the first workspace folder. */
export function workspaceUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the integration tests need a workspace folder (a copy of samples/)');
  return vscode.Uri.joinPath(folder.uri, relative);
}

/** Opens a workspace article in an editor. */
export async function openArticle(relative: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(relative));
  return vscode.window.showTextDocument(document);
}

/** The position of the n-th (0-based) occurrence of `needle` in the document, plus `into` characters. */
export function positionOf(document: vscode.TextDocument, needle: string, nth = 0, into = 1): vscode.Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = document.getText().indexOf(needle, at + 1);
    if (at < 0) throw new Error(`'${needle}' (#${nth}) is not in ${document.uri.path}`);
  }
  return document.positionAt(at + into);
}

/** Plain text of hover contents, however VS Code packed them. */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

/** Writes a UTF-8 file in the workspace. */
export async function writeWorkspaceFile(relative: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceUri(relative);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

/** Resolves on the next onDidChangeFactBase event, or rejects after a timeout. */
export function nextFactBaseChange(api: NewsLensApi, timeoutMs = 30_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error('the fact base did not change'));
    }, timeoutMs);
    const sub = api.onDidChangeFactBase(() => {
      clearTimeout(timer);
      sub.dispose();
      resolve();
    });
  });
}
