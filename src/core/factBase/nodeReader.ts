import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Alias, ParsedNode } from 'yaml';
import { capitalise, l10n } from '../l10n';
import type { Problem, Range, Severity } from '../types';
import type { Positions } from './positions';
import { didYouMean } from './suggest';
import { exampleValue, FIELDS, kindNoun, REQUIRED } from './vocabulary';
import type { EntryKind } from './vocabulary';

/** One present, non-null field of a mapping. */
export interface Field {
  readonly key: string;
  readonly keyNode: ParsedNode;
  readonly value: ParsedNode;
}

/** The known fields of one mapping, after unknown and duplicate keys were reported. */
export interface Fields {
  readonly kind: EntryKind;
  readonly range: Range;
  /** The first key: where problems about the entry as a whole are reported. */
  readonly head: Range;
  /** False when a key repeats or a required field is missing or empty: the entry must be dropped. */
  readonly complete: boolean;
  get(key: string): Field | undefined;
  /** The key node of a field that is written, even with an empty value. */
  keyNode(key: string): ParsedNode | undefined;
}

/** Reads validated values out of one file's YAML nodes, collecting problems with exact ranges. */
export class NodeReader {
  readonly problems: Problem[] = [];
  // An aliased entry is read once per alias; its problems are reported once.
  private readonly reported = new Set<string>();

  constructor(
    readonly file: string,
    private readonly source: string,
    private readonly positions: Positions,
    private readonly aliasTargets: ReadonlyMap<Alias, ParsedNode>,
  ) {}

