import { isValidAt } from './dates';
import { builtInTypeLabel, displayTypeLabel, labelFromId } from './factBase/vocabulary';
import type { Actor, FactBase, Relation } from './types';

/** The actors `news-lens graph` shows when none are named: Niger, Mali, Russia and ECOWAS. */
export const DEFAULT_FOCUS_ACTORS: readonly string[] = ['niger', 'mali', 'russia', 'ecowas'];

/** How a relation points from the actor asked about: out (it is `from`), in (it is `to`) or mutual. */
export type RelationDirection = 'out' | 'in' | 'mutual';

/** One relation seen from one of its ends. */
export interface Neighbour {
  readonly relation: Relation;
  readonly counterpartId: string;
  readonly direction: RelationDirection;
}

/** Narrows relations: `at` keeps those valid on that (partial) date, `types` those of the listed types. */
export interface RelationFilter {
  readonly at?: string;
  readonly types?: readonly string[];
}

/** Actors and the relations among them, sorted, with a display label for each relation type present. */
export interface GraphSubset {
  readonly actors: readonly Actor[];
  readonly relations: readonly Relation[];
  readonly typeLabels: ReadonlyMap<string, string>;
}

/** Read-only queries over a fact base's relations; every list comes back in a deterministic order. */
export interface RelationGraph {
  readonly factBase: FactBase;
  /** The actor with this id, if any. */
  actor(id: string): Actor | undefined;
  /** The actor's name, or the id itself for an unknown actor. */
  nameOf(id: string): string;
  /** The declared label of a relation type (a built-in one in the current language), else its id with dashes as spaces (`allied-with` → `allied with`). */
  relationTypeLabel(type: string): string;
  /** Relations touching `actorId`, sorted by type, counterpart name, then relation id. */
  neighbours(actorId: string, options?: RelationFilter): Neighbour[];
  /** Relations valid at `date`, sorted by type, from-name, to-name, id. */
  relationsAt(date: string): Relation[];
  /** Relations with both ends in `actorIds` (default DEFAULT_FOCUS_ACTORS), sorted as relationsAt. */
  relationsAmong(actorIds?: readonly string[], options?: RelationFilter): Relation[];
  /** The relation type ids in use, sorted. */
  relationTypes(): string[];
  /** Ids of the actors within `depth` hops of `actorId` (either direction, itself included), sorted by name. */
  reachable(actorId: string, depth: number, options?: RelationFilter): string[];
  /**
   * The named actors that exist and the relations among them; `'all'` means every actor that takes
   * part in a relation passing the filter.
   */
  subgraph(actorIds: readonly string[] | 'all', options?: RelationFilter): GraphSubset;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Total order on strings by code unit, for ties and ids (independent of locale). */
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function passes(relation: Relation, options: RelationFilter | undefined): boolean {
  if (options?.types && !options.types.includes(relation.type)) return false;
  return options?.at === undefined || isValidAt(relation, options.at);
}

/** Indexes the relations of `factBase` by actor; build once per loaded fact base. */
export function buildRelationGraph(factBase: FactBase): RelationGraph {
  const actors = new Map(factBase.actors.map((a) => [a.id, a]));
  const types = new Map(factBase.relationTypes.map((t) => [t.id, t]));
  const byActor = new Map<string, Relation[]>();
  for (const r of factBase.relations) {
    for (const end of r.from === r.to ? [r.from] : [r.from, r.to]) {
      const list = byActor.get(end);
      if (list) list.push(r);
      else byActor.set(end, [r]);
    }
  }

  const nameOf = (id: string): string => actors.get(id)?.name ?? id;
  const compareIds = (a: string, b: string): number => collator.compare(nameOf(a), nameOf(b)) || byCodeUnit(a, b);
  const compareRelations = (a: Relation, b: Relation): number =>
    byCodeUnit(a.type, b.type) || compareIds(a.from, b.from) || compareIds(a.to, b.to) || byCodeUnit(a.id, b.id);
  const relationTypeLabel = (type: string): string => {
    const info = types.get(type);
    return info ? displayTypeLabel(info) : (builtInTypeLabel(type) ?? labelFromId(type));
  };

  const neighbours = (actorId: string, options?: RelationFilter): Neighbour[] =>
    (byActor.get(actorId) ?? [])
      .filter((r) => passes(r, options))
      .map((relation): Neighbour => {
        const out = relation.from === actorId;
        const direction = relation.mutual ? 'mutual' : out ? 'out' : 'in';
        return { relation, counterpartId: out ? relation.to : relation.from, direction };
      })
      .sort(
        (a, b) =>
          byCodeUnit(a.relation.type, b.relation.type) ||
          compareIds(a.counterpartId, b.counterpartId) ||
          byCodeUnit(a.relation.id, b.relation.id),
      );

  const relationsAmong = (actorIds: readonly string[] = DEFAULT_FOCUS_ACTORS, options?: RelationFilter): Relation[] => {
    const set = new Set(actorIds);
    return factBase.relations.filter((r) => set.has(r.from) && set.has(r.to) && passes(r, options)).sort(compareRelations);
  };

  const reachable = (actorId: string, depth: number, options?: RelationFilter): string[] => {
    const seen = new Set([actorId]);
    let frontier = [actorId];
    for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const n of neighbours(id, options)) {
          if (!seen.has(n.counterpartId)) {
            seen.add(n.counterpartId);
            next.push(n.counterpartId);
          }
        }
      }
      frontier = next;
    }
    return [...seen].sort(compareIds);
  };

  const subgraph = (actorIds: readonly string[] | 'all', options?: RelationFilter): GraphSubset => {
    const relations = (actorIds === 'all' ? factBase.relations.filter((r) => passes(r, options)) : relationsAmong(actorIds, options))
      .filter((r) => actors.has(r.from) && actors.has(r.to))
      .sort(compareRelations);
    const ids = actorIds === 'all' ? relations.flatMap((r) => [r.from, r.to]) : actorIds;
    const chosen = [...new Set(ids)].flatMap((id) => actors.get(id) ?? []).sort((a, b) => compareIds(a.id, b.id));
    const typeLabels = new Map([...new Set(relations.map((r) => r.type))].sort(byCodeUnit).map((t) => [t, relationTypeLabel(t)]));
    return { actors: chosen, relations, typeLabels };
  };

  return {
    factBase,
    actor: (id) => actors.get(id),
    nameOf,
    relationTypeLabel,
    neighbours,
    relationsAt: (date) => factBase.relations.filter((r) => isValidAt(r, date)).sort(compareRelations),
    relationsAmong,
    relationTypes: () => [...new Set(factBase.relations.map((r) => r.type))].sort(byCodeUnit),
    reachable,
    subgraph,
  };
}

