import { l10n } from '../l10n';
import { assembleFactBase, emptyFactBase } from './assemble';
import { walkIncludes } from './includeGraph';
import type { AssembleOptions, LoadResult, ParsedFactFile } from './model';
import { normalisePath, normaliseRoots } from './paths';
import type { Roots } from './paths';
import { parseFactFile } from './parseFile';
import { FILE_START } from './positions';

export { assembleFactBase, emptyFactBase } from './assemble';
export { mergeFactBases } from './merge';
export { parseFactFile } from './parseFile';
export type { AssembleOptions, IncludeRef, LoadResult, ParsedFactFile } from './model';

/** Included paths (inside `root`, when given) that the fact base needs and `files` lacks; empty once everything reachable is read. */
export function missingIncludes(files: readonly ParsedFactFile[], options: { readonly root?: Roots } = {}): string[] {
  const root = normaliseRoots(options.root);
  return [...walkIncludes(files, root).missing];
}

/**
 * The paths of the entry files among `files`: those no other file of them includes (and the first
 * of a pure include cycle). The parts a fact base splits itself into are not entries.
 */
export function entryPaths(files: readonly ParsedFactFile[], options: { readonly root?: Roots } = {}): string[] {
  const root = normaliseRoots(options.root);
  return walkIncludes(files, root).entries.map((f) => f.path);
}

/** Parses `entry` and everything it includes through the synchronous `read` (undefined = unreadable), then assembles them. */
export function loadFactBase(entry: string, read: (path: string) => string | undefined, options: AssembleOptions = {}): LoadResult {
  const text = read(entry);
  if (text === undefined) {
    const file = normalisePath(entry);
    const problem = { severity: 'error' as const, code: 'file-not-found', message: l10n.t('This fact base file cannot be read; check that it exists.'), file, range: FILE_START };
    return { factBase: emptyFactBase(), problems: [problem] };
  }
  const files = [parseFactFile(entry, text)];
  const unreadable = new Set<string>();
  for (;;) {
    const missing = missingIncludes(files, options).filter((p) => !unreadable.has(p));
    if (missing.length === 0) break;
    for (const path of missing) {
      const included = read(path);
      if (included === undefined) unreadable.add(path);
      else files.push(parseFactFile(path, included));
    }
  }
  return assembleFactBase(files, options);
}
