import { actorTypeInfo } from './actorTypes';
import { formatInterval } from './dates';
import type { RelationDirection, RelationGraph } from './graph';
import { l10n } from './l10n';
import type { Actor, ActorTypeInfo, Relation } from './types';

/** What the relationships tree shows: relation types, a date, and/or only some actors. */
export interface TreeFilter {
  readonly types?: readonly string[];
  readonly at?: string;
  /** When set, only these actors (e.g. those of the current article) appear, as nodes and counterparts. */
  readonly onlyActors?: ReadonlySet<string>;
}

/** A node of the relationships tree; `id` is stable across refreshes (built from the path). */
export type TreeNode = GroupNode | ActorNode | RelationTypeNode | RelationNode;

/** Top-level group of the non-focus actors of one type. */
export interface GroupNode {
  readonly kind: 'group';
  readonly id: string;
  readonly actorType: string;
  /** The type's label and codicon, as the fact base declares them. */
  readonly typeInfo: ActorTypeInfo;
  readonly label: string;
  readonly count: number;
}

/** An actor at the top level or inside a type group. */
export interface ActorNode {
  readonly kind: 'actor';
  readonly id: string;
  readonly actor: Actor;
  readonly typeInfo: ActorTypeInfo;
  readonly parent?: GroupNode;
  readonly relationCount: number;
}

/** The relations of one type around the actor at the end of `path`. */
export interface RelationTypeNode {
  readonly kind: 'relationType';
  readonly id: string;
  readonly relationType: string;
  readonly label: string;
  readonly count: number;
  /** Actor ids from the top-level actor down to the one these relations belong to. */
  readonly path: readonly string[];
}

/** One relation, seen from the actor at the end of `path`; expands into the counterpart's relations. */
export interface RelationNode {
  readonly kind: 'relation';
  readonly id: string;
  readonly relation: Relation;
  readonly direction: RelationDirection;
  readonly counterpart: Actor;
  /** The counterpart's type, for its icon (the label already shows the direction). */
  readonly counterpartType: ActorTypeInfo;
  readonly path: readonly string[];
  /** The counterpart is already on the path: shown, but not expanded again. */
  readonly repeated: boolean;
  /** Direction arrow and counterpart: "↔ Mali". */
  readonly label: string;
  /** Dates, then the relation's own label (which can be long). */
  readonly description: string;
  /** The relation as a phrase from its source to its target: "ECOWAS sanctions Niger". */
  readonly summary: string;
}

const ARROWS: Record<RelationDirection, string> = { out: '→', in: '←', mutual: '↔' };
const collator = new Intl.Collator('en', { sensitivity: 'base' });

/** The built-in actor types, in the order their groups are listed. */
const GROUP_ORDER = ['person', 'country', 'organization', 'armed-group', 'place'];

/** The plural label of a built-in actor type, for its group node; declared types get their own label. */
function groupLabel(type: string): string | undefined {
  switch (type) {
    case 'person':
      return l10n.t('People');
    case 'country':
      return l10n.t('Countries');
    case 'organization':
      return l10n.t('Organisations');
    case 'armed-group':
      return l10n.t('Armed groups');
    case 'place':
      return l10n.t('Places');
    default:
      return undefined;
  }
}

function neighboursOf(graph: RelationGraph, actorId: string, filter: TreeFilter): ReturnType<RelationGraph['neighbours']> {
  const options = { ...(filter.types ? { types: filter.types } : {}), ...(filter.at ? { at: filter.at } : {}) };
  return graph.neighbours(actorId, options).filter((n) => !filter.onlyActors || filter.onlyActors.has(n.counterpartId));
}

function actorNode(graph: RelationGraph, actor: Actor, filter: TreeFilter, parent?: GroupNode): ActorNode {
  return {
    kind: 'actor',
    id: parent ? `${parent.id}/a:${actor.id}` : `a:${actor.id}`,
    actor,
    typeInfo: actorTypeInfo(graph.factBase, actor.type),
    ...(parent ? { parent } : {}),
    relationCount: neighboursOf(graph, actor.id, filter).length,
  };
}

/** The date range of a relation for display: "since 16 Sep 2023", "30 Jul 2023 – 24 Feb 2024", or "". */
export function relationDates(relation: Relation): string {
  return formatInterval({ ...(relation.since ? { since: relation.since } : {}), ...(relation.until ? { until: relation.until } : {}) }) ?? '';
}

