import * as vscode from 'vscode';
import { buildLineIndex } from '../../core/lineIndex';
import { articleKey, groupNotes, notesForArticle } from '../../core/notePlacement';
import type { NoteOverview, PlacedNote } from '../../core/notePlacement';
import { toRange } from '../convert';
import { Disposable } from '../disposable';
import { articlePaths, articleUri } from '../articlePaths';
import { readText } from '../factBaseReader';
import type { FactBaseStore } from '../factBaseStore';
import { Views } from '../ids';
import { l10n } from '../../core/l10n';

/** A row of the Annotations view: an article, the orphans group, or one note. */
export type AnnotationNode =
  | { readonly kind: 'article'; readonly article: string; readonly notes: readonly PlacedNote[] }
  | { readonly kind: 'orphans'; readonly notes: readonly PlacedNote[] }
  | { readonly kind: 'note'; readonly placed: PlacedNote; readonly article?: string };

/** Context values the view's menus match on. */
export const NoteContext = { placed: 'newsLens.note', orphan: 'newsLens.orphanNote' } as const;

const REFRESH_DELAY_MS = 500;

/** The Annotations view: notes by article, re-anchored against the articles as they are now, orphans in their own group. */
export class AnnotationsView extends Disposable implements vscode.TreeDataProvider<AnnotationNode> {
  private readonly changed = this.register(new vscode.EventEmitter<AnnotationNode | undefined>());
  readonly onDidChangeTreeData = this.changed.event;
  private overview: Promise<{ overview: NoteOverview; texts: ReadonlyMap<string, string> }> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly store: FactBaseStore) {
    super();
    this.register(vscode.window.createTreeView(Views.annotations, { treeDataProvider: this, showCollapseAll: true }));
    this.register(store.onDidChange(() => this.refresh()));
    this.register(vscode.workspace.onDidChangeTextDocument((e) => this.onArticleChanged(e.document)));
    this.register({ dispose: () => this.timer && clearTimeout(this.timer) });
  }

  /** Recomputes the view from the fact base and the articles' current texts. */
  refresh(): void {
    this.overview = undefined;
    this.changed.fire(undefined);
  }

  async getChildren(node?: AnnotationNode): Promise<AnnotationNode[]> {
    if (node?.kind === 'article') return node.notes.map((placed) => ({ kind: 'note', placed, article: node.article }));
    if (node?.kind === 'orphans') return node.notes.map((placed) => ({ kind: 'note', placed }));
    if (node) return [];
    const { overview } = await this.load();
    const groups: AnnotationNode[] = overview.articles.map((a) => ({ kind: 'article', article: a.article, notes: a.notes }));
    return overview.orphans.length > 0 ? [...groups, { kind: 'orphans', notes: overview.orphans }] : groups;
  }

  async getTreeItem(node: AnnotationNode): Promise<vscode.TreeItem> {
    if (node.kind === 'article') {
      const item = new vscode.TreeItem(node.article, vscode.TreeItemCollapsibleState.Expanded);
      item.resourceUri = articleUri(node.article);
      item.description = l10n.plural(node.notes.length, { one: '{0} note', other: '{0} notes' }, node.notes.length);
      item.iconPath = vscode.ThemeIcon.File;
      return item;
    }
    if (node.kind === 'orphans') {
      const item = new vscode.TreeItem(vscode.l10n.t('Orphaned Notes'), vscode.TreeItemCollapsibleState.Expanded);
      item.description = vscode.l10n.t('{0}: quoted text no longer found', node.notes.length);
      item.iconPath = new vscode.ThemeIcon('warning');
      item.tooltip = vscode.l10n.t('Select the new text in the article, then choose Re-attach Note to Selection; or delete the note.');
      return item;
    }
    return this.noteItem(node.placed, node.article, (await this.load()).texts);
  }

  private noteItem(placed: PlacedNote, article: string | undefined, texts: ReadonlyMap<string, string>): vscode.TreeItem {
    const { note, status } = placed;
    const item = new vscode.TreeItem(oneLine(note.text, 60), vscode.TreeItemCollapsibleState.None);
    const where = status === 'exact' || status === 'orphaned' ? '' : ` (${status === 'moved' ? vscode.l10n.t('moved') : vscode.l10n.t('changed')})`;
    item.description = `“${oneLine(note.quote.exact, 40)}”${where}${article === undefined && note.quote.article ? ` · ${note.quote.article}` : ''}`;
    item.tooltip = new vscode.MarkdownString().appendText(note.text).appendMarkdown('\n\n---\n\n').appendText(`“${note.quote.exact}”`);
    item.contextValue = status === 'orphaned' ? NoteContext.orphan : NoteContext.placed;
    item.iconPath = new vscode.ThemeIcon(status === 'orphaned' ? 'comment-unresolved' : 'comment');
    item.id = `${note.location?.file ?? ''}#${note.id}`;
    const uri = note.quote.article === undefined ? undefined : articleUri(note.quote.article);
    const text = note.quote.article === undefined ? undefined : texts.get(note.quote.article);
    if (uri && text !== undefined) {
      const lines = buildLineIndex(text);
      const selection = placed.start === undefined || placed.end === undefined ? undefined : toRange({ start: lines.positionAt(placed.start), end: lines.positionAt(placed.end) });
      item.command = { command: 'vscode.open', title: vscode.l10n.t('Open Article'), arguments: [uri, selection ? { selection } : {}] };
    }
    return item;
  }

  private load(): Promise<{ overview: NoteOverview; texts: ReadonlyMap<string, string> }> {
    this.overview ??= (async () => {
      const notes = (await this.store.ready()).factBase.notes;
      const texts = new Map<string, string>();
      for (const article of new Set(notes.flatMap((n) => (n.quote.article === undefined ? [] : [n.quote.article])))) {
        const uri = articleUri(article);
        const text = uri && (await readText(uri));
        if (text !== undefined) texts.set(article, text);
      }
      const byKey = new Map([...texts].map(([article, text]) => [articleKey(article), text]));
      return { overview: groupNotes(notes, (article) => byKey.get(article)), texts };
    })();
    return this.overview;
  }

  private onArticleChanged(document: vscode.TextDocument): void {
    const notes = this.store.active?.factBase.notes ?? [];
    if (notesForArticle(notes, articlePaths(document.uri)).length === 0) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), REFRESH_DELAY_MS);
  }
}


function oneLine(text: string, max: number): string {
  const s = text.replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
