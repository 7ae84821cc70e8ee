import * as vscode from 'vscode';
import type { Location, Mention, Problem, Range, Severity } from '../core/types';

/** Core range (0-based line/character) to a VS Code range. */
export function toRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

const severities: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** A core problem as a diagnostic with its code, shown under the source "News Lens". */
export function toDiagnostic(problem: Problem): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toRange(problem.range), problem.message, severities[problem.severity]);
  d.source = 'News Lens';
  d.code = problem.code;
  return d;
}

/** A mention's offsets as a range in the document it was found in. */
export function mentionRange(document: vscode.TextDocument, mention: Mention): vscode.Range {
  return new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end));
}

/** A core location as a VS Code location, given how to turn core's path into a Uri. */
export function toLocation(location: Location, uriOf: (path: string) => vscode.Uri | undefined): vscode.Location | undefined {
  const uri = uriOf(location.file);
  return uri && new vscode.Location(uri, toRange(location.range));
}
