import * as vscode from 'vscode';
import { basenamePath } from '../core/factBase/paths';
import type { ActiveFactBase } from './factBaseStore';

/** A fact base file's name without its folder and its `.facts.yaml` / `.yaml` ending. */
export function fileLabel(uri: vscode.Uri): string {
  const name = basenamePath(uri.path);
  return name.replace(/(\.facts)?\.ya?ml$/i, '') || name;
}

/** The one workspace fact base that is loaded, when exactly one is. */
export function loadedFile(active: ActiveFactBase): vscode.Uri | undefined {
  if (active.source === 'default') return undefined;
  if (active.choice.kind === 'file') return vscode.Uri.parse(active.choice.uri);
  return active.entries.length === 1 ? active.entries[0] : undefined;
}

/** A short name for the active fact base, as the status bar shows it. */
export function factBaseLabel(active: ActiveFactBase): string {
  if (active.source === 'default') return vscode.l10n.t('Default');
  const file = loadedFile(active);
  return file ? fileLabel(file) : vscode.l10n.t('Workspace');
}

/** The active fact base in a sentence, for tooltips. */
export function factBaseDescription(active: ActiveFactBase): string {
  if (active.source === 'default') return vscode.l10n.t('the shipped default (2023 Niger coup crisis)');
  const file = loadedFile(active);
  return file ? vscode.l10n.t('the workspace fact base “{0}”', fileLabel(file)) : vscode.l10n.t('the workspace’s {0} fact bases', active.entries.length);
}
