import { l10n } from '../l10n';
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

/** The label of a built-in actor or relation type in the current language, or undefined for any other id. */
export function builtInTypeLabel(id: string): string | undefined {
  switch (id) {
    case 'person': return l10n.t('Person');
    case 'country': return l10n.t('Country');
    case 'organization': return l10n.t('Organization');
    case 'armed-group': return l10n.t('Armed group');
    case 'place': return l10n.t('Place');
    case 'allied-with': return l10n.t('allied with');
    case 'supports': return l10n.t('supports');
    case 'opposes': return l10n.t('opposes');
    case 'threatens': return l10n.t('threatens');
    case 'sanctions': return l10n.t('sanctions');
    case 'mediates': return l10n.t('mediates');
    case 'member-of': return l10n.t('member of');
    case 'leads': return l10n.t('leads');
    case 'hired': return l10n.t('hired');
    case 'deployed-in': return l10n.t('deployed in');
    case 'suspended-from': return l10n.t('suspended from');
    case 'withdrew-from': return l10n.t('withdrew from');
    case 'neighbour-of': return l10n.t('neighbour of');
    case 'capital-of': return l10n.t('capital of');
    case 'partner-of': return l10n.t('partner of');
    case 'expelled': return l10n.t('expelled');
    default: return undefined;
  }
}

/**
 * The label to show for a type: a built-in type that still has its built-in label is shown in
 * the current language; a label the fact base declares is user data and is shown as written.
 */
export function displayTypeLabel(info: { readonly id: string; readonly label: string }): string {
  const builtIn = BUILT_IN_ACTOR_TYPES.find((t) => t.id === info.id) ?? BUILT_IN_RELATION_TYPES.find((t) => t.id === info.id);
  return builtIn?.label === info.label ? (builtInTypeLabel(info.id) ?? info.label) : info.label;
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

/** How messages name a kind of entry (or a demonym), in the current language: bare, and with an indefinite, a definite and a demonstrative article. */
export interface KindNoun {
  /** `actor` */
  readonly label: string;
  /** `an actor` */
  readonly a: string;
  /** `the actor` */
  readonly the: string;
  /** `this actor` */
  readonly this: string;
}

/** The words messages use for a kind of entry; all lower case, for use inside a sentence. */
export function kindNoun(kind: EntryKind | 'demonym'): KindNoun {
  switch (kind) {
    case 'root':
      return { label: l10n.t('fact base file'), a: l10n.t('a fact base file'), the: l10n.t('the fact base file'), this: l10n.t('this fact base file') };
    case 'actorType':
      return { label: l10n.t('actor type'), a: l10n.t('an actor type'), the: l10n.t('the actor type'), this: l10n.t('this actor type') };
    case 'relationType':
      return { label: l10n.t('relation type'), a: l10n.t('a relation type'), the: l10n.t('the relation type'), this: l10n.t('this relation type') };
    case 'actor':
      return { label: l10n.t('actor'), a: l10n.t('an actor'), the: l10n.t('the actor'), this: l10n.t('this actor') };
    case 'alias':
      return { label: l10n.t('alias'), a: l10n.t('an alias'), the: l10n.t('the alias'), this: l10n.t('this alias') };
    case 'demonym':
      return { label: l10n.t('demonym'), a: l10n.t('a demonym'), the: l10n.t('the demonym'), this: l10n.t('this demonym') };
    case 'role':
      return { label: l10n.t('role'), a: l10n.t('a role'), the: l10n.t('the role'), this: l10n.t('this role') };
    case 'fact':
      return { label: l10n.t('fact'), a: l10n.t('a fact'), the: l10n.t('the fact'), this: l10n.t('this fact') };
    case 'source':
      return { label: l10n.t('source'), a: l10n.t('a source'), the: l10n.t('the source'), this: l10n.t('this source') };
    case 'quote':
      return { label: l10n.t('quote'), a: l10n.t('a quote'), the: l10n.t('the quote'), this: l10n.t('this quote') };
    case 'relation':
      return { label: l10n.t('relation'), a: l10n.t('a relation'), the: l10n.t('the relation'), this: l10n.t('this relation') };
    case 'note':
      return { label: l10n.t('note'), a: l10n.t('a note'), the: l10n.t('the note'), this: l10n.t('this note') };
  }
}

/** Example values that messages suggest for required fields (`kind.key`); prose is in the current language, ids and names as the shipped fact base writes them. */
export function exampleValue(kind: EntryKind, key: string): string | undefined {
  switch (`${kind}.${key}`) {
    case 'actorType.id': return 'militia';
    case 'relationType.id': return 'trains';
    case 'actor.id': return 'niger';
    case 'actor.name': return 'Niger';
    case 'actor.type': return 'country';
    case 'alias.text': return 'NER';
    case 'role.title': return l10n.t('President of Niger');
    case 'fact.statement': return l10n.t('The presidential guard detained President Mohamed Bazoum.');
    case 'quote.exact': return l10n.t('the presidential guard');
    case 'relation.from': return 'ecowas';
    case 'relation.to': return 'niger';
    case 'relation.type': return 'threatens';
    case 'note.text': return l10n.t('Check whether the guard acted alone.');
    case 'note.quote': return l10n.t('{ exact: the presidential guard, article: samples/coup.news }');
    default: return undefined;
  }
}
