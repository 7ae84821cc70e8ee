import * as vscode from 'vscode';

/** The public API returned by activate(); grows with later features. */
export interface NewsLensApi {
  readonly version: string;
}

export function activate(context: vscode.ExtensionContext): NewsLensApi {
  return { version: String(context.extension.packageJSON.version) };
}

export function deactivate(): void {}
