import { notesForArticle } from '../notePlacement';
import type { FactBase, Mention } from '../types';
import { toBrat, toBratConfig } from './brat';
import { toPairsCsv } from './csv';
import { toW3c } from './w3c';

/** The export formats: brat standoff, W3C Web Annotation JSON-LD, CSV of co-mentioned pairs. */
export const EXPORT_FORMATS = ['brat', 'w3c', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** One article to export: its workspace-relative `path` (also what notes' `quote.article` is compared with), text, mentions and, for W3C, its IRI. */
export interface ExportArticle {
  readonly path: string;
  /** Other names notes may use for the article (a bare path written before the workspace had a second folder). */
  readonly otherPaths?: readonly string[];
  readonly text: string;
  readonly mentions: readonly Mention[];
  readonly iri?: string;
}

/** One file an export writes, `path` relative to the output folder ('/'-separated). */
export interface ExportFile {
  readonly path: string;
  readonly content: string;
}

/** True for a known export format name. */
export function isExportFormat(name: string): name is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(name);
}

/**
 * The files of an export, in article order: brat writes `<stem>.txt` (the exact text the offsets
 * count in) and `<stem>.ann` per article plus `annotation.conf`; W3C writes `<stem>.jsonld`; CSV
 * writes one `pairs.csv`. Notes go with the article their quote names.
 */
export function exportFiles(format: ExportFormat, articles: readonly ExportArticle[], factBase: FactBase): ExportFile[] {
  if (format === 'csv') return [{ path: 'pairs.csv', content: toPairsCsv(articles, factBase) }];
  const stems = exportStems(articles.map((a) => a.path));
  const files = articles.flatMap((a, i): ExportFile[] => {
    const stem = stems[i]!;
    const notes = notesForArticle(factBase.notes, [a.path, ...(a.otherPaths ?? [])]);
    if (format === 'w3c') return [{ path: `${stem}.jsonld`, content: toW3c(a.iri ?? a.path, a.text, a.mentions, factBase, notes) }];
    return [
      { path: `${stem}.txt`, content: a.text },
      { path: `${stem}.ann`, content: toBrat(a.text, a.mentions, factBase, notes) },
    ];
  });
  return format === 'brat' ? [...files, { path: 'annotation.conf', content: toBratConfig(factBase) }] : files;
}

/** Output names for article paths: the path below the folder all share, without its extension (no `..`); where two collide, the extension stays, as `-ext`. */
export function exportStems(paths: readonly string[]): string[] {
  const parts = paths.map((p) => p.replace(/\\/g, '/').split('/').filter((s) => s !== '' && s !== '.' && s !== '..'));
  let shared = 0;
  while (parts.every((p) => p.length > shared + 1 && p[shared] === parts[0]?.[shared])) shared++;
  const safe = parts.map((p) => p.slice(shared).join('/') || 'article');
  const bare = safe.map((p) => p.replace(/(?<=[^/])\.[^./]*$/, ''));
  const count = new Map<string, number>();
  for (const b of bare) count.set(b, (count.get(b) ?? 0) + 1);
  return safe.map((p, i) => (count.get(bare[i]!) === 1 ? bare[i]! : p.replace(/(?<=[^/])\.([^./]*)$/, '-$1')));
}
