import { DEFAULT_GRAPH_FILTER } from './graphView';
import type { GraphFilter } from './graphView';
import type { GraphWebviewMessage } from './graphMessages';

type Fields = Record<string, unknown>;

const isFields = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const strings = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined;
const count = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined);

/** A filter from untrusted data: each field of the wrong shape falls back to DEFAULT_GRAPH_FILTER's. */
export function readGraphFilter(value: unknown): GraphFilter {
  const v = isFields(value) ? value : {};
  return {
    showAll: typeof v.showAll === 'boolean' ? v.showAll : DEFAULT_GRAPH_FILTER.showAll,
    hiddenRelationTypes: strings(v.hiddenRelationTypes) ?? DEFAULT_GRAPH_FILTER.hiddenRelationTypes,
    hiddenActorTypes: strings(v.hiddenActorTypes) ?? DEFAULT_GRAPH_FILTER.hiddenActorTypes,
    at: typeof v.at === 'string' ? v.at : DEFAULT_GRAPH_FILTER.at,
  };
}

/** A message posted by the graph webview, or undefined when it is not one it may send. */
export function readGraphMessage(value: unknown): GraphWebviewMessage | undefined {
  if (!isFields(value)) return undefined;
  switch (value.type) {
    case 'ready':
      return { type: 'ready' };
    case 'filter':
      return { type: 'filter', filter: readGraphFilter(value.filter) };
    case 'open':
      return typeof value.actorId === 'string' && (value.target === 'tree' || value.target === 'entry')
        ? { type: 'open', actorId: value.actorId, target: value.target }
        : undefined;
    case 'rendered': {
      const [revision, nodes, edges, layoutMs] = [value.revision, value.nodes, value.edges, value.layoutMs].map(count);
      return revision === undefined || nodes === undefined || edges === undefined || layoutMs === undefined
        ? undefined
        : { type: 'rendered', revision, nodes, edges, layoutMs };
    }
    default:
      return undefined;
  }
}
