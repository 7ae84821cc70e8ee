import './graph.css';
import { readGraphLabels } from '../core/graphLabels';
import type { GraphLabels } from '../core/graphLabels';
import type { GraphHostMessage, GraphWebviewMessage } from '../core/graphMessages';
import { fillPlaceholders } from '../core/l10n';
import { ActorList } from './actorList';
import { byId } from './dom';
import { FilterBar } from './filterBar';
import { GraphCanvas } from './graphCanvas';
import type { SavedLayout } from './graphCanvas';

// The relationship graph webview. The extension owns the filter and computes the view in core;
// this page draws it, reports the user's choices, and keeps node positions and zoom with
// setState so a hidden panel comes back as it was without a new layout.
const vscode = acquireVsCodeApi<SavedLayout>();
const post = (message: GraphWebviewMessage): void => vscode.postMessage(message);
let saved = vscode.getState();
const labels = pageLabels();

const summary = byId('summary');
const detail = byId('detail');
const graph = byId('graph');
const filters = new FilterBar(byId<HTMLFormElement>('filters'), labels, (filter) => post({ type: 'filter', filter }));
const actors = new ActorList(byId<HTMLDetailsElement>('actors'), labels, (actorId, target) => post({ type: 'open', actorId, target }));
const canvas = new GraphCanvas(graph, labels, {
  open: (actorId, target) => post({ type: 'open', actorId, target }),
  describe: (text) => (detail.textContent = text),
  moved: (layout) => {
    saved = layout;
    vscode.setState(layout);
  },
});

let drawing = Promise.resolve();
let latest = 0;
window.addEventListener('message', (event: MessageEvent<GraphHostMessage>) => {
  const message = event.data;
  if (message.type !== 'show' || message.revision <= latest) return;
  latest = message.revision;
  filters.render(message.view, message.filter);
  summary.textContent = message.view.summary;
  actors.render(message.view.nodes);
  // One drawing at a time; a view that a newer one replaced while it waited is skipped.
  drawing = drawing
    .then(async () => {
      if (message.revision !== latest) return;
      graph.setAttribute('aria-busy', 'true');
      const layoutMs = await canvas.draw(message.view, saved);
      graph.setAttribute('aria-busy', 'false');
      post({ type: 'rendered', revision: message.revision, nodes: message.view.nodes.length, edges: message.view.edges.length, layoutMs });
    })
    .catch((error: unknown) => {
      detail.textContent = fillPlaceholders(labels.drawFailed, String(error));
    });
});

// VS Code swaps the body's theme class and the --vscode-* variables when the colour theme changes.
new MutationObserver(() => canvas.restyle()).observe(document.body, { attributes: true, attributeFilter: ['class'] });

post({ type: 'ready' });

/** The words the extension localised for this page (graphHtml's data-labels), English where missing. */
function pageLabels(): GraphLabels {
  try {
    return readGraphLabels(JSON.parse(document.body.dataset.labels ?? 'null'));
  } catch {
    return readGraphLabels(undefined);
  }
}
