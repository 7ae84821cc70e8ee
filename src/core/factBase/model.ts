import type { Actor, ActorTypeInfo, FactBase, Note, Problem, Range, Relation, RelationTypeInfo } from '../types';
import type { Roots } from './paths';

/** One `include:` item: the resolved path and where the item is written. */
export interface IncludeRef {
  /** Resolved against the including file's folder and normalised. */
  readonly path: string;
  /** As written in YAML. */
  readonly text: string;
  readonly range: Range;
}

/** A name, alias or demonym of an actor with where it is written. */
export interface SurfaceForm {
  readonly kind: 'name' | 'alias' | 'demonym';
  readonly text: string;
  readonly range: Range;
}

/** An actor that passed per-file validation, with the ranges cross-file checks report at. */
export interface ParsedActor {
  readonly actor: Actor;
  readonly idRange: Range;
  readonly typeRange: Range;
  /** Name first, then aliases and demonyms in order; their indexes follow `actor.aliases` / `actor.demonyms`. */
  readonly forms: readonly SurfaceForm[];
  /** Range of each role's `of` value, parallel to `actor.roles`. */
  readonly roleOfRanges: readonly (Range | undefined)[];
}

/** A relation before the vocabulary is known: `id` and `mutual` only when written. */
export interface ParsedRelation {
  readonly relation: Omit<Relation, 'id' | 'mutual'> & { readonly id?: string; readonly mutual?: boolean };
  /** The explicit id's value, else the relation's first key. */
  readonly idRange: Range;
  readonly fromRange: Range;
  readonly toRange: Range;
  readonly typeRange: Range;
}

/** A note before default ids are given. */
export interface ParsedNote {
  readonly note: Omit<Note, 'id'> & { readonly id?: string };
  readonly idRange: Range;
  readonly actorRange?: Range;
}

/** A declared actor or relation type. */
export interface ParsedType<T> {
  readonly info: T;
  readonly idRange: Range;
}

/** One file, parsed and validated on its own; `parseFactFile` never throws and returns this. */
export interface ParsedFactFile {
  /** The normalised path problems and locations use. */
  readonly path: string;
  /** False when the file cannot be used at all (syntax errors, wrong root, unsupported version): it contributes nothing. */
  readonly usable: boolean;
  /** The `newsLens` version when written (always FORMAT_VERSION in a usable file). */
  readonly version?: number;
  readonly mode?: 'extend' | 'replace';
  readonly modeRange?: Range;
  /** Where to report that the file as a whole is wrong: its first key, or the start of the file. */
  readonly headRange: Range;
  readonly includes: readonly IncludeRef[];
  readonly actorTypes: readonly ParsedType<ActorTypeInfo>[];
  readonly relationTypes: readonly ParsedType<RelationTypeInfo>[];
  readonly actors: readonly ParsedActor[];
  readonly relations: readonly ParsedRelation[];
  readonly notes: readonly ParsedNote[];
  /** Ids of actors that were written but dropped for errors, with their id ranges. */
  readonly droppedActorIds: ReadonlyMap<string, Range>;
  /** This file's own problems (syntax, shape, values); cross-file problems come from assembly. */
  readonly problems: readonly Problem[];
}

/** A fact base and every problem found while loading it; the fact base holds only entries that passed. */
export interface LoadResult {
  readonly factBase: FactBase;
  readonly problems: readonly Problem[];
}

/**
 * Options for assembling: `root` bounds includes (the workspace folder, or each folder of a
 * multi-root workspace); `base` is the fact base this one extends, so references into it are checked.
 */
export interface AssembleOptions {
  readonly root?: Roots;
  readonly base?: FactBase;
}
