import { isMap, isScalar } from 'yaml';
import type { ParsedNode } from 'yaml';
import { capitalise, l10n } from '../l10n';
import type { Actor, Alias, Fact, Range, Role } from '../types';
import type { ParsedActor, SurfaceForm } from './model';
import { describe } from './nodeReader';
import type { Field, NodeReader } from './nodeReader';
import { readSources } from './readSources';
import { isLanguageTag, readDate, readId, readUntil } from './values';
import { CASE_RULES, kindNoun } from './vocabulary';

/** What reading one actor entry gave: the actor, or the id of an actor that was dropped for errors. */
export interface ActorResult {
  readonly parsed?: ParsedActor;
  readonly dropped?: { readonly id: string; readonly range: Range };
}

/** Reads one `actors:` item; it is dropped when a required field is missing or invalid, bad optional values are skipped. */
export function readActor(r: NodeReader, node: ParsedNode): ActorResult {
  const f = r.fields(node, 'actor', node);
  if (!f) return {};
  const idField = f.get('id');
  const id = readId(r, idField, 'actor');
  const nameField = f.get('name');
  const name = r.text(nameField, 'actor');
  const typeField = f.get('type');
  const type = r.text(typeField, 'actor');
  const aliases = readForms(r, f.get('aliases'), 'alias');
  const demonyms = readForms(r, f.get('demonyms'), 'demonym');
  const summary = r.text(f.get('summary')) ?? '';
  const ids = readExternalIds(r, f.get('ids'));
  const roles = (r.list(f.get('roles'), l10n.t('[{ title: President of Niger, of: niger }]')) ?? []).flatMap((n) => {
    const role = readRole(r, n);
    return role ? [role] : [];
  });
  const facts = (r.list(f.get('facts'), '[{ statement: …, date: 2023-07-26 }]') ?? []).flatMap((n) => {
    const fact = readFact(r, n);
    return fact ? [fact] : [];
  });
  if (!f.complete || id === undefined || name === undefined || type === undefined || !idField || !nameField || !typeField) {
    return id !== undefined && idField ? { dropped: { id, range: r.rangeOf(idField.value) } } : {};
  }
  const actor: Actor = {
    id,
    name,
    type,
    aliases: aliases.map((a) => a.alias),
    demonyms: demonyms.map((a) => a.alias),
    summary,
    roles: roles.map((x) => x.role),
    ids,
    facts,
    location: { file: r.file, range: f.range },
  };
  const forms: SurfaceForm[] = [
    { kind: 'name', text: name, range: r.rangeOf(nameField.value) },
    ...aliases.map((a) => ({ kind: 'alias' as const, text: a.alias.text, range: a.range })),
    ...demonyms.map((a) => ({ kind: 'demonym' as const, text: a.alias.text, range: a.range })),
  ];
  return {
    parsed: {
      actor,
      idRange: r.rangeOf(idField.value),
      typeRange: r.rangeOf(typeField.value),
      forms,
      roleOfRanges: roles.map((x) => x.ofRange),
    },
  };
}

interface ReadAlias {
  readonly alias: Alias;
  readonly range: Range;
}

function readForms(r: NodeReader, field: Field | undefined, kind: 'alias' | 'demonym'): ReadAlias[] {
  const items = r.list(field, kind === 'alias' ? '[Republic of Niger, { text: NER, case: exact }]' : '[Nigerien, nigérien]') ?? [];
  return items.flatMap((node) => {
    const alias = readAlias(r, node, kind);
    return alias ? [alias] : [];
  });
}

