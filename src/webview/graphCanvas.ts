import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { nodeDescription } from '../core/graphLabels';
import type { GraphLabels } from '../core/graphLabels';
import type { GraphOpenTarget } from '../core/graphMessages';
import type { GraphView } from '../core/graphView';
import { BIG_GRAPH, graphStylesheet } from './graphTheme';

cytoscape.use(fcose);

/** Where the nodes were and how the user zoomed: kept with setState while the panel is hidden. */
export interface SavedLayout {
  readonly positions: Readonly<Record<string, cytoscape.Position>>;
  readonly zoom: number;
  readonly pan: cytoscape.Position;
}

/** What the canvas tells the page about. */
export interface CanvasEvents {
  open(actorId: string, target: GraphOpenTarget): void;
  describe(text: string): void;
  moved(layout: SavedLayout): void;
}

/** How long a first click waits to see whether it is the start of a double click. */
const DOUBLE_CLICK_MS = 300;

/** The drawn graph: cytoscape with an fcose layout, no animation, coloured from the theme. */
export class GraphCanvas {
  private cy: cytoscape.Core;
  private big = false;
  private pendingClick: ReturnType<typeof setTimeout> | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly container: HTMLElement,
    private readonly labels: GraphLabels,
    private readonly events: CanvasEvents,
  ) {
    this.cy = this.create();
  }

  /**
   * Draws `view` and resolves with the layout time in ms: 0 when the same actors are drawn again
   * (their positions stay) or `saved` places every one of them; otherwise an fcose layout runs.
   */
  async draw(view: GraphView, saved: SavedLayout | undefined): Promise<number> {
    const current = new Map(this.cy.nodes().map((n) => [n.id(), { ...n.position() }]));
    const ids = view.nodes.map((n) => n.id);
    const same = ids.length === current.size && ids.every((id) => current.has(id));
    const positions = same ? Object.fromEntries(current) : saved && ids.every((id) => saved.positions[id]) ? saved.positions : undefined;
    if (ids.length > BIG_GRAPH !== this.big) {
      // Big graphs draw a bitmap while panning and zooming: an option cytoscape takes at creation.
      this.big = !this.big;
      this.cy.destroy();
      this.cy = this.create();
    }
    const cy = this.cy;
    cy.batch(() => {
      cy.elements().remove();
      cy.add([
        ...view.nodes.map((n, i) => ({
          group: 'nodes' as const,
          data: { id: n.id, name: n.name, typeLabel: n.typeLabel },
          classes: n.focus ? [n.style, 'focus'] : [n.style],
          // Until the layout runs, a grid: nodes piled on one point make cytoscape warn about every edge.
          position: positions?.[n.id] ? { ...positions[n.id]! } : { x: (i % 25) * 40, y: Math.floor(i / 25) * 40 },
        })),
        ...view.edges.map((e) => ({
          group: 'edges' as const,
          data: { id: `edge:${e.id}`, source: e.source, target: e.target, label: e.label, detail: e.detail ?? '' },
          classes: e.directed ? [] : ['mutual'],
        })),
      ]);
    });
    this.restyle();

    if (positions) {
      if (!same && saved) cy.viewport({ zoom: saved.zoom, pan: saved.pan });
      return 0;
    }
    const started = performance.now();
    const layout = cy.layout(layoutOptions(view.nodes.length));
    const stopped = layout.promiseOn('layoutstop');
    layout.run();
    await stopped;
    const layoutMs = performance.now() - started;
    this.saveSoon();
    return layoutMs;
  }

  /** Reapplies the theme's colours, after a theme change. */
  restyle(): void {
    this.cy.style(graphStylesheet(this.cy.nodes().length, this.cy.edges().length));
  }

  private create(): cytoscape.Core {
    const cy = cytoscape({
      container: this.container,
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      textureOnViewport: this.big,
      hideEdgesOnViewport: this.big,
      style: graphStylesheet(0, 0),
    });
    cy.on('tap', 'node', (e) => this.onClick(e));
    cy.on('dbltap', 'node', (e) => {
      clearTimeout(this.pendingClick);
      this.events.open((e.target as cytoscape.NodeSingular).id(), 'entry');
    });
    cy.on('mouseover', 'node', (e) => {
      const node = e.target as cytoscape.NodeSingular;
      this.container.style.cursor = 'pointer';
      this.events.describe(describeNode(node, this.labels));
      // Bring the actor's own relations forward, with their labels.
      cy.elements().not(node.closedNeighborhood()).addClass('faded');
      node.connectedEdges().addClass('labelled');
    });
    cy.on('mouseover', 'edge', (e) => this.events.describe(describeEdge(e.target as cytoscape.EdgeSingular)));
    cy.on('mouseout', 'node, edge', () => {
      this.container.style.cursor = '';
      this.events.describe('');
      cy.elements().removeClass('faded labelled');
    });
    cy.on('select', 'node', (e) => (e.target as cytoscape.NodeSingular).connectedEdges().addClass('pinned'));
    cy.on('unselect', 'node', (e) => (e.target as cytoscape.NodeSingular).connectedEdges().removeClass('pinned'));
    cy.on('dragfree viewport', () => this.saveSoon());
    return cy;
  }

  private onClick(e: cytoscape.EventObject): void {
    const id = (e.target as cytoscape.NodeSingular).id();
    const original = e.originalEvent as MouseEvent | undefined;
    clearTimeout(this.pendingClick);
    if (original && (original.ctrlKey || original.metaKey || original.altKey)) {
      this.events.open(id, 'entry');
      return;
    }
    this.pendingClick = setTimeout(() => this.events.open(id, 'tree'), DOUBLE_CLICK_MS);
  }

  private saveSoon(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      const positions = Object.fromEntries(this.cy.nodes().map((n) => [n.id(), { ...n.position() }]));
      this.events.moved({ positions, zoom: this.cy.zoom(), pan: { ...this.cy.pan() } });
    }, 200);
  }
}

function layoutOptions(nodeCount: number): cytoscape.LayoutOptions {
  const big = nodeCount > BIG_GRAPH;
  // fcose: spectral placement then a short force-directed pass; no animation, so the time is the
  // layout's alone. Big graphs use fewer iterations and no packing of disconnected parts.
  return {
    name: 'fcose',
    quality: 'default',
    randomize: true,
    animate: false,
    fit: true,
    padding: 30,
    nodeDimensionsIncludeLabels: false,
    packComponents: false,
    numIter: big ? 1000 : 2500,
    nodeRepulsion: () => (big ? 6000 : 20000),
    idealEdgeLength: () => (big ? 60 : 110),
    nodeSeparation: 90,
  } as cytoscape.BaseLayoutOptions;
}

function describeNode(node: cytoscape.NodeSingular, labels: GraphLabels): string {
  const relations = node.degree(false);
  const name = node.data('name') as string;
  const type = node.data('typeLabel') as string;
  return nodeDescription(labels, name, type, relations);
}

function describeEdge(edge: cytoscape.EdgeSingular): string {
  const detail = edge.data('detail') as string;
  const arrow = edge.hasClass('mutual') ? '↔' : '→';
  const text = `${edge.source().data('name') as string} ${arrow} ${edge.target().data('name') as string}: ${edge.data('label') as string}`;
  return detail ? `${text} (${detail})` : text;
}
