import { Document, isCollection, isScalar, parseDocument, visit } from 'yaml';
import type { Quote, Source } from '../types';

/** `value` as block YAML lines indented by `column` (never folded); collections under a `flowKeys` key are written `[a, b]`. */
export function blockLines(value: unknown, column: number, indentSeq: boolean, flowKeys: readonly string[] = []): string[] {
  const doc = new Document(value);
  if (flowKeys.length > 0) {
    visit(doc, {
      Pair(_, pair) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (typeof key === 'string' && flowKeys.includes(key) && isCollection(pair.value)) pair.value.flow = true;
      },
    });
  }
  const text = doc.toString({ lineWidth: 0, indentSeq, blockQuote: 'literal', flowCollectionPadding: false });
  const pad = ' '.repeat(column);
  return text.replace(/\n$/, '').split('\n').map((line) => (line === '' ? line : pad + line));
}

/** `value` as one line of flow YAML (`[a, b]`, `{ k: v }`), quoting strings only where a plain scalar would read back differently. */
export function flowText(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flowText).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${flowText(k)}: ${flowText(v)}`);
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
  }
  if (typeof value === 'string') return readsBackPlain(value) ? value : JSON.stringify(value);
  return String(value);
}

function readsBackPlain(s: string): boolean {
  if (s === '' || /[\r\n]/.test(s) || s !== s.trim()) return false;
  const doc = parseDocument(`[${s}]`);
  if (doc.errors.length > 0) return false;
  const back: unknown = doc.toJS();
  return Array.isArray(back) && back.length === 1 && back[0] === s;
}

/** A plain object (keys in the documented order, empty fields left out) for writing a quote. */
export function quoteValue(q: Quote): Record<string, unknown> {
  return compact({ exact: q.exact, prefix: q.prefix, suffix: q.suffix, article: q.article, start: q.start, end: q.end });
}

/** A source as the format writes it: a bare URL string when it has nothing else, else a mapping. */
export function sourceValue(s: Source): unknown {
  const only = s.url !== undefined && s.publication === undefined && s.title === undefined && s.date === undefined && s.quote === undefined;
  if (only) return s.url;
  return compact({ url: s.url, publication: s.publication, title: s.title, date: s.date, quote: s.quote && quoteValue(s.quote) });
}

/** A copy of `obj` without undefined and empty-string fields, keeping key order. */
export function compact(obj: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined && v !== ''));
}
