import type { GraphFilter, GraphView } from './graphView';

/**
 * The messages between the relationship graph webview and the extension. Types only, so the
 * webview bundle can import them without pulling in any code.
 */

/** Extension → webview: draw `view`, made from `filter`; `revision` grows with every view sent. */
export interface GraphShowMessage {
  readonly type: 'show';
  readonly revision: number;
  readonly view: GraphView;
  readonly filter: GraphFilter;
}

/** Every message the extension posts to the graph webview. */
export type GraphHostMessage = GraphShowMessage;

/** Where a click on an actor leads: its row in the relationships tree, or its fact base entry. */
export type GraphOpenTarget = 'tree' | 'entry';

/** Every message the graph webview posts to the extension. */
export type GraphWebviewMessage =
  /** The script has loaded (again, after the panel was hidden) and wants the current view. */
  | { readonly type: 'ready' }
  /** The user changed the filter bar. */
  | { readonly type: 'filter'; readonly filter: GraphFilter }
  /** The user clicked an actor. */
  | { readonly type: 'open'; readonly actorId: string; readonly target: GraphOpenTarget }
  /** The view of `revision` is drawn; `layoutMs` is 0 when saved positions were reused. */
  | { readonly type: 'rendered'; readonly revision: number; readonly nodes: number; readonly edges: number; readonly layoutMs: number };