/**
 * Top level: the focus actors that exist (in the given order), then one group per actor type of
 * the remaining actors (built-in types first). Filters by `onlyActors` apply to both.
 */
export function treeRoots(graph: RelationGraph, focus: readonly string[], filter: TreeFilter = {}): TreeNode[] {
  const visible = (a: Actor): boolean => !filter.onlyActors || filter.onlyActors.has(a.id);
  const focusActors = focus.map((id) => graph.actor(id)).filter((a): a is Actor => !!a && visible(a));
  const focusIds = new Set(focusActors.map((a) => a.id));
  const byType = new Map<string, Actor[]>();
  for (const actor of graph.factBase.actors) {
    if (focusIds.has(actor.id) || !visible(actor)) continue;
    byType.set(actor.type, [...(byType.get(actor.type) ?? []), actor]);
  }
  const order = GROUP_ORDER;
  const types = [...byType.keys()].sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99) || a.localeCompare(b));
  const groups: GroupNode[] = types.map((type) => ({
    kind: 'group',
    id: `g:${type}`,
    actorType: type,
    typeInfo: actorTypeInfo(graph.factBase, type),
    label: groupLabel(type) ?? actorTypeInfo(graph.factBase, type).label,
    count: byType.get(type)!.length,
  }));
  return [...focusActors.map((a) => actorNode(graph, a, filter)), ...groups];
}

/** The children of a node; relations of an actor already on the path are never expanded again. */
export function treeChildren(graph: RelationGraph, node: TreeNode, filter: TreeFilter = {}): TreeNode[] {
  switch (node.kind) {
    case 'group':
      return graph.factBase.actors
        .filter((a) => a.type === node.actorType && (!filter.onlyActors || filter.onlyActors.has(a.id)))
        .sort((a, b) => collator.compare(a.name, b.name))
        .map((a) => actorNode(graph, a, filter, node));
    case 'actor':
      return relationTypeNodes(graph, [node.actor.id], node.id, filter);
    case 'relation':
      return node.repeated ? [] : relationTypeNodes(graph, [...node.path, node.counterpart.id], node.id, filter);
    case 'relationType': {
      const actorId = node.path[node.path.length - 1]!;
      return neighboursOf(graph, actorId, filter)
        .filter((n) => n.relation.type === node.relationType)
        .flatMap((n): RelationNode[] => {
          const counterpart = graph.actor(n.counterpartId);
          if (!counterpart) return [];
          const dates = relationDates(n.relation);
          return [
            {
              kind: 'relation',
              id: `${node.id}/r:${n.relation.id}:${n.direction}`,
              relation: n.relation,
              direction: n.direction,
              counterpart,
              counterpartType: actorTypeInfo(graph.factBase, counterpart.type),
              path: node.path,
              repeated: node.path.includes(counterpart.id),
              label: `${ARROWS[n.direction]} ${counterpart.name}`,
              description: [dates, n.relation.label].filter(Boolean).join(' · '),
              summary: [graph.actor(n.relation.from)?.name ?? n.relation.from, graph.relationTypeLabel(n.relation.type), graph.actor(n.relation.to)?.name ?? n.relation.to].join(' '),
            },
          ];
        });
    }
  }
}

function relationTypeNodes(graph: RelationGraph, path: readonly string[], parentId: string, filter: TreeFilter): RelationTypeNode[] {
  const counts = new Map<string, number>();
  for (const n of neighboursOf(graph, path[path.length - 1]!, filter)) counts.set(n.relation.type, (counts.get(n.relation.type) ?? 0) + 1);
  return [...counts].map(([type, count]) => ({
    kind: 'relationType',
    id: `${parentId}/t:${type}`,
    relationType: type,
    label: graph.relationTypeLabel(type),
    count,
    path,
  }));
}

/** The node that `reveal` should select for an actor: its top-level node or its node inside its type group. */
export function actorNodeFor(graph: RelationGraph, focus: readonly string[], actorId: string, filter: TreeFilter = {}): ActorNode | undefined {
  const roots = treeRoots(graph, focus, filter);
  const top = roots.find((n): n is ActorNode => n.kind === 'actor' && n.actor.id === actorId);
  if (top) return top;
  const actor = graph.actor(actorId);
  const group = roots.find((n): n is GroupNode => n.kind === 'group' && n.actorType === actor?.type);
  return group ? (treeChildren(graph, group, filter) as ActorNode[]).find((n) => n.actor.id === actorId) : undefined;
}
