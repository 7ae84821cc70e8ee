import * as vscode from 'vscode';
import type { Highlighter } from '../highlighter';
import { Commands } from '../ids';

/** Turns highlighting on or off; an explicit boolean argument sets it. */
export function registerToggleHighlighting(highlighter: Highlighter): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.toggleHighlighting, (enabled?: unknown) =>
    highlighter.setEnabled(typeof enabled === 'boolean' ? enabled : !highlighter.isEnabled),
  );
}
