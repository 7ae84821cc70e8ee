import * as vscode from 'vscode';
import type { Actor, Mention, Relation } from '../core/types';
import type { FactBaseChoice, FactBaseSource, FactBaseStore } from './factBaseStore';
import type { GraphPanel, GraphPanelState } from './graphPanel';
import type { MentionIndex, Skip } from './mentionIndex';
import type { ArticleActorsView } from './articleActorsView';
import type { RelationshipsView } from './relationshipsView';
import type { TreeNode } from '../core/relationTree';

/** A mention as other extensions and tests see it. */
export interface ApiMention extends Mention {
  readonly range: vscode.Range;
  readonly text: string;
  readonly name: string;
  readonly type: string;
}

/** What `activate()` returns: read-only access to News Lens's view of the workspace. */
export interface NewsLensApi {
  readonly version: string;
  /** Resolves once the fact base has loaded and no reload is pending. */
  ready(): Promise<void>;
  /** Mentions of the document (opened if a Uri is given), in document order. */
  mentions(target: vscode.TextDocument | vscode.Uri): Promise<ApiMention[]>;
  /** The active fact base, or undefined before the first load. */
  factBase():
    | { actors: readonly Actor[]; relations: readonly Relation[]; source: FactBaseSource; files: readonly vscode.Uri[]; stale: boolean; choice: FactBaseChoice; entries: readonly vscode.Uri[] }
    | undefined;
  /** Fires after the active fact base changed (reload, edit, setting). */
  readonly onDidChangeFactBase: vscode.Event<void>;
  /** Why a document gets no mentions ('language', 'too-large', 'loading'), or undefined when it does. */
  skipReason(document: vscode.TextDocument): Skip | undefined;
  /** The relationship graph panel while it is open: what it shows, its filter, what the webview drew. */
  graphPanel(): GraphPanelState | undefined;
  /** The Relationships view's nodes (top level without a node) under its current filters. */
  relationshipNodes(node?: TreeNode): TreeNode[];
  /** The actor id selected in the Relationships view, if an actor row is selected. */
  relationshipsSelection(): string | undefined;
  /** The Relationships view's description (its filters) and message (where the fact base comes from). */
  relationshipsHeader(): { description?: string; message?: string };
  /** The Actors in This Article view's rows, most mentioned first. */
  articleActors(): { actorId: string; name: string; count: number }[];
}

/** The parts the API reads from. */
export interface ApiSources {
  readonly store: FactBaseStore;
  readonly index: MentionIndex;
  readonly graph: GraphPanel;
  readonly relationships: RelationshipsView;
  readonly articleActors: ArticleActorsView;
}

/** Builds the API object over the store and the mention index. */
export function createApi(version: string, { store, index, graph, relationships, articleActors }: ApiSources): NewsLensApi {
  const changed = new vscode.EventEmitter<void>();
  store.onDidChange(() => changed.fire());
  return {
    version,
    ready: async () => {
      await store.ready();
    },
    async mentions(target) {
      await store.ready();
      const document = target instanceof vscode.Uri ? await vscode.workspace.openTextDocument(target) : target;
      const active = store.active;
      return index.mentionsOf(document).map((m) => {
        const range = new vscode.Range(document.positionAt(m.start), document.positionAt(m.end));
        const actor = active?.actorsById.get(m.actorId);
        return { ...m, range, text: document.getText(range), name: actor?.name ?? m.actorId, type: actor?.type ?? 'unknown' };
      });
    },
    factBase() {
      const active = store.active;
      return active && { actors: active.factBase.actors, relations: active.factBase.relations, source: active.source, files: active.files, stale: active.stale, choice: active.choice, entries: active.entries };
    },
    onDidChangeFactBase: changed.event,
    skipReason: (document) => index.skipReason(document),
    relationshipNodes: (node) => relationships.getChildren(node),
    relationshipsHeader: () => ({ description: relationships.view.description, message: relationships.view.message }),
    relationshipsSelection: () => {
      const [node] = relationships.view.selection;
      return node?.kind === 'actor' ? node.actor.id : undefined;
    },
    articleActors: () => articleActors.getChildren().map(({ actor, count }) => ({ actorId: actor.id, name: actor.name, count })),
    graphPanel: () => graph.state(),
  };
}
