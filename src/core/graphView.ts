import { isValidPartialDate } from './dates';
import { BUILT_IN_ACTOR_TYPES, displayTypeLabel, labelFromId } from './factBase/vocabulary';
import { DEFAULT_FOCUS_ACTORS } from './graph';
import type { RelationFilter, RelationGraph } from './graph';
import { l10n } from './l10n';
import { HIGHLIGHT_STYLES } from './mentions';
import type { HighlightStyle } from './mentions';
import { countActors, countRelations } from './counts';

/**
 * What the graph's filter bar asks for. Types are listed as hidden, not shown, so that a type new
 * to the fact base appears without the user ticking it.
 */
export interface GraphFilter {
  /** Every actor of a shown type, instead of the focus actors and their neighbours. */
  readonly showAll: boolean;
  readonly hiddenRelationTypes: readonly string[];
  readonly hiddenActorTypes: readonly string[];
  /** Keep only relations valid on this `YYYY[-MM[-DD]]` date; empty means any date. */
  readonly at: string;
}

/** The filter a new graph starts with: focus actors and neighbours, every type, any date. */
export const DEFAULT_GRAPH_FILTER: GraphFilter = { showAll: false, hiddenRelationTypes: [], hiddenActorTypes: [], at: '' };

/** One actor drawn in the graph; `style` picks its colour, `focus` marks a focus actor. */
export interface GraphNode {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly typeLabel: string;
  readonly style: HighlightStyle;
  readonly focus: boolean;
}

/** One relation drawn in the graph; `directed` is false for mutual relations (no arrow head). */
export interface GraphEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: string;
  /** The relation type's label, drawn on the edge. */
  readonly label: string;
  /** The relation's own label and dates, for a detail line. */
  readonly detail?: string;
  readonly directed: boolean;
}

/** A type the user can show or hide, with how many of it the fact base has. */
export interface GraphTypeOption {
  readonly id: string;
  readonly label: string;
  readonly style?: HighlightStyle;
  readonly count: number;
}

/** Everything the graph panel draws, derived from one filter; nodes and edges in a stable order. */
export interface GraphView {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  /** Every relation type of the fact base, for the filter checkboxes, sorted by label. */
  readonly relationTypes: readonly GraphTypeOption[];
  /** Every actor type of the fact base, sorted by label. */
  readonly actorTypes: readonly GraphTypeOption[];
  /** `N actors, M relations shown`. */
  readonly summary: string;
  /** Why the date was ignored, when it was not a valid `YYYY[-MM[-DD]]`. */
  readonly dateProblem?: string;
}

/** How many focus actors are picked by relation count when none of the wanted ones exist. */
export const FALLBACK_FOCUS_COUNT = 4;

const byLabel = (a: { label: string; id: string }, b: { label: string; id: string }): number =>
  a.label.localeCompare(b.label, 'en', { sensitivity: 'base' }) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The highlight style (and so the colour) of an actor type; undeclared-by-default types share `other`. */
export function styleOfType(type: string): HighlightStyle {
  return (HIGHLIGHT_STYLES as readonly string[]).includes(type) ? (type as HighlightStyle) : 'other';
}

/**
 * The focus actors that exist: the wanted ones (a setting), else DEFAULT_FOCUS_ACTORS, else the
 * FALLBACK_FOCUS_COUNT actors with the most relations (ties by id), so a fact base that replaces
 * the shipped one still opens on something.
 */
export function chooseFocusActors(graph: RelationGraph, wanted: readonly string[] | undefined): string[] {
  for (const ids of [wanted ?? [], DEFAULT_FOCUS_ACTORS]) {
    const found = [...new Set(ids)].filter((id) => graph.actor(id) !== undefined);
    if (found.length > 0) return found;
  }
  return graph.factBase.actors
    .map((a) => ({ id: a.id, degree: graph.neighbours(a.id).length }))
    .filter((a) => a.degree > 0)
    .sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, FALLBACK_FOCUS_COUNT)
    .map((a) => a.id);
}

