import type { ActorTypeInfo, CaseRule, RelationTypeInfo } from '../types';

/** The only fact base format version this loader reads (`newsLens: 1`). */
export const FORMAT_VERSION = 1;

/** Files larger than this many UTF-16 units are refused unparsed. */
export const MAX_FILE_LENGTH = 5 * 1024 * 1024;

/** Deepest YAML nesting accepted; a fact base needs about ten levels, hostile files need thousands. */
export const MAX_NESTING = 100;

/** How many nodes aliases may add when expanded (the yaml package's `maxAliasCount` idea, counted in nodes). */
export const MAX_ALIAS_EXPANSION = 100_000;

/** Most files one fact base may span through includes. */
export const MAX_FILES = 500;

/** Actor types every fact base knows, with their codicons. */
export const BUILT_IN_ACTOR_TYPES: readonly ActorTypeInfo[] = [
  { id: 'person', label: 'Person', icon: 'person' },
  { id: 'country', label: 'Country', icon: 'globe' },
  { id: 'organization', label: 'Organization', icon: 'organization' },
  { id: 'armed-group', label: 'Armed group', icon: 'flame' },
  { id: 'place', label: 'Place', icon: 'location' },
];

/** Codicon for a declared actor type without an `icon`. */
export const DEFAULT_ACTOR_ICON = 'symbol-misc';

const mutualRelationTypes = new Set(['allied-with', 'neighbour-of', 'partner-of']);

/** Relation types every fact base knows; allied-with, neighbour-of and partner-of are mutual. */
export const BUILT_IN_RELATION_TYPES: readonly RelationTypeInfo[] = [
  'allied-with', 'supports', 'opposes', 'threatens', 'sanctions', 'mediates', 'member-of', 'leads', 'hired',
  'deployed-in', 'suspended-from', 'withdrew-from', 'neighbour-of', 'capital-of', 'partner-of', 'expelled',
].map((id) => ({ id, label: labelFromId(id), mutual: mutualRelationTypes.has(id) }));

/** The case rules an alias may name; `smart` is the default. */
export const CASE_RULES: readonly CaseRule[] = ['smart', 'exact', 'insensitive'];

/** A readable label for an id without one: `armed-group` → `armed group`. */
export function labelFromId(id: string): string {
  return id.replace(/-/g, ' ');
}

/** Every kind of YAML mapping the format has. */
export type EntryKind =
  | 'root' | 'actorType' | 'relationType' | 'actor' | 'alias' | 'role' | 'fact' | 'source' | 'quote' | 'relation' | 'note';

/** The fields each mapping may hold, in documentation order; the JSON schema is tested against this table. */
export const FIELDS: Readonly<Record<EntryKind, readonly string[]>> = {
  root: ['newsLens', 'mode', 'include', 'actorTypes', 'relationTypes', 'actors', 'relations', 'notes'],
  actorType: ['id', 'label', 'icon'],
  relationType: ['id', 'label', 'mutual'],
  actor: ['id', 'name', 'type', 'aliases', 'demonyms', 'summary', 'ids', 'roles', 'facts'],
  alias: ['text', 'case', 'lang'],
  role: ['title', 'of', 'since', 'until'],
  fact: ['statement', 'date', 'until', 'sources'],
  source: ['url', 'publication', 'title', 'date', 'quote'],
  quote: ['exact', 'prefix', 'suffix', 'article', 'start', 'end'],
  relation: ['id', 'from', 'to', 'type', 'label', 'since', 'until', 'mutual', 'sources'],
  note: ['id', 'text', 'actor', 'date', 'quote'],
};

/** Fields without which an entry is dropped (`newsLens` is required only in entry files, so not listed). */
export const REQUIRED: Readonly<Record<EntryKind, readonly string[]>> = {
  root: [],
  actorType: ['id'],
  relationType: ['id'],
  actor: ['id', 'name', 'type'],
  alias: ['text'],
  role: ['title'],
  fact: ['statement'],
  source: [],
  quote: ['exact'],
  relation: ['from', 'to', 'type'],
  note: ['text', 'quote'],
};

/** How messages name each kind of entry. */
export const KIND_LABELS: Readonly<Record<EntryKind, string>> = {
  root: 'fact base file',
  actorType: 'actor type',
  relationType: 'relation type',
  actor: 'actor',
  alias: 'alias',
  role: 'role',
  fact: 'fact',
  source: 'source',
  quote: 'quote',
  relation: 'relation',
  note: 'note',
};

/** Example values that messages suggest for required fields. */
export const EXAMPLES: Readonly<Record<string, string>> = {
  'actorType.id': 'militia',
  'relationType.id': 'trains',
  'actor.id': 'niger',
  'actor.name': 'Niger',
  'actor.type': 'country',
  'alias.text': 'NER',
  'role.title': 'President of Niger',
  'fact.statement': 'The presidential guard detained President Mohamed Bazoum.',
  'quote.exact': 'the presidential guard',
  'relation.from': 'ecowas',
  'relation.to': 'niger',
  'relation.type': 'threatens',
  'note.text': 'Check whether the guard acted alone.',
  'note.quote': '{ exact: the presidential guard, article: samples/coup.news }',
};
