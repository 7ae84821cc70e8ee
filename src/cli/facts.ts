import { existsSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { combineFactBases } from '../core/combineFactBases';
import { loadFactBase } from '../core/factBase/load';
import type { LoadResult } from '../core/factBase/load';
import type { FactBase } from '../core/types';
import { CliError, Exit, readTextFile } from './io';

const DEFAULT_NAME = join('facts', 'niger-crisis.facts.yaml');

/** The shipped default fact base, found beside the bundle (dist/) or the sources (src/cli/). */
export function defaultFactBasePath(): string {
  for (let dir = __dirname, i = 0; i < 4; i++, dir = dirname(dir)) {
    const candidate = join(dir, DEFAULT_NAME);
    if (existsSync(candidate)) return candidate;
  }
  throw new CliError(`the default fact base (${DEFAULT_NAME}) is missing from this installation`, Exit.input);
}

/** Loads one fact base file with its includes; `root` (or the file's folder when it lies outside) bounds where includes may point. */
export function loadFile(path: string, root: string, base?: FactBase): LoadResult {
  const read = (p: string): string | undefined => {
    try {
      return readTextFile(p);
    } catch {
      return undefined;
    }
  };
  const entry = resolve(path);
  readTextFile(entry);
  const bound = resolve(root);
  const inside = entry.startsWith(bound.endsWith(sep) ? bound : bound + sep);
  return loadFactBase(entry, read, { root: inside ? bound : dirname(entry), ...(base ? { base } : {}) });
}

/** The fact base for matching: the given files over the default (per their mode), or the default alone. */
export function loadFactsForMatching(paths: readonly string[], root: string): { factBase: FactBase; errors: number } {
  const defaults = loadFile(defaultFactBasePath(), dirname(defaultFactBasePath())).factBase;
  let errors = 0;
  const user = paths.map((p) => {
    const result = loadFile(p, root, defaults);
    errors += result.problems.filter((x) => x.severity === 'error').length;
    return result.factBase;
  });
  return { factBase: combineFactBases(defaults, user), errors };
}