/** `1 actor, 2 relations shown`, in the current language. */
export function graphSummary(actors: number, relations: number): string {
  return l10n.t('{0}, {1} shown', countActors(actors), countRelations(relations));
}

// The graph's detail line shows dates as written in the fact base (`2023-07-30`), as the date filter takes them.
function relationDetail(label: string | undefined, since: string | undefined, until: string | undefined): string | undefined {
  const when =
    since !== undefined && until !== undefined
      ? l10n.t('{0} – {1}', since, until)
      : since !== undefined
        ? l10n.t('since {0}', since)
        : until !== undefined
          ? l10n.t('until {0}', until)
          : undefined;
  const parts = [label, when].filter((p): p is string => p !== undefined && p !== '');
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

function actorTypeLabel(graph: RelationGraph, type: string): string {
  const info = graph.factBase.actorTypes.find((t) => t.id === type) ?? BUILT_IN_ACTOR_TYPES.find((t) => t.id === type);
  return info ? displayTypeLabel(info) : labelFromId(type);
}

function typeOptions(graph: RelationGraph): { actorTypes: GraphTypeOption[]; relationTypes: GraphTypeOption[] } {
  const count = (values: readonly string[]): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    return counts;
  };
  const actorCounts = count(graph.factBase.actors.map((a) => a.type));
  const relationCounts = count(graph.factBase.relations.map((r) => r.type));
  return {
    actorTypes: [...actorCounts]
      .map(([id, n]) => ({ id, label: actorTypeLabel(graph, id), style: styleOfType(id), count: n }))
      .sort(byLabel),
    relationTypes: [...relationCounts].map(([id, n]) => ({ id, label: graph.relationTypeLabel(id), count: n })).sort(byLabel),
  };
}

/**
 * The actors and relations the graph shows for `filter`: with `showAll`, every actor of a shown
 * type; otherwise the focus actors and their neighbours through relations that pass the filter.
 * Either way, actors of hidden types are left out and only relations passing the type and date
 * filters among the shown actors are drawn. An invalid date is ignored and reported in `dateProblem`.
 */
export function buildGraphView(graph: RelationGraph, focus: readonly string[], filter: GraphFilter): GraphView {
  const at = filter.at.trim();
  const dateOk = at === '' || isValidPartialDate(at);
  const hiddenRelations = new Set(filter.hiddenRelationTypes);
  const hiddenActors = new Set(filter.hiddenActorTypes);
  const relationFilter: RelationFilter = {
    types: graph.relationTypes().filter((t) => !hiddenRelations.has(t)),
    ...(dateOk && at !== '' ? { at } : {}),
  };
  const shownType = (id: string): boolean => !hiddenActors.has(graph.actor(id)?.type ?? '');

  const candidates = filter.showAll
    ? graph.factBase.actors.map((a) => a.id)
    : [...focus, ...focus.filter(shownType).flatMap((id) => graph.neighbours(id, relationFilter).map((n) => n.counterpartId))];
  const subset = graph.subgraph([...new Set(candidates)].filter(shownType), relationFilter);
  const focusSet = new Set(focus);

  const nodes = subset.actors.map(
    (a): GraphNode => ({ id: a.id, name: a.name, type: a.type, typeLabel: actorTypeLabel(graph, a.type), style: styleOfType(a.type), focus: focusSet.has(a.id) }),
  );
  const edges = subset.relations.map((r): GraphEdge => {
    const detail = relationDetail(r.label, r.since, r.until);
    const edge = { id: r.id, source: r.from, target: r.to, type: r.type, label: subset.typeLabels.get(r.type) ?? r.type, directed: !r.mutual };
    return detail === undefined ? edge : { ...edge, detail };
  });
  const view = { nodes, edges, ...typeOptions(graph), summary: graphSummary(nodes.length, edges.length) };
  return dateOk ? view : { ...view, dateProblem: l10n.t('“{0}” is not a date; write YYYY, YYYY-MM or YYYY-MM-DD. Showing every date.', at) };
}
