import * as vscode from 'vscode';
import { EXPORT_FORMATS, exportFiles, isExportFormat } from '../../core/export/bundle';
import type { ExportArticle, ExportFormat } from '../../core/export/bundle';
import { articlePaths } from '../articlePaths';
import { readText } from '../factBaseReader';
import type { FactBaseStore } from '../factBaseStore';
import { Commands } from '../ids';
import type { MentionIndex } from '../mentionIndex';
import { readSettings } from '../settings';
import { findWorkspaceFiles } from '../workspaceSearch';
import { l10n } from '../../core/l10n';

/** `newsLens.export` arguments: all optional; without them the user is asked. */
export interface ExportArgs {
  readonly format?: ExportFormat;
  /** Articles to export (default: every article of the workspace). */
  readonly uris?: readonly (vscode.Uri | string)[];
  /** Folder to write into (csv: `pairs.csv` in it). */
  readonly outDir?: vscode.Uri | string;
}

/** Built on demand so the labels follow the display language. */
function formatItems(): Record<ExportFormat, { label: string; detail: string }> {
  return {
    brat: { label: vscode.l10n.t('brat standoff'), detail: vscode.l10n.t('.txt + .ann per article and annotation.conf, for the brat annotation tool') },
    w3c: { label: vscode.l10n.t('W3C Web Annotation'), detail: vscode.l10n.t('one JSON-LD AnnotationCollection per article') },
    csv: { label: vscode.l10n.t('CSV of actor pairs'), detail: vscode.l10n.t('pairs.csv: actors mentioned together, with their relations') },
  };
}

/** Exports the workspace's articles with their mentions, relations and notes, writing through `vscode.workspace.fs`; returns the files written. */
export function registerExport(store: FactBaseStore, index: MentionIndex): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.export, async (raw?: unknown): Promise<vscode.Uri[] | undefined> => {
    const args = (typeof raw === 'object' && raw !== null ? raw : {}) as ExportArgs;
    const format = args.format ?? (await pickFormat());
    if (format === undefined || !isExportFormat(format)) return undefined;
    const uris = args.uris?.map(toUri) ?? (await findWorkspaceFiles(readSettings().articleFiles)).sort((a, b) => a.path.localeCompare(b.path));
    if (uris.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('There are no articles to export.'));
      return undefined;
    }
    const outDir = args.outDir === undefined ? await pickFolder() : toUri(args.outDir);
    if (!outDir) return undefined;
    const active = await store.ready();
    return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: l10n.plural(uris.length, { one: 'Exporting {0} article as {1}', other: 'Exporting {0} articles as {1}' }, uris.length, format), cancellable: true }, async (progress, token) => {
      const articles: ExportArticle[] = [];
      for (const uri of uris) {
        if (token.isCancellationRequested) return undefined;
        const text = await readText(uri);
        if (text === undefined) continue;
        const [path, ...otherPaths] = articlePaths(uri);
        articles.push({ path, otherPaths, text: text.replace(/^\uFEFF/, ''), mentions: index.mentionsOfText(text.replace(/^\uFEFF/, '')), iri: uri.toString() });
        progress.report({ increment: 50 / uris.length });
      }
      const written: vscode.Uri[] = [];
      const files = exportFiles(format, articles, active.factBase);
      for (const file of files) {
        const target = vscode.Uri.joinPath(outDir, ...file.path.split('/'));
        await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(file.content));
        written.push(target);
        progress.report({ increment: 50 / files.length });
      }
      void vscode.window.showInformationMessage(l10n.plural(articles.length, { one: 'Exported {0} article to {1}.', other: 'Exported {0} articles to {1}.' }, articles.length, vscode.workspace.asRelativePath(outDir)));
      return written;
    });
  });
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const labels = formatItems();
  const items = EXPORT_FORMATS.map((format) => ({ format, label: labels[format].label, description: format, detail: labels[format].detail }));
  return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Export Annotations'), placeHolder: vscode.l10n.t('Format') }))?.format;
}

async function pickFolder(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: vscode.l10n.t('Export Here'), defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri });
  return picked?.[0];
}

function toUri(value: vscode.Uri | string): vscode.Uri {
  return typeof value === 'string' ? vscode.Uri.parse(value) : value;
}
