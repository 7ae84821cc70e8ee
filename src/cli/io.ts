import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';

/** A user-facing failure: printed as `news-lens: message`, exits with `code`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

/** Exit codes, as documented in --help. */
export const Exit = { ok: 0, problems: 1, usage: 2, input: 3 } as const;

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads a UTF-8 text file, dropping a BOM; refuses binary and non-UTF-8 files with a clear error. */
export function readTextFile(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String((e as Error).message);
    throw new CliError(`cannot read ${path}: ${why}`, Exit.input);
  }
  if (bytes.subarray(0, 8192).includes(0)) throw new CliError(`${path} is a binary file, not text`, Exit.input);
  try {
    return decoder.decode(bytes);
  } catch {
    throw new CliError(`${path} is not valid UTF-8 text`, Exit.input);
  }
}

/** Expands paths: files as given, directories recursively to files with one of `extensions` (sorted). */
export function expandPaths(paths: readonly string[], extensions: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') && entry.name !== '.newslens') continue;
      if (entry.name === 'node_modules') continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (extensions.includes(extname(entry.name).toLowerCase())) out.push(full);
    }
  };
  for (const p of paths) {
    if (!existsSync(p)) throw new CliError(`${p}: no such file or directory`, Exit.input);
    if (statSync(p).isDirectory()) walk(p);
    else out.push(p);
  }
  return out;
}

/** A path as printed: relative to the working directory when inside it. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), resolve(path));
  return rel.startsWith('..') ? resolve(path) : rel;
}
