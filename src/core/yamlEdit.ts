import { parseDocument } from 'yaml';

/**
 * Sets the fact base's top-level `mode`, keeping comments, order and blank lines; the key is
 * added after `newsLens` when absent. Returns undefined when the text is not valid YAML.
 */
export function setFactBaseMode(text: string, mode: 'extend' | 'replace'): string | undefined {
  const doc = parseDocument(text, { keepSourceTokens: false });
  if (doc.errors.length > 0 || !doc.contents || !('items' in doc.contents)) return undefined;
  if (doc.has('mode')) {
    doc.set('mode', mode);
    return doc.toString();
  }
  const node = doc.createPair('mode', mode);
  const items = doc.contents.items as unknown[];
  const at = items.findIndex((p) => String((p as { key?: { value?: unknown } }).key?.value) === 'newsLens');
  items.splice(at + 1, 0, node);
  return doc.toString();
}
