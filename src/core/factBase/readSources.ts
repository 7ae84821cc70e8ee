import { isMap, isScalar } from 'yaml';
import type { ParsedNode } from 'yaml';
import { l10n } from '../l10n';
import type { Quote, Source } from '../types';
import type { Field, NodeReader } from './nodeReader';
import { describe } from './nodeReader';
import { readDate, readUrl } from './values';
import { isHttpUrl } from './values';

/** Reads a `sources` list: URL strings or source mappings; bad items are dropped one by one. */
export function readSources(r: NodeReader, field: Field | undefined): Source[] {
  const items = r.list(field, '[https://example.org/article]') ?? [];
  return items.flatMap((item) => {
    const source = readSource(r, item);
    return source ? [source] : [];
  });
}

function readSource(r: NodeReader, node: ParsedNode): Source | undefined {
  if (isScalar(node) && typeof node.value === 'string') {
    const url = node.value.trim();
    if (isHttpUrl(url)) return { url };
    r.report('error', 'invalid-url', l10n.t('`{0}` is not a web address; write an absolute http(s) URL such as https://example.org/article, or a source mapping with `publication` or `quote`. This source is ignored.', node.value), node);
    return undefined;
  }
  if (!isMap(node)) {
    r.report('error', 'wrong-type', l10n.t('A source must be a URL or a mapping with `url`, `publication` or `quote`, found {0}. It is ignored.', describe(node)), node);
    return undefined;
  }
  const f = r.fields(node, 'source');
  if (!f?.complete) return undefined;
  const written = ['url', 'publication', 'quote'].some((k) => f.get(k) !== undefined);
  const url = readUrl(r, f.get('url'));
  const publication = r.text(f.get('publication'));
  const title = r.text(f.get('title'));
  const date = readDate(r, f.get('date'));
  const quoteField = f.get('quote');
  const quote = quoteField ? readQuote(r, quoteField.value) : undefined;
  if (url === undefined && publication === undefined && quote === undefined) {
    if (!written) r.report('error', 'missing-field', l10n.t('A source needs a `url`, a `publication` or a `quote`; add one. This source is ignored.'), f.head);
    return undefined;
  }
  return {
    ...(url !== undefined && { url }),
    ...(publication !== undefined && { publication }),
    ...(title !== undefined && { title }),
    ...(date !== undefined && { date }),
    ...(quote !== undefined && { quote }),
  };
}

/** Reads an anchored quote; undefined (with problems) when `exact` is missing or bad. */
export function readQuote(r: NodeReader, node: ParsedNode): Quote | undefined {
  const f = r.fields(node, 'quote');
  if (!f?.complete) return undefined;
  const exact = r.text(f.get('exact'), 'quote');
  if (exact === undefined) return undefined;
  const prefix = affix(r, f.get('prefix'));
  const suffix = affix(r, f.get('suffix'));
  const article = r.text(f.get('article'));
  let start = r.count(f.get('start'));
  let end = r.count(f.get('end'));
  const endField = f.get('end');
  if (start !== undefined && end !== undefined && start > end && endField) {
    r.report('error', 'invalid-value', l10n.t('`end: {0}` is before `start: {1}`; correct the offsets or remove both. Both are ignored.', end, start), endField.value);
    start = undefined;
    end = undefined;
  }
  return {
    exact,
    ...(prefix !== undefined && { prefix }),
    ...(suffix !== undefined && { suffix }),
    ...(article !== undefined && { article }),
    ...(start !== undefined && { start }),
    ...(end !== undefined && { end }),
  };
}

// Prefixes and suffixes may be only spaces: they anchor the quote exactly as written.
function affix(r: NodeReader, field: Field | undefined): string | undefined {
  if (!field) return undefined;
  if (isScalar(field.value) && typeof field.value.value === 'string') return field.value.value;
  r.report('error', 'wrong-type', l10n.t('`{0}` must be text, found {1}. It is ignored.', field.key, describe(field.value)), field.value);
  return undefined;
}
