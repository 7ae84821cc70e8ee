import * as vscode from 'vscode';
import { articleDate } from '../core/articleDate';
import { formatDate } from '../core/dates';
import { DEFAULT_FOCUS_ACTORS } from '../core/graph';
import { escapeMarkdown, isWebUrl, webLink } from '../core/markdown';
import { actorNodeFor, relationDates, treeChildren, treeRoots } from '../core/relationTree';
import type { TreeFilter, TreeNode } from '../core/relationTree';
import type { Relation } from '../core/types';
import { actorIdArgument } from './actorArgument';
import { Disposable } from './disposable';
import type { FactBaseStore } from './factBaseStore';
import { Commands, ContextKeys, Settings, Views } from './ids';
import type { MentionIndex } from './mentionIndex';
import { affects, readSettings } from './settings';
import { l10n } from '../core/l10n';

/** User-chosen filters of the relationships view. */
interface FilterState {
  types?: readonly string[];
  byArticleDate: boolean;
  onlyArticleActors: boolean;
}

/** The Relationships view: focus actors, then the rest by type; relations expand along their counterparts. */
export class RelationshipsView extends Disposable implements vscode.TreeDataProvider<TreeNode> {
  private readonly changed = this.register(new vscode.EventEmitter<TreeNode | undefined>());
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<TreeNode>;
  private readonly state: FilterState = { byArticleDate: false, onlyArticleActors: false };
  private article: vscode.TextDocument | undefined;

  constructor(
    private readonly store: FactBaseStore,
    private readonly index: MentionIndex,
  ) {
    super();
    this.view = this.register(vscode.window.createTreeView(Views.relationships, { treeDataProvider: this, showCollapseAll: true }));
    this.register(store.onDidChange(() => this.refresh()));
    this.register(vscode.window.onDidChangeActiveTextEditor((e) => this.followEditor(e)));
    this.register(vscode.workspace.onDidCloseTextDocument((d) => d === this.article && this.forgetArticle()));
    this.register(vscode.workspace.onDidChangeConfiguration((e) => affects(e, Settings.focusActors) && this.refresh()));
    this.register(vscode.commands.registerCommand(Commands.refreshRelationships, () => this.refresh()));
    this.register(vscode.commands.registerCommand(Commands.revealInTree, (arg: unknown) => this.revealArgument(arg)));
    this.register(vscode.commands.registerCommand(Commands.filterRelationTypes, (types?: unknown) => this.pickTypes(types)));
    this.register(vscode.commands.registerCommand(Commands.showOnlyArticleActors, () => this.set({ onlyArticleActors: true })));
    this.register(vscode.commands.registerCommand(Commands.showAllActors, () => this.set({ onlyArticleActors: false })));
    this.register(vscode.commands.registerCommand(Commands.filterByArticleDate, () => this.set({ byArticleDate: true })));
    this.register(vscode.commands.registerCommand(Commands.clearDateFilter, () => this.set({ byArticleDate: false })));
    this.register(vscode.commands.registerCommand(Commands.showRelationEvidence, (relation: Relation) => this.showEvidence(relation)));
    this.followEditor(vscode.window.activeTextEditor);
  }

  /** The filter the tree applies now (article date and actors come from the last active article). */
  filter(): TreeFilter {
    const text = this.article?.getText();
    const at = this.state.byArticleDate && text !== undefined ? articleDate(text) : undefined;
    const only = this.state.onlyArticleActors && this.article ? new Set(this.index.mentionsOf(this.article).map((m) => m.actorId)) : undefined;
    return { ...(this.state.types ? { types: this.state.types } : {}), ...(at ? { at } : {}), ...(only ? { onlyActors: only } : {}) };
  }

  getChildren(node?: TreeNode): TreeNode[] {
    const active = this.store.active;
    if (!active || active.factBase.actors.length === 0) return [];
    return node ? treeChildren(active.graph, node, this.filter()) : treeRoots(active.graph, this.focus(), this.filter());
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return node.kind === 'actor' ? node.parent : undefined;
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    const collapsed = vscode.TreeItemCollapsibleState.Collapsed;
    switch (node.kind) {
      case 'group':
        return Object.assign(new vscode.TreeItem(node.label, collapsed), {
          id: node.id,
          description: String(node.count),
          iconPath: new vscode.ThemeIcon(node.typeInfo.icon),
          contextValue: 'group',
        });
      case 'actor':
        return Object.assign(new vscode.TreeItem(node.actor.name, node.relationCount > 0 ? collapsed : vscode.TreeItemCollapsibleState.None), {
          id: node.id,
          description: node.typeInfo.label,
          tooltip: new vscode.MarkdownString(`**${escapeMarkdown(node.actor.name)}**\n\n${escapeMarkdown(node.actor.summary)}`),
          iconPath: new vscode.ThemeIcon(node.typeInfo.icon),
          contextValue: 'actor',
        });
      case 'relationType':
        return Object.assign(new vscode.TreeItem(node.label, collapsed), { id: node.id, description: String(node.count), iconPath: new vscode.ThemeIcon('symbol-event') });
      case 'relation':
        return Object.assign(new vscode.TreeItem(node.label, node.repeated ? vscode.TreeItemCollapsibleState.None : collapsed), {
          id: node.id,
          description: node.repeated ? `${node.description} ${vscode.l10n.t('(shown above)')}`.trim() : node.description,
          tooltip: relationTooltip(node.relation, node.summary),
          iconPath: new vscode.ThemeIcon(node.counterpartType.icon),
          contextValue: 'relation',
          command: { command: Commands.showRelationEvidence, title: vscode.l10n.t('Show Supporting Sentence'), arguments: [node.relation] },
        });
    }
  }

