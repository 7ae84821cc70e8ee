/** The entry with this `id` in the plain-data list `data[listKey]`. */
export function entryIn(data: unknown, listKey: string, id: string): Record<string, unknown> | undefined {
  const list = (data as Record<string, unknown> | null)?.[listKey];
  return Array.isArray(list) ? (list as Record<string, unknown>[]).find((e) => e?.['id'] === id) : undefined;
}

/** The last element of a plain-data list. */
export function last(list: unknown): unknown {
  return Array.isArray(list) ? list.at(-1) : undefined;
}

/** Deep equality of plain data (key order included). */
export function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
