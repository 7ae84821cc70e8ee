import * as vscode from 'vscode';
import type { GraphPanel } from '../graphPanel';
import { Commands } from '../ids';

/** Opens the relationship graph panel, or reveals it when it is open. */
export function registerShowGraph(graph: GraphPanel): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.showGraph, () => graph.show());
}
