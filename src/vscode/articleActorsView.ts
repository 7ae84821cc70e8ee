import * as vscode from 'vscode';
import { actorTypeInfo } from '../core/actorTypes';
import { basenamePath } from '../core/factBase/paths';
import { adjacentMention, countMentions } from '../core/mentions';
import type { Actor, ActorTypeInfo } from '../core/types';
import { mentionRange } from './convert';
import { Disposable } from './disposable';
import type { FactBaseStore } from './factBaseStore';
import { Commands, ContextKeys, Views } from './ids';
import type { MentionIndex } from './mentionIndex';

/** One row: an actor of the article and how often it is mentioned. */
export interface ArticleActor {
  readonly actor: Actor;
  readonly type: ActorTypeInfo;
  readonly count: number;
}

/** "Actors in this article": the active article's actors, most mentioned first. */
export class ArticleActorsView extends Disposable implements vscode.TreeDataProvider<ArticleActor> {
  private readonly changed = this.register(new vscode.EventEmitter<undefined>());
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<ArticleActor>;
  private document: vscode.TextDocument | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly store: FactBaseStore,
    private readonly index: MentionIndex,
  ) {
    super();
    this.view = this.register(vscode.window.createTreeView(Views.articleActors, { treeDataProvider: this }));
    this.register(store.onDidChange(() => this.changed.fire(undefined)));
    this.register(vscode.window.onDidChangeActiveTextEditor((e) => this.follow(e)));
    this.register(vscode.workspace.onDidChangeTextDocument((e) => e.document === this.document && this.later()));
    this.register(vscode.workspace.onDidCloseTextDocument((d) => d === this.document && this.show(undefined)));
    this.register({ dispose: () => this.timer && clearTimeout(this.timer) });
    this.register(vscode.commands.registerCommand(Commands.goToNextMentionOf, (actorId: unknown) => this.goToNext(String(actorId))));
    this.follow(vscode.window.activeTextEditor);
  }

  getChildren(element?: ArticleActor): ArticleActor[] {
    const active = this.store.active;
    if (element || !active || !this.document || this.document.isClosed) return [];
    return countMentions(this.index.mentionsOf(this.document)).flatMap(({ actorId, count }) => {
      const actor = active.actorsById.get(actorId);
      return actor ? [{ actor, type: actorTypeInfo(active.factBase, actor.type), count }] : [];
    });
  }

  getTreeItem({ actor, type, count }: ArticleActor): vscode.TreeItem {
    return Object.assign(new vscode.TreeItem(actor.name), {
      id: actor.id,
      description: vscode.l10n.t('{0} × · {1}', count, type.label),
      tooltip: actor.summary,
      iconPath: new vscode.ThemeIcon(type.icon),
      contextValue: 'articleActor',
      command: { command: Commands.goToNextMentionOf, title: vscode.l10n.t('Go to Next Mention'), arguments: [actor.id] },
    });
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    if (editor && !this.index.isArticle(editor.document)) return;
    this.show(editor?.document);
  }

  private show(document: vscode.TextDocument | undefined): void {
    this.document = document;
    this.view.description = this.document ? basenamePath(this.document.uri.path) : undefined;
    void vscode.commands.executeCommand('setContext', ContextKeys.articleOpen, this.document !== undefined);
    this.changed.fire(undefined);
  }

  private later(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.changed.fire(undefined), 300);
  }

  /** Selects the actor's next mention after the cursor in the article (wrapping around). */
  private async goToNext(actorId: string): Promise<void> {
    const document = this.document;
    if (!document) return;
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    const target = adjacentMention(this.index.mentionsOf(document), actorId, document.offsetAt(editor.selection.end), 'next');
    if (!target) return;
    const range = mentionRange(document, target);
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}