  /** Selects and focuses the actor's node, expanding its group when needed. */
  async reveal(actorId: string): Promise<void> {
    const active = this.store.active;
    const node = active && actorNodeFor(active.graph, this.focus(), actorId, this.filter());
    if (!node) {
      const name = active?.actorsById.get(actorId)?.name ?? actorId;
      void vscode.window.showInformationMessage(vscode.l10n.t('{0} is not in the relationships tree with the current filters.', name));
      return;
    }
    await this.view.reveal(node, { select: true, focus: true, expand: true });
  }

  private async revealArgument(arg: unknown): Promise<void> {
    const actorId = actorIdArgument(arg);
    if (actorId !== undefined) await this.reveal(actorId);
  }

  private focus(): readonly string[] {
    const configured = readSettings().focusActors;
    return configured.length > 0 ? configured : DEFAULT_FOCUS_ACTORS;
  }

  private followEditor(editor: vscode.TextEditor | undefined): void {
    if (!editor || !this.index.isArticle(editor.document)) return;
    this.article = editor.document;
    if (this.state.byArticleDate || this.state.onlyArticleActors) this.refresh();
  }

  private forgetArticle(): void {
    this.article = undefined;
    if (this.state.byArticleDate || this.state.onlyArticleActors) this.refresh();
  }

  private set(change: Partial<FilterState>): void {
    Object.assign(this.state, change);
    void vscode.commands.executeCommand('setContext', ContextKeys.onlyArticleActors, this.state.onlyArticleActors);
    void vscode.commands.executeCommand('setContext', ContextKeys.dateFilter, this.state.byArticleDate);
    this.refresh();
  }

  private async pickTypes(given?: unknown): Promise<void> {
    if (Array.isArray(given)) {
      this.set({ types: given.length > 0 ? given.map(String) : undefined });
      return;
    }
    const active = this.store.active;
    if (!active) return;
    const items = active.graph.relationTypes().map((type) => ({
      label: active.graph.relationTypeLabel(type),
      type,
      picked: !this.state.types || this.state.types.includes(type),
    }));
    const picked = await vscode.window.showQuickPick(items, { canPickMany: true, placeHolder: vscode.l10n.t('Relation types to show') });
    if (picked) this.set({ types: picked.length === items.length ? undefined : picked.map((p) => p.type) });
  }

  private async showEvidence(relation: Relation): Promise<void> {
    const document = this.article;
    if (!document) return;
    const span = this.index.supportingSentence(document, relation.from, relation.to);
    if (!span) {
      vscode.window.setStatusBarMessage(vscode.l10n.t('No sentence of this article names both actors.'), 4000);
      return;
    }
    const range = new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
    const viewColumn = vscode.window.visibleTextEditors.find((e) => e.document === document)?.viewColumn;
    const editor = await vscode.window.showTextDocument(document, { preserveFocus: true, preview: false, ...(viewColumn ? { viewColumn } : {}) });
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private refresh(): void {
    const filter = this.filter();
    const noArticle = vscode.l10n.t('no article open');
    const parts = [
      this.state.byArticleDate ? (filter.at ? vscode.l10n.t('at {0}', formatDate(filter.at)) : this.article ? vscode.l10n.t('article undated') : noArticle) : undefined,
      filter.types ? l10n.plural(filter.types.length, { one: '{0} type', other: '{0} types' }, filter.types.length) : undefined,
      this.state.onlyArticleActors ? (filter.onlyActors ? vscode.l10n.t('this article') : noArticle) : undefined,
    ].filter((p, i, all) => p !== undefined && all.indexOf(p) === i);
    this.view.description = parts.join(' · ') || undefined;
    const active = this.store.active;
    this.view.message = active?.stale
      ? vscode.l10n.t('The workspace fact base has errors; showing its last good version.')
      : active?.source === 'default'
        ? vscode.l10n.t('Showing the shipped Niger-crisis fact base.')
        : undefined;
    void vscode.commands.executeCommand('setContext', ContextKeys.factBaseSource, active?.source);
    void vscode.commands.executeCommand('setContext', ContextKeys.factBaseStale, active?.stale === true);
    this.changed.fire(undefined);
  }
}

function relationTooltip(relation: Relation, heading: string): vscode.MarkdownString {
  const lines = [`**${escapeMarkdown(heading)}**`];
  if (relation.label) lines.push(escapeMarkdown(relation.label));
  const dates = relationDates(relation);
  if (dates) lines.push(escapeMarkdown(dates));
  for (const source of relation.sources) {
    if (source.url && isWebUrl(source.url)) lines.push(`- ${webLink(source.title ?? source.publication ?? source.url, source.url)}`);
    else if (source.quote) lines.push(`- “${escapeMarkdown(source.quote.exact)}”`);
  }
  return new vscode.MarkdownString(lines.join('\n\n'));
}
