import { parseArgs } from 'node:util';
import { DEFAULT_FOCUS_ACTORS, buildRelationGraph, toDot, toJson, toMermaid } from '../../core/graph';
import { loadFactsForMatching } from '../facts';
import { CliError, Exit } from '../io';

const formats = { json: toJson, dot: toDot, mermaid: toMermaid } as const;

/** `news-lens graph [--facts PATH]... [--actors id,id] [--at DATE] [--format json|dot|mermaid]`: prints the relation graph. */
export function runGraph(argv: string[], out: (s: string) => void): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      facts: { type: 'string', multiple: true },
      actors: { type: 'string' },
      at: { type: 'string' },
      format: { type: 'string', default: 'json' },
      all: { type: 'boolean' },
      root: { type: 'string' },
    },
  });
  if (positionals.length > 0) throw new CliError(`graph takes no file arguments (got ${positionals.join(' ')}); use --facts PATH`, Exit.usage);
  const format = values.format as keyof typeof formats;
  const render = formats[format];
  if (!render) throw new CliError(`unknown --format '${values.format}': use json, dot or mermaid`, Exit.usage);
  const { factBase } = loadFactsForMatching(values.facts ?? [], values.root ?? process.cwd());
  const graph = buildRelationGraph(factBase);
  const known = new Set(factBase.actors.map((a) => a.id));
  const ids = values.all ? [...known] : values.actors ? values.actors.split(',').map((s) => s.trim()).filter(Boolean) : [...DEFAULT_FOCUS_ACTORS];
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) throw new CliError(`unknown actor id(s): ${unknown.join(', ')}`, Exit.usage);
  const options = values.at === undefined ? {} : { at: values.at };
  out(render(graph.subgraph(ids, options)));
  return Exit.ok;
}