  /** Records a problem at a range or at a node's range. */
  report(severity: Severity, code: string, message: string, at: Range | ParsedNode): void {
    const range = 'start' in at ? at : this.rangeOf(at);
    const key = `${code} ${range.start.line}:${range.start.character} ${message}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.problems.push({ severity, code, message, file: this.file, range });
  }

  /** A node's range without trailing whitespace. */
  rangeOf(node: ParsedNode): Range {
    return this.positions.span(node.range[0], node.range[1]);
  }

  /** The node an alias stands for; other nodes as they are; null scalars as undefined. */
  deref(node: ParsedNode | null | undefined): ParsedNode | undefined {
    const n = node && isAlias(node) ? this.aliasTargets.get(node) : node;
    if (!n || (isScalar(n) && n.value === null)) return undefined;
    return n;
  }

  /** The source text of a node (for plain scalars YAML read as numbers, such as `2023`). */
  sourceOf(node: ParsedNode): string {
    return this.source.slice(node.range[0], node.range[1]).trim();
  }

  /** The fields of a mapping entry, or undefined (with a problem) when `node` is not a mapping. */
  fields(node: ParsedNode | null | undefined, kind: EntryKind, at?: ParsedNode): Fields | undefined {
    const noun = kindNoun(kind);
    const map = this.deref(node);
    if (!map || !isMap(map)) {
      const where = map ?? at;
      if (where) this.report('error', 'wrong-type', l10n.t('Expected {0} as `key: value` lines, found {1}; {2} is ignored.', noun.a, describe(map), noun.this), where);
      return undefined;
    }
    const known = FIELDS[kind];
    const present = new Map<string, Field>();
    const written = new Map<string, ParsedNode>();
    let complete = true;
    for (const pair of map.items) {
      const keyNode = this.deref(pair.key);
      if (!keyNode) continue;
      const key = isScalar(keyNode) ? String(keyNode.value) : this.sourceOf(keyNode);
      if (!known.includes(key)) {
        const hint = key === '<<' ? ` ${l10n.t('YAML merge keys are not supported; write the fields out.')}` : didYouMean(key, known);
        this.report('warning', 'unknown-field', l10n.t('Unknown field `{0}` in {1}; it is ignored.', key, noun.a) + hint, keyNode);
        continue;
      }
      if (written.has(key)) {
        const message = `${l10n.t('`{0}` is written twice in {1}; keep one.', key, noun.this)} ${capitalise(l10n.t('{0} is ignored until then.', noun.the))}`;
        this.report('error', 'duplicate-key', message, keyNode);
        complete = false;
        continue;
      }
      written.set(key, keyNode);
      const value = this.deref(pair.value);
      if (value) present.set(key, { key, keyNode, value });
    }
    const firstKey = map.items[0]?.key as ParsedNode | null | undefined;
    const head = firstKey ? this.rangeOf(firstKey) : this.rangeOf(map);
    for (const key of REQUIRED[kind]) {
      if (present.has(key)) continue;
      complete = false;
      const example = exampleValue(kind, key);
      const fix = example === undefined ? '' : ` ${l10n.t('(e.g. `{0}: {1}`)', key, example)}`;
      const keyNode = written.get(key);
      const what = keyNode ? l10n.t('`{0}` is empty', key) : l10n.t('Missing `{0}`', key);
      const message = `${l10n.t('{0}: every {1} needs one{2}.', what, noun.label, fix)} ${capitalise(l10n.t('{0} is not loaded until it has one.', noun.this))}`;
      this.report('error', 'missing-field', message, keyNode ?? head);
    }
    return { kind, range: this.rangeOf(map), head, complete, get: (key) => present.get(key), keyNode: (key) => written.get(key) };
  }

  /** The items of a list field, aliases resolved; undefined (with a problem) when it is not a list. */
  list(field: Field | undefined, example: string): ParsedNode[] | undefined {
    if (!field) return undefined;
    if (!isSeq(field.value)) {
      this.report('error', 'wrong-type', l10n.t('`{0}` must be a list, e.g. `{0}: {1}`; found {2}. It is ignored.', field.key, example, describe(field.value)), field.value);
      return undefined;
    }
    return field.value.items.map((item) => this.deref(item) ?? item);
  }

  /** A non-empty text value; undefined (with a problem) when the value is not text or blank. `drops` names the entry a bad value drops. */
  text(field: Field | undefined, drops?: EntryKind): string | undefined {
    if (!field) return undefined;
    return this.textOf(field.value, `\`${field.key}\``, drops);
  }

  /** Like `text`, for a list item or other node without a key. */
  textOf(node: ParsedNode, what: string, drops?: EntryKind): string | undefined {
    if (!isScalar(node) || typeof node.value !== 'string') {
      const quoted = isScalar(node) && node.value !== null ? ` ${l10n.t('Put it in quotes: "{0}".', this.sourceOf(node))}` : '';
      this.report('error', 'wrong-type', `${capitalise(l10n.t('{0} must be text, found {1}.', what, describe(node)))}${quoted} ${consequence(drops)}`, node);
      return undefined;
    }
    if (node.value.trim() === '') {
      this.report('error', 'invalid-value', `${capitalise(l10n.t('{0} is blank; write some text.', what))} ${consequence(drops)}`, node);
      return undefined;
    }
    return node.value;
  }

  /** `true` or `false`; undefined (with a problem) otherwise. */
  boolean(field: Field | undefined): boolean | undefined {
    if (!field) return undefined;
    if (isScalar(field.value) && typeof field.value.value === 'boolean') return field.value.value;
    this.report('error', 'wrong-type', l10n.t('`{0}` must be `true` or `false`, found {1}; it is ignored.', field.key, describe(field.value)), field.value);
    return undefined;
  }

  /** A whole number ≥ 0; undefined (with a problem) otherwise. */
  count(field: Field | undefined): number | undefined {
    if (!field) return undefined;
    const v = isScalar(field.value) ? field.value.value : undefined;
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return v;
    this.report('error', 'wrong-type', l10n.t('`{0}` must be a whole number ≥ 0, found {1}; it is ignored.', field.key, describe(field.value)), field.value);
    return undefined;
  }

  /** One of `allowed`; undefined (with a problem) otherwise. */
  choice<T extends string>(field: Field | undefined, allowed: readonly T[]): T | undefined {
    if (!field) return undefined;
    const v = isScalar(field.value) ? field.value.value : undefined;
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    const options = allowed.map((a) => `\`${a}\``).join(', ');
    const hint = typeof v === 'string' ? didYouMean(v, allowed) : '';
    this.report('error', 'invalid-value', l10n.t('`{0}` must be one of {1}; it is ignored.', field.key, options) + hint, field.value);
    return undefined;
  }
}

/** What a node holds, for messages: `a list`, `a mapping`, `the number 42`, `nothing`, … */
export function describe(node: ParsedNode | undefined): string {
  if (!node) return l10n.t('nothing');
  if (isSeq(node)) return l10n.t('a list');
  if (isMap(node)) return l10n.t('a mapping');
  if (isScalar(node)) {
    const v = node.value;
    if (v === null || v === undefined) return l10n.t('nothing');
    if (typeof v === 'number') return l10n.t('the number {0}', String(v));
    if (typeof v === 'boolean') return `\`${String(v)}\``;
    if (typeof v === 'string') return l10n.t('text');
  }
  return l10n.t('a value of another kind');
}

/** What happens to a bad value, as a sentence: the whole entry of kind `drops` is skipped, or just the value. */
export function consequence(drops?: EntryKind): string {
  return drops ? capitalise(l10n.t('{0} is not loaded until it is fixed.', kindNoun(drops).this)) : l10n.t('It is ignored.');
}
