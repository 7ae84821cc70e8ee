import { l10n } from '../l10n';
import type { Problem } from '../types';
import type { IncludeRef, ParsedFactFile } from './model';
import { displayPath, isInside } from './paths';
import { MAX_FILES } from './vocabulary';

/** The files of a fact base in load order, with the include problems found on the way. */
export interface IncludeWalk {
  /** Files that belong to the fact base, entry first, each followed by what it includes (depth first). */
  readonly order: readonly ParsedFactFile[];
  /** The entry files: those no other file includes (and the first of a pure include cycle). */
  readonly entries: readonly ParsedFactFile[];
  /** Included paths inside the root that are not among the files yet. */
  readonly missing: readonly string[];
  readonly problems: readonly Problem[];
}

/** Walks includes from the entry files; outside-root, cyclic, missing and excess includes become problems and are not followed. */
export function walkIncludes(files: readonly ParsedFactFile[], root?: readonly string[]): IncludeWalk {
  const byPath = new Map<string, ParsedFactFile>();
  for (const f of files) if (!byPath.has(f.path)) byPath.set(f.path, f);
  const allowed = (inc: IncludeRef): boolean => root === undefined || root.some((r) => isInside(r, inc.path));
  const included = new Set(
    [...byPath.values()].flatMap((f) => f.includes.filter((inc) => allowed(inc) && inc.path !== f.path).map((inc) => inc.path)),
  );

  const order: ParsedFactFile[] = [];
  const entries: ParsedFactFile[] = [];
  const missing: string[] = [];
  const problems: Problem[] = [];
  const visited = new Set<string>();
  const report = (file: ParsedFactFile, inc: IncludeRef, code: string, message: string): void => {
    problems.push({ severity: 'error', code, message, file: file.path, range: inc.range });
  };

  const follow = (file: ParsedFactFile, chain: readonly string[]): void => {
    for (const inc of file.includes) {
      const shown = displayPath(inc.path, root);
      if (!allowed(inc)) {
        report(file, inc, 'include-outside-root', l10n.t('`{0}` resolves to {1}, outside the workspace folder; fact base files may only include files inside it. It is not read.', inc.text, inc.path));
      } else if (chain.includes(inc.path)) {
        const loop = [...chain.slice(chain.indexOf(inc.path)), inc.path].map((p) => displayPath(p, root)).join(' → ');
        report(file, inc, 'include-cycle', l10n.t('Including `{0}` makes a cycle ({1}); remove one of the includes.', inc.text, loop));
      } else if (visited.has(inc.path)) {
        continue;
      } else {
        const target = byPath.get(inc.path);
        if (target) visit(target, [...chain, inc.path]);
        else if (byPath.size >= MAX_FILES) report(file, inc, 'too-many-files', l10n.t('`{0}` is not read: a fact base may span at most {1} files.', inc.text, MAX_FILES));
        else {
          if (!missing.includes(inc.path)) missing.push(inc.path);
          const message = shown === inc.text
            ? l10n.t('`{0}` cannot be read; check the path, which is relative to this file.', inc.text)
            : l10n.t('`{0}` ({1}) cannot be read; check the path, which is relative to this file.', inc.text, shown);
          report(file, inc, 'include-not-found', message);
        }
      }
    }
  };
  const visit = (file: ParsedFactFile, chain: readonly string[]): void => {
    visited.add(file.path);
    order.push(file);
    follow(file, chain);
  };
  const start = (file: ParsedFactFile): void => {
    entries.push(file);
    if (file.usable && file.version === undefined) {
      visited.add(file.path);
      problems.push({
        severity: 'error',
        code: 'not-a-fact-base',
        message: l10n.t('This file is not a News Lens fact base: an entry file starts with `newsLens: 1`. Add that line, or include this file from one that has it.'),
        file: file.path,
        range: file.headRange,
      });
      return;
    }
    visit(file, [file.path]);
  };

  for (const f of byPath.values()) if (!included.has(f.path)) start(f);
  for (const f of byPath.values()) if (!visited.has(f.path)) start(f);
  return { order, entries, missing, problems };
}
