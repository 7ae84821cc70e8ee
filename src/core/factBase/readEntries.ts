import type { ParsedNode } from 'yaml';
import { l10n } from '../l10n';
import type { ActorTypeInfo, RelationTypeInfo } from '../types';
import type { ParsedNote, ParsedRelation, ParsedType } from './model';
import type { NodeReader } from './nodeReader';
import { readQuote, readSources } from './readSources';
import { readDate, readId, readUntil } from './values';
import { DEFAULT_ACTOR_ICON, labelFromId } from './vocabulary';

const CODICON = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads one `relations:` item; dropped when `from`, `to` or `type` is missing or invalid. */
export function readRelation(r: NodeReader, node: ParsedNode): ParsedRelation | undefined {
  const f = r.fields(node, 'relation', node);
  if (!f) return undefined;
  const idField = f.get('id');
  const id = readId(r, idField);
  const fromField = f.get('from');
  const from = readId(r, fromField, 'relation');
  const toField = f.get('to');
  const to = readId(r, toField, 'relation');
  const typeField = f.get('type');
  const type = r.text(typeField, 'relation');
  const label = r.text(f.get('label'));
  const since = readDate(r, f.get('since'));
  const until = readUntil(r, since, 'since', f.get('until'));
  const mutual = r.boolean(f.get('mutual'));
  const sources = readSources(r, f.get('sources'));
  if (!f.complete || from === undefined || to === undefined || type === undefined || !fromField || !toField || !typeField) return undefined;
  return {
    relation: {
      from,
      to,
      type,
      sources,
      location: { file: r.file, range: f.range },
      ...(id !== undefined && { id }),
      ...(label !== undefined && { label }),
      ...(since !== undefined && { since }),
      ...(until !== undefined && { until }),
      ...(mutual !== undefined && { mutual }),
    },
    idRange: id !== undefined && idField ? r.rangeOf(idField.value) : f.head,
    fromRange: r.rangeOf(fromField.value),
    toRange: r.rangeOf(toField.value),
    typeRange: r.rangeOf(typeField.value),
  };
}

/** Reads one `notes:` item; dropped when `text` or `quote` is missing or invalid. */
export function readNote(r: NodeReader, node: ParsedNode): ParsedNote | undefined {
  const f = r.fields(node, 'note', node);
  if (!f) return undefined;
  const idField = f.get('id');
  const id = readId(r, idField);
  const text = r.text(f.get('text'), 'note');
  const actorField = f.get('actor');
  const actor = readId(r, actorField);
  const date = readDate(r, f.get('date'));
  const quoteField = f.get('quote');
  const quote = quoteField ? readQuote(r, quoteField.value) : undefined;
  if (!f.complete || text === undefined || quote === undefined) return undefined;
  return {
    note: {
      text,
      quote,
      location: { file: r.file, range: f.range },
      ...(id !== undefined && { id }),
      ...(actor !== undefined && { actor }),
      ...(date !== undefined && { date }),
    },
    idRange: id !== undefined && idField ? r.rangeOf(idField.value) : f.head,
    ...(actor !== undefined && actorField && { actorRange: r.rangeOf(actorField.value) }),
  };
}

/** Reads one `actorTypes:` item; the label defaults from the id, the icon to a generic codicon. */
export function readActorType(r: NodeReader, node: ParsedNode): ParsedType<ActorTypeInfo> | undefined {
  const f = r.fields(node, 'actorType', node);
  if (!f) return undefined;
  const idField = f.get('id');
  const id = readId(r, idField, 'actorType');
  const label = r.text(f.get('label'));
  const iconField = f.get('icon');
  let icon = r.text(iconField);
  if (icon !== undefined && iconField && !CODICON.test(icon)) {
    r.report('error', 'invalid-value', l10n.t('`{0}` is not a codicon name; write one such as `shield` or `person` (without `$( )`). It is ignored.', icon), iconField.value);
    icon = undefined;
  }
  if (!f.complete || id === undefined || !idField) return undefined;
  return { info: { id, label: label ?? labelFromId(id), icon: icon ?? DEFAULT_ACTOR_ICON }, idRange: r.rangeOf(idField.value) };
}

/** Reads one `relationTypes:` item; the label defaults from the id, `mutual` to false. */
export function readRelationType(r: NodeReader, node: ParsedNode): ParsedType<RelationTypeInfo> | undefined {
  const f = r.fields(node, 'relationType', node);
  if (!f) return undefined;
  const idField = f.get('id');
  const id = readId(r, idField, 'relationType');
  const label = r.text(f.get('label'));
  const mutual = r.boolean(f.get('mutual'));
  if (!f.complete || id === undefined || !idField) return undefined;
  return { info: { id, label: label ?? labelFromId(id), mutual: mutual ?? false }, idRange: r.rangeOf(idField.value) };
}