/** One actor in the JSON export. */
export interface GraphJsonActor {
  readonly id: string;
  readonly name: string;
  readonly type: string;
}

/** One relation in the JSON export; `label`, `since` and `until` are omitted when absent. */
export type GraphJsonRelation = Pick<Relation, 'id' | 'from' | 'to' | 'type' | 'label' | 'since' | 'until' | 'mutual'>;

/** The JSON export document of `news-lens graph --format json`. */
export interface GraphJson {
  readonly actors: readonly GraphJsonActor[];
  readonly relations: readonly GraphJsonRelation[];
}

/** `subset` as pretty-printed JSON ({actors, relations}, in the subset's order), ending with a newline. */
export function toJson(subset: GraphSubset): string {
  const doc: GraphJson = {
    actors: subset.actors.map(({ id, name, type }) => ({ id, name, type })),
    relations: subset.relations.map(({ id, from, to, type, label, since, until, mutual }) => ({ id, from, to, type, label, since, until, mutual })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

function dotString(text: string): string {
  // Doubling backslashes also disarms Graphviz escapes such as \N and \G in user text.
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r\n|\r|\n/g, '\\n')}"`;
}

/** `subset` as a Graphviz digraph: quoted ids and labels, mutual relations as `dir=none` edges; ends with a newline. */
export function toDot(subset: GraphSubset): string {
  const lines = ['digraph "News Lens" {', '  rankdir=LR;', '  node [shape=box];'];
  for (const a of subset.actors) lines.push(`  ${dotString(a.id)} [label=${dotString(a.name)}];`);
  for (const r of subset.relations) {
    const attrs = [`label=${dotString(subset.typeLabels.get(r.type) ?? r.type)}`];
    if (r.label !== undefined) attrs.push(`tooltip=${dotString(r.label)}`);
    if (r.mutual) attrs.push('dir=none');
    lines.push(`  ${dotString(r.from)} -> ${dotString(r.to)} [${attrs.join(', ')}];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

function mermaidId(id: string): string {
  // Prefixed so ids such as `end` or `o…` cannot be read as Mermaid keywords or edge heads;
  // documented ids (a-z, 0-9, '-') stay readable, anything else is hex-escaped under another prefix.
  if (/^[a-z0-9-]+$/.test(id)) return `a_${id.replace(/-/g, '_')}`;
  return `x_${[...id].map((c) => (/[a-z0-9]/.test(c) ? c : `_${c.codePointAt(0)!.toString(16)}_`)).join('')}`;
}

function mermaidText(text: string): string {
  // Mermaid turns `#code;` into an entity, so every character that could end or restyle a label is coded.
  const coded = text.replace(/["#&<>[\](){}|`\\;%]/g, (c) => `#${c.charCodeAt(0)};`);
  return `"${coded.replace(/\r\n|\r|\n/g, '<br>')}"`;
}

/** `subset` as a Mermaid flowchart: `-->` for directed and `---` for mutual relations; ends with a newline. */
export function toMermaid(subset: GraphSubset): string {
  const lines = ['flowchart LR'];
  for (const a of subset.actors) lines.push(`  ${mermaidId(a.id)}[${mermaidText(a.name)}]`);
  for (const r of subset.relations) {
    const edge = r.mutual ? '---' : '-->';
    const label = mermaidText(subset.typeLabels.get(r.type) ?? r.type);
    lines.push(`  ${mermaidId(r.from)} ${edge}|${label}| ${mermaidId(r.to)}`);
  }
  return `${lines.join('\n')}\n`;
}
