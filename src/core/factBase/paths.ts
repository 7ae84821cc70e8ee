// Paths here are '/'-separated: posix paths, URI paths (`/c:/x`) or Windows drive paths, which are
// converted to forward slashes so one set of rules serves the CLI and the extension.

const DRIVE = /^[A-Za-z]:(?:[\\/]|$)/;

/** Collapses `.`, `..`, repeated and trailing slashes; Windows drive paths get '/' (the drive letter keeps its case, as callers key files by path). */
export function normalisePath(path: string): string {
  let p = path;
  if (DRIVE.test(p) || p.startsWith('\\\\')) p = p.replace(/\\/g, '/');
  const absolute = p.startsWith('/');
  const out: string[] = [];
  for (const segment of p.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      const last = out[out.length - 1];
      if (last === undefined ? !absolute : last === '..') out.push('..');
      else if (last !== undefined && !(out.length === 1 && DRIVE.test(last))) out.pop();
    } else out.push(segment);
  }
  const joined = out.join('/');
  if (absolute) return `/${joined}`;
  return joined === '' ? '.' : joined;
}

/** True for `/…` and drive paths (`c:/…`). */
export function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || DRIVE.test(path) || path.startsWith('\\\\');
}

/** The folder of a path (`/a/b.yaml` → `/a`, `b.yaml` → `.`, `/` → `/`). */
export function dirnamePath(path: string): string {
  const p = normalisePath(path);
  const slash = p.lastIndexOf('/');
  if (slash < 0) return DRIVE.test(p) ? p : '.';
  if (slash === 0) return '/';
  return p.slice(0, slash);
}

/** The last segment of a path (`/a/b.yaml` → `b.yaml`). */
export function basenamePath(path: string): string {
  const p = normalisePath(path);
  return p.slice(p.lastIndexOf('/') + 1);
}

/** Resolves `relative` against folder `base` (an absolute `relative` wins), normalised. */
export function joinPath(base: string, relative: string): string {
  if (isAbsolutePath(relative)) return normalisePath(relative);
  return normalisePath(`${base}/${relative}`);
}

/** True when `path` is `root` or lies beneath it (both normalised first; drive letters compared in any case). */
export function isInside(root: string, path: string): boolean {
  const r = driveLower(normalisePath(root));
  const p = driveLower(normalisePath(path));
  if (p === r) return true;
  return p.startsWith(r.endsWith('/') ? r : `${r}/`);
}

/** Where fact base files may live: one folder, or each folder of a multi-root workspace. */
export type Roots = string | readonly string[];

/** The folders of `roots`, normalised (undefined stays undefined: no bound). */
export function normaliseRoots(roots: Roots | undefined): readonly string[] | undefined {
  if (roots === undefined) return undefined;
  return (typeof roots === 'string' ? [roots] : roots).map(normalisePath);
}

/** The innermost of `roots` that holds `path`, if any. */
export function rootOf(roots: Roots | undefined, path: string): string | undefined {
  const inside = (normaliseRoots(roots) ?? []).filter((r) => isInside(r, path));
  return inside.sort((a, b) => b.length - a.length)[0];
}

/** `path` relative to `root` (`''` for the root itself), or undefined when it lies outside. */
export function relativePath(root: string, path: string): string | undefined {
  if (!isInside(root, path)) return undefined;
  const r = normalisePath(root);
  const p = normalisePath(path);
  return p === r ? '' : p.slice(r.endsWith('/') ? r.length : r.length + 1);
}

/**
 * `path` relative to the innermost root holding it (for messages), else `path` itself. With several
 * roots (a multi-root workspace) the root's folder name leads, as VS Code shows such paths.
 */
export function displayPath(path: string, roots?: Roots): string {
  const root = rootOf(roots, path);
  if (root === undefined) return path;
  const relative = relativePath(root, path);
  if (!relative) return normalisePath(path); // the root itself
  const several = (normaliseRoots(roots)?.length ?? 0) > 1;
  return several ? `${basenamePath(root)}/${relative}` : relative;
}

function driveLower(path: string): string {
  return path.replace(/^(\/?)([A-Za-z]):/, (_m, slash: string, drive: string) => `${slash}${drive.toLowerCase()}:`);
}
