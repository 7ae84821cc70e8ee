import * as vscode from 'vscode';
import type { ActiveFactBase } from './factBaseStore';

/** A fact base file's name without its folder and its `.facts.yaml` / `.yaml` ending. */
export function fileLabel(uri: vscode.Uri): string {
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  return name.replace(/(\.facts)?\.ya?ml$/i, '') || name;
}

/** A short name for the active fact base, as the status bar shows it. */
export function factBaseLabel(active: ActiveFactBase): string {
  if (active.source === 'default') return vscode.l10n.t('Default');
  const entries = active.entries.filter((uri) => active.files.some((f) => f.toString() === uri.toString()));
  return entries.length === 1 ? fileLabel(entries[0]!) : vscode.l10n.t('Workspace');
}
