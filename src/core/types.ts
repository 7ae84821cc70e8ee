/** A zero-based line and UTF-16 column, as in VS Code. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

/** An end-exclusive range of positions. */
export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** A range inside a named file; `file` is a '/'-separated path or URI path. */
export interface Location {
  readonly file: string;
  readonly range: Range;
}

/** How bad a problem is; errors mean the entry (not the whole file) was dropped. */
export type Severity = 'error' | 'warning' | 'info';

/** A problem found in user data: never thrown, always returned with a position. */
export interface Problem {
  readonly severity: Severity;
  /** Stable machine-readable kind, e.g. `yaml-syntax`, `unknown-field`, `duplicate-id`. */
  readonly code: string;
  /** Says what is wrong and what to do about it. */
  readonly message: string;
  readonly file: string;
  readonly range: Range;
}

/** A W3C-style quote selector anchoring a source or note inside an article. */
export interface Quote {
  readonly exact: string;
  readonly prefix?: string;
  readonly suffix?: string;
  /** Workspace-relative path of the article the quote comes from. */
  readonly article?: string;
  /** UTF-16 offsets into the article when last anchored. */
  readonly start?: number;
  readonly end?: number;
}

/** Where a fact or relation comes from: a URL, a publication, and/or an anchored quote. */
export interface Source {
  readonly url?: string;
  readonly publication?: string;
  readonly title?: string;
  /** Publication date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  readonly date?: string;
  readonly quote?: Quote;
}

/** Case rule for one alias: `smart` = acronyms exact, lower-case aliases any case, others as written or ALL CAPS. */
export type CaseRule = 'smart' | 'exact' | 'insensitive';

/** One surface form that names an actor. */
export interface Alias {
  readonly text: string;
  readonly case: CaseRule;
  /** BCP 47 language tag when the form belongs to one language, e.g. `fr`. */
  readonly lang?: string;
}

/** An office or position held, optionally within a date range (`YYYY[-MM[-DD]]`). */
export interface Role {
  readonly title: string;
  /** Actor id of the body or country the role is in, when it is an actor. */
  readonly of?: string;
  readonly since?: string;
  readonly until?: string;
}

/** A dated, sourced statement about an actor. */
export interface Fact {
  readonly statement: string;
  readonly date?: string;
  readonly until?: string;
  readonly sources: readonly Source[];
  readonly location?: Location;
}

/** Someone or something the news names. */
export interface Actor {
  readonly id: string;
  readonly name: string;
  /** person, country, organization, armed-group, place, or a type the fact base declares. */
  readonly type: string;
  readonly aliases: readonly Alias[];
  readonly demonyms: readonly Alias[];
  readonly summary: string;
  readonly roles: readonly Role[];
  /** External identifiers, e.g. `{ wikidata: 'Q1032' }`. */
  readonly ids: Readonly<Record<string, string>>;
  readonly facts: readonly Fact[];
  /** The entry in the YAML file (the `- id: …` mapping). */
  readonly location?: Location;
}

/** A typed link between two actors. */
export interface Relation {
  /** Explicit id from YAML, or `from>type>to` when none was given. */
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly type: string;
  readonly label?: string;
  readonly since?: string;
  readonly until?: string;
  /** True when the relation holds both ways (e.g. allied-with). */
  readonly mutual: boolean;
  readonly sources: readonly Source[];
  readonly location?: Location;
}

/** A user's free-text note anchored to a quote in an article. */
export interface Note {
  readonly id: string;
  readonly text: string;
  readonly actor?: string;
  readonly date?: string;
  readonly quote: Quote;
  readonly location?: Location;
}

/** A declared actor type (extends the built-in vocabulary). */
export interface ActorTypeInfo {
  readonly id: string;
  readonly label: string;
  /** A codicon name, e.g. `person`. */
  readonly icon: string;
}

/** A declared relation type (extends the built-in vocabulary). */
export interface RelationTypeInfo {
  readonly id: string;
  readonly label: string;
  /** Default direction for relations of this type. */
  readonly mutual: boolean;
}

/** A loaded, validated fact base: only entries that passed validation are here. */
export interface FactBase {
  /** `extend` adds to the shipped default; `replace` stands alone. */
  readonly mode: 'extend' | 'replace';
  readonly actors: readonly Actor[];
  readonly relations: readonly Relation[];
  readonly actorTypes: readonly ActorTypeInfo[];
  readonly relationTypes: readonly RelationTypeInfo[];
  /** Anchored notes; ids default to `note-N` in file order when not given. */
  readonly notes: readonly Note[];
  /** Every file that contributed, entry file first. */
  readonly files: readonly string[];
}

/** One actor mention in a text: UTF-16 offsets, end-exclusive. */
export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly actorId: string;
  /** The alias, name or demonym (as written in the fact base) that matched. */
  readonly alias: string;
}
