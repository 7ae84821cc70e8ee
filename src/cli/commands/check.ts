import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseFactFile } from '../../core/factBase/load';
import type { Problem } from '../../core/types';
import { loadFile } from '../facts';
import { CliError, Exit, displayPath, expandPaths, readTextFile } from '../io';

/** `news-lens check PATH... [--root DIR]`: validates fact base files; exit 1 when any has errors. */
export function runCheck(argv: string[], out: (s: string) => void): number {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { root: { type: 'string' } } });
  if (positionals.length === 0) throw new CliError('check needs at least one fact base FILE or directory', Exit.usage);
  const files = expandPaths(positionals, ['.yaml', '.yml']).map((p) => resolve(p));
  const included = new Set(files.flatMap((f) => parseFactFile(f, readTextFile(f)).includes.map((i) => i.path)));
  const entries = files.filter((f) => !included.has(f));
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const entry of entries.length > 0 ? entries : files) {
    for (const p of loadFile(entry, values.root ?? process.cwd()).problems) {
      const key = `${p.file}:${p.range.start.line}:${p.range.start.character}:${p.code}:${p.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push(p);
    }
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  for (const p of problems) {
    out(`${displayPath(p.file)}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.severity}: ${p.message} [${p.code}]\n`);
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  out(`${files.length} file(s) checked: ${errors} error(s), ${warnings} warning(s)\n`);
  return errors > 0 ? Exit.problems : Exit.ok;
}
