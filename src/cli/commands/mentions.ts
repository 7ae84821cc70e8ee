import { parseArgs } from 'node:util';
import { buildLineIndex } from '../../core/lineIndex';
import { buildMatcher } from '../../core/matcher';
import { loadFactsForMatching } from '../facts';
import { CliError, Exit, displayPath, expandPaths, readTextFile } from '../io';

/** Article extensions read when a directory is given. */
export const ARTICLE_EXTENSIONS = ['.txt', '.news', '.md', '.markdown'];

/** `news-lens mentions FILE... [--facts PATH]... [--json] [--root DIR]`: prints the mentions found. */
export function runMentions(argv: string[], out: (s: string) => void): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { facts: { type: 'string', multiple: true }, json: { type: 'boolean' }, root: { type: 'string' } },
  });
  if (positionals.length === 0) throw new CliError('mentions needs at least one FILE or directory', Exit.usage);
  const { factBase } = loadFactsForMatching(values.facts ?? [], values.root ?? process.cwd());
  const matcher = buildMatcher(factBase.actors);
  const actors = new Map(factBase.actors.map((a) => [a.id, a]));
  const files = expandPaths(positionals, ARTICLE_EXTENSIONS).map((path) => {
    const text = readTextFile(path);
    const mentions = matcher.findMentions(text).map((m) => ({
      start: m.start,
      end: m.end,
      text: text.slice(m.start, m.end),
      actor: m.actorId,
      name: actors.get(m.actorId)?.name ?? m.actorId,
      type: actors.get(m.actorId)?.type ?? 'unknown',
    }));
    return { path: displayPath(path), text, mentions };
  });
  if (values.json) {
    out(JSON.stringify({ files: files.map(({ path, mentions }) => ({ path, mentions })) }) + '\n');
    return 0;
  }
  for (const file of files) {
    const lines = buildLineIndex(file.text);
    for (const m of file.mentions) {
      const p = lines.positionAt(m.start);
      out(`${file.path}:${p.line + 1}:${p.character + 1}\t${m.text.replace(/\s+/g, ' ')}\t${m.name} (${m.type})\n`);
    }
  }
  return 0;
}
