import * as vscode from 'vscode';
import { graphLabels } from '../core/graphLabels';
import type { GraphHostMessage, GraphWebviewMessage } from '../core/graphMessages';
import { DEFAULT_GRAPH_FILTER, buildGraphView, chooseFocusActors } from '../core/graphView';
import type { GraphFilter, GraphView } from '../core/graphView';
import { readGraphMessage } from '../core/readGraphMessage';
import { Disposable } from './disposable';
import type { FactBaseStore } from './factBaseStore';
import { graphHtml, makeNonce } from './graphHtml';
import { Commands, Settings, WebviewPanels } from './ids';


/** What the webview reported after drawing a view. */
export interface GraphRender {
  readonly revision: number;
  readonly nodes: number;
  readonly edges: number;
  readonly layoutMs: number;
}

/** The open graph panel as tests and other extensions see it. */
export interface GraphPanelState {
  readonly visible: boolean;
  /** Ids of the actors and relations the current filter shows (computed in core, as sent to the webview). */
  readonly shown: { readonly actors: readonly string[]; readonly relations: readonly string[] };
  readonly focus: readonly string[];
  readonly filter: GraphFilter;
  /** Grows with every view sent to the webview. */
  readonly revision: number;
  /** The last view the webview drew, if it has drawn one. */
  readonly rendered: GraphRender | undefined;
  /** Applies a filter the way the webview's filter bar does (missing fields: the defaults). */
  setFilter(filter: Partial<GraphFilter>): void;
}

/** The relationship graph: one webview panel at a time, redrawn when the fact base or filter changes. */
export class GraphPanel extends Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private filter: GraphFilter = DEFAULT_GRAPH_FILTER;
  private focus: readonly string[] = [];
  private view: GraphView | undefined;
  private revision = 0;
  private rendered: GraphRender | undefined;
  /** The page has loaded and asked for the view; it loads again each time a hidden panel is shown. */
  private pageReady = false;

  constructor(
    private readonly store: FactBaseStore,
    private readonly extensionUri: vscode.Uri,
  ) {
    super();
    this.register(store.onDidChange(() => this.update()));
    this.register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${Settings.section}.${Settings.focusActors}`)) this.update();
      }),
    );
    this.register({
      dispose: () => {
        this.panel?.dispose();
      },
    });
  }

  /** Opens the panel, or reveals it when it is already open. */
  async show(): Promise<void> {
    if (this.panel) {
      this.panel.reveal();
      return;
    }
    await this.store.ready();
    if (this.panel || this.isDisposed) return;
    const root = vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview');
    const column = vscode.window.activeTextEditor ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    const panel = vscode.window.createWebviewPanel(WebviewPanels.graph, vscode.l10n.t('Relationship Graph'), column, {
      enableScripts: true,
      // The page loads graph.js and graph.css and nothing else.
      localResourceRoots: [root],
    });
    this.panel = panel;
    const asset = (name: string): string => panel.webview.asWebviewUri(vscode.Uri.joinPath(root, name)).toString();
    const text = {
      lang: vscode.env.language,
      title: vscode.l10n.t('Relationship Graph'),
      filters: vscode.l10n.t('Graph filters'),
      graph: vscode.l10n.t('Relationship graph of the shown actors; the list below offers the same actors to the keyboard'),
      loading: vscode.l10n.t('Loading the graph…'),
    };
    const labels = graphLabels();
    panel.webview.html = graphHtml({ cspSource: panel.webview.cspSource, nonce: makeNonce(), scriptUri: asset('graph.js'), styleUri: asset('graph.css'), text, labels });
    panel.webview.onDidReceiveMessage((m: unknown) => this.receive(m));
    panel.onDidChangeViewState(() => {
      // Hidden, the page is unloaded (state lives in the webview's setState); it says when it is back.
      if (!panel.visible) {
        this.pageReady = false;
        this.rendered = undefined;
      }
    });
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.rendered = undefined;
      this.pageReady = false;
    });
    this.update();
  }

  /** The open panel's state, or undefined when no panel is open. */
  state(): GraphPanelState | undefined {
    const panel = this.panel;
    if (!panel) return undefined;
    return {
      visible: panel.visible,
      shown: { actors: this.view?.nodes.map((n) => n.id) ?? [], relations: this.view?.edges.map((e) => e.id) ?? [] },
      focus: this.focus,
      filter: this.filter,
      revision: this.revision,
      rendered: this.rendered,
      setFilter: (filter) => this.receive({ type: 'filter', filter: { ...DEFAULT_GRAPH_FILTER, ...filter } }),
    };
  }

  private update(): void {
    const active = this.store.active;
    if (!this.panel || !active) return;
    const wanted = vscode.workspace.getConfiguration(Settings.section).get<unknown>(Settings.focusActors);
    this.focus = chooseFocusActors(active.graph, Array.isArray(wanted) ? wanted.filter((id): id is string => typeof id === 'string') : undefined);
    this.view = buildGraphView(active.graph, this.focus, this.filter);
    this.revision += 1;
    this.post();
  }

  private post(): void {
    if (!this.panel || !this.view || !this.pageReady) return;
    const message: GraphHostMessage = { type: 'show', revision: this.revision, view: this.view, filter: this.filter };
    void this.panel.webview.postMessage(message);
  }

  private receive(value: unknown): void {
    const message: GraphWebviewMessage | undefined = readGraphMessage(value);
    switch (message?.type) {
      case 'ready':
        this.pageReady = true;
        this.post();
        break;
      case 'filter':
        this.filter = message.filter;
        this.update();
        break;
      case 'rendered':
        this.rendered = { revision: message.revision, nodes: message.nodes, edges: message.edges, layoutMs: message.layoutMs };
        break;
      case 'open':
        (message.target === 'entry' ? this.openEntry(message.actorId) : this.revealInTree(message.actorId)).then(undefined, (e: unknown) => {
          void vscode.window.showErrorMessage(vscode.l10n.t('News Lens could not open the actor: {0}', String(e)));
        });
        break;
      default:
        break;
    }
  }

  private async revealInTree(actorId: string): Promise<void> {
    await vscode.commands.executeCommand(Commands.revealInTree, actorId);
  }

  private async openEntry(actorId: string): Promise<void> {
    // The entry opens in the active editor group; make that another group than the graph's, so
    // the graph stays in sight (Focus Second Editor Group creates the group when there is none).
    const other = this.panel?.viewColumn === vscode.ViewColumn.One ? 'workbench.action.focusSecondEditorGroup' : 'workbench.action.focusFirstEditorGroup';
    await vscode.commands.executeCommand(other);
    await vscode.commands.executeCommand(Commands.goToFactBaseEntry, actorId);
  }
}
