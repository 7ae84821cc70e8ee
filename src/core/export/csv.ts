import type { FactBase, Mention } from '../types';

/** RFC 4180 CSV, one row per actor pair co-mentioned in an article: ids sorted, co_mentions = the smaller count, relation types (both directions) sorted and `;`-joined. */
export function toPairsCsv(articles: readonly { readonly path: string; readonly mentions: readonly Mention[] }[], factBase: FactBase): string {
  const between = new Map<string, Set<string>>();
  for (const r of factBase.relations) {
    if (r.from === r.to) continue;
    const key = pairKey(r.from, r.to);
    between.set(key, (between.get(key) ?? new Set()).add(r.type));
  }
  const rows = [['article', 'actor_a', 'actor_b', 'co_mentions', 'relations']];
  for (const article of articles) {
    const counts = new Map<string, number>();
    for (const m of article.mentions) counts.set(m.actorId, (counts.get(m.actorId) ?? 0) + 1);
    const ids = [...counts.keys()].sort();
    ids.forEach((a, i) => {
      for (const b of ids.slice(i + 1)) {
        const types = [...(between.get(pairKey(a, b)) ?? [])].sort().join(';');
        rows.push([article.path, a, b, String(Math.min(counts.get(a) ?? 0, counts.get(b) ?? 0)), types]);
      }
    });
  }
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/** A field quoted per RFC 4180 when it holds a comma, a double quote or a line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}
