import { runCheck } from './commands/check';
import { runExport } from './commands/export';
import { runGraph } from './commands/graph';
import { runMentions } from './commands/mentions';
import { CliError, Exit } from './io';

const HELP = `news-lens: find the actors in news articles, check fact bases, print relation graphs

Usage:
  news-lens mentions FILE|DIR... [--facts PATH]... [--json] [--root DIR]
      Prints every actor mention. Directories are searched for .txt, .news and .md files.
      Without --facts the shipped Niger-crisis fact base is used; a --facts file with
      "mode: extend" (the default) adds to it, "mode: replace" stands alone.
      --json prints one object: {"files":[{"path","mentions":[{"start","end","text",
      "actor","name","type"}]}]}, offsets in UTF-16 units after dropping a BOM.
  news-lens check FILE|DIR... [--root DIR]
      Validates fact base files (directories: every .yaml/.yml) and prints
      file:line:col: severity: message [code] for each problem.
  news-lens graph [--facts PATH]... [--actors id,id | --all] [--at YYYY-MM-DD]
                  [--format json|dot|mermaid]
      Prints the relations among the actors (default: niger, mali, russia, ecowas),
      optionally only those valid at a date.
  news-lens export --format brat|w3c|csv [--facts PATH]... [--out DIR] [--root DIR] FILE|DIR...
      Exports the mentions, relations and notes of articles: brat writes NAME.txt and
      NAME.ann per article plus annotation.conf; w3c writes NAME.jsonld (W3C Web
      Annotation) per article; csv writes pairs.csv (co-mentioned actor pairs). Without
      --out the one output (one article, or csv) is printed. Notes go with the article
      their quote names, as a path relative to --root.
  news-lens --help | --version

Options:
  --root DIR   includes may not point outside DIR (default: the current directory)

Exit codes:
  0  success
  1  check found errors in a fact base
  2  bad command line (unknown command or flag, missing argument)
  3  an input file is missing, unreadable, binary or not UTF-8
`;

const commands: Record<string, (argv: string[], out: (s: string) => void) => number> = {
  mentions: runMentions,
  check: runCheck,
  graph: runGraph,
  export: runExport,
};

/** Runs the CLI with `argv` (without node and script), writing to `out`/`err`; returns the exit code. */
export function main(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    out(HELP);
    return name === undefined ? Exit.usage : Exit.ok;
  }
  if (name === '--version' || name === '-v') {
    out(`${VERSION}\n`);
    return Exit.ok;
  }
  const command = commands[name];
  if (!command) {
    err(`news-lens: unknown command '${name}'. Run news-lens --help for the commands.\n`);
    return Exit.usage;
  }
  try {
    return command(rest, out);
  } catch (e) {
    if (e instanceof CliError) {
      err(`news-lens: ${e.message}\n`);
      return e.code;
    }
    if (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS')) {
      err(`news-lens ${name}: ${e.message}. Run news-lens --help for usage.\n`);
      return Exit.usage;
    }
    throw e;
  }
}

declare const NEWS_LENS_VERSION: string | undefined;
const VERSION = typeof NEWS_LENS_VERSION === 'string' ? NEWS_LENS_VERSION : 'development';

if (require.main === module) {
  const chunks: string[] = [];
  const code = main(process.argv.slice(2), (s) => chunks.push(s), (s) => process.stderr.write(s));
  process.stdout.write(chunks.join(''), () => process.exit(code));
}