function readAlias(r: NodeReader, node: ParsedNode, kind: 'alias' | 'demonym'): ReadAlias | undefined {
  let textNode: ParsedNode = node;
  let alias: Alias;
  if (isMap(node)) {
    const f = r.fields(node, 'alias');
    const textField = f?.get('text');
    if (!f?.complete || !textField) return undefined;
    textNode = textField.value;
    const text = r.text(textField, 'alias');
    const rule = r.choice(f.get('case'), CASE_RULES);
    const langField = f.get('lang');
    let lang = r.text(langField);
    if (lang !== undefined && langField && !isLanguageTag(lang)) {
      r.report('error', 'invalid-value', l10n.t('`{0}` is not a language tag; write one such as `fr`, `ar` or `pt-BR`. It is ignored.', lang), langField.value);
      lang = undefined;
    }
    if (text === undefined) return undefined;
    alias = { text, case: rule ?? 'smart', ...(lang !== undefined && { lang }) };
  } else if (isScalar(node) && typeof node.value === 'string') {
    const text = r.textOf(node, kindNoun(kind).this, 'alias');
    if (text === undefined) return undefined;
    alias = { text, case: 'smart' };
  } else {
    const quoted = isScalar(node) && node.value !== null ? ` ${l10n.t('Put it in quotes: "{0}".', r.sourceOf(node))}` : '';
    const message = capitalise(l10n.t('{0} must be text or `{ text: …, case: … }`, found {1}.', kindNoun(kind).a, describe(node)));
    r.report('error', 'wrong-type', `${message}${quoted} ${l10n.t('It is ignored.')}`, node);
    return undefined;
  }
  if (!/[\p{L}\p{N}]/u.test(alias.text)) {
    r.report('error', 'invalid-value', capitalise(l10n.t('{0} `{1}` has no letters or digits, so it can never match; remove it.', kindNoun(kind).the, alias.text)), textNode);
    return undefined;
  }
  return { alias, range: r.rangeOf(textNode) };
}

function readExternalIds(r: NodeReader, field: Field | undefined): Record<string, string> {
  const ids: Record<string, string> = {};
  if (!field) return ids;
  if (!isMap(field.value)) {
    r.report('error', 'wrong-type', l10n.t('`ids` must be a mapping of identifier schemes to values, e.g. `ids: { wikidata: Q1032 }`; found {0}. It is ignored.', describe(field.value)), field.value);
    return ids;
  }
  for (const pair of field.value.items) {
    const key = r.deref(pair.key);
    const value = r.deref(pair.value);
    if (!key || !value) continue;
    const scheme = isScalar(key) ? String(key.value) : r.sourceOf(key);
    if (isScalar(value) && (typeof value.value === 'string' || typeof value.value === 'number') && String(value.value).trim() !== '') {
      if (Object.prototype.hasOwnProperty.call(ids, scheme)) {
        r.report('error', 'duplicate-key', l10n.t('`{0}` is written twice in `ids`; keep one. The second is ignored.', scheme), key);
      } else ids[scheme] = typeof value.value === 'number' ? r.sourceOf(value) : value.value;
    } else {
      r.report('error', 'wrong-type', l10n.t('The `{0}` identifier must be text or a number, found {1}. It is ignored.', scheme, describe(value)), value);
    }
  }
  return ids;
}

function readRole(r: NodeReader, node: ParsedNode): { role: Role; ofRange?: Range } | undefined {
  const f = r.fields(node, 'role');
  if (!f) return undefined;
  const title = r.text(f.get('title'), 'role');
  const ofField = f.get('of');
  const of = readId(r, ofField);
  const since = readDate(r, f.get('since'));
  const until = readUntil(r, since, 'since', f.get('until'));
  if (!f.complete || title === undefined) return undefined;
  const role: Role = {
    title,
    ...(of !== undefined && { of }),
    ...(since !== undefined && { since }),
    ...(until !== undefined && { until }),
  };
  return of !== undefined && ofField ? { role, ofRange: r.rangeOf(ofField.value) } : { role };
}

function readFact(r: NodeReader, node: ParsedNode): Fact | undefined {
  const f = r.fields(node, 'fact');
  if (!f) return undefined;
  const statement = r.text(f.get('statement'), 'fact');
  const date = readDate(r, f.get('date'));
  const until = readUntil(r, date, 'date', f.get('until'));
  const sources = readSources(r, f.get('sources'));
  if (!f.complete || statement === undefined) return undefined;
  return {
    statement,
    ...(date !== undefined && { date }),
    ...(until !== undefined && { until }),
    sources,
    location: { file: r.file, range: f.range },
  };
}
