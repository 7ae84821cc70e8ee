import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, exportFiles, isExportFormat } from '../../core/export/bundle';
import type { ExportArticle } from '../../core/export/bundle';
import { buildMatcher } from '../../core/matcher';
import { loadFactsForMatching } from '../facts';
import { CliError, Exit, expandPaths, readTextFile } from '../io';
import { ARTICLE_EXTENSIONS } from './mentions';

/**
 * `news-lens export --format brat|w3c|csv [--facts PATH]... [--out DIR] [--root DIR] FILE|DIR...`:
 * writes the export into --out, or prints it when there is one output (one article, or csv) and no --out.
 */
export function runExport(argv: string[], out: (s: string) => void): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: 'string' }, facts: { type: 'string', multiple: true }, out: { type: 'string' }, root: { type: 'string' } },
  });
  const format = values.format;
  if (format === undefined || !isExportFormat(format)) throw new CliError(`export needs --format ${EXPORT_FORMATS.join('|')}`, Exit.usage);
  if (positionals.length === 0) throw new CliError('export needs at least one FILE or directory', Exit.usage);
  const root = resolve(values.root ?? process.cwd());
  const paths = expandPaths(positionals, ARTICLE_EXTENSIONS);
  if (values.out === undefined && format !== 'csv' && paths.length !== 1) {
    throw new CliError(`exporting ${paths.length} articles as ${format} writes one file per article: give --out DIR`, Exit.usage);
  }
  const { factBase } = loadFactsForMatching(values.facts ?? [], root);
  const matcher = buildMatcher(factBase.actors);
  const articles = paths.map((path): ExportArticle => {
    const text = readTextFile(path);
    return { path: articlePath(path, root), text, mentions: matcher.findMentions(text) };
  });
  const files = exportFiles(format, articles, factBase);
  if (values.out === undefined) {
    // brat's .txt is the article itself; what is printed is the one annotation file.
    const printed = files.find((f) => !f.path.endsWith('.txt') && f.path !== 'annotation.conf');
    out(printed?.content ?? '');
    return Exit.ok;
  }
  const dir = resolve(values.out);
  for (const file of files) {
    const target = join(dir, ...file.path.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
  out(`${files.length} file(s) written to ${values.out}\n`);
  return Exit.ok;
}

/** The path notes' `quote.article` is compared with: relative to the root, '/'-separated. */
function articlePath(path: string, root: string): string {
  const rel = relative(root, resolve(path));
  return (rel.startsWith('..') ? resolve(path) : rel).split(sep).join('/');
}
