import * as vscode from 'vscode';
import { buildLineIndex } from '../core/lineIndex';
import type { Mention } from '../core/types';
import { toRange } from './convert';
import { readText } from './factBaseReader';
import type { MentionIndex } from './mentionIndex';
import { readSettings } from './settings';
import { findWorkspaceFiles } from './workspaceSearch';

/** Every mention of an actor across the workspace's articles (open buffers win over disk). */
export async function findMentionsInWorkspace(
  index: MentionIndex,
  actorId: string,
  token?: vscode.CancellationToken,
): Promise<vscode.Location[]> {
  const settings = readSettings();
  const uris = new Map<string, vscode.Uri>();
  for (const uri of await findWorkspaceFiles(settings.articleFiles, token)) {
    uris.set(uri.toString(), uri);
  }
  for (const d of vscode.workspace.textDocuments) {
    if (index.isArticle(d) && d.uri.scheme !== 'output') uris.set(d.uri.toString(), d.uri);
  }
  const locations: vscode.Location[] = [];
  for (const uri of uris.values()) {
    if (token?.isCancellationRequested) break;
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) {
      const own = index.mentionsOf(open).filter((m) => m.actorId === actorId);
      locations.push(...own.map((m) => new vscode.Location(uri, new vscode.Range(open.positionAt(m.start), open.positionAt(m.end)))));
      continue;
    }
    const text = await readText(uri);
    if (text === undefined || text.length > settings.highlightMaxFileSize || text.includes('\u0000')) continue;
    locations.push(...locationsOf(uri, text, index.mentionsOfText(text), actorId));
  }
  return locations;
}

function locationsOf(uri: vscode.Uri, text: string, mentions: readonly Mention[], actorId: string): vscode.Location[] {
  const lines = buildLineIndex(text);
  return mentions
    .filter((m) => m.actorId === actorId)
    .map((m) => new vscode.Location(uri, toRange({ start: lines.positionAt(m.start), end: lines.positionAt(m.end) })));
}
