import * as vscode from 'vscode';
import { assembleFactBase, entryPaths, missingIncludes, parseFactFile } from '../core/factBase/load';
import type { LoadResult, ParsedFactFile } from '../core/factBase/load';
import type { Roots } from '../core/factBase/paths';
import { textHash } from '../core/textHash';
import type { FactBase } from '../core/types';

const decoder = new TextDecoder('utf-8');

/**
 * A file as a load read it from disk: its stamp (modification time and size, or `missing`), taken
 * just before reading, and the fingerprint of the text read (undefined when it could not be read).
 */
export interface ReadRecord {
  readonly uri: vscode.Uri;
  readonly stamp: string;
  readonly hash: string | undefined;
}

/** The files one load read from disk, by `Uri.toString()`. */
export type Stamps = Map<string, ReadRecord>;

/**
 * Text of a file: the open editor's buffer when there is one (unsaved edits count), else the disk.
 * A disk read is recorded in `stamps`, readable or not.
 */
export async function readText(uri: vscode.Uri, stamps?: Stamps): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  // Stamped before reading: a write that lands during the read shows as a change afterwards.
  const stamp = stamps && (await stampOf(uri));
  const text = await readDisk(uri);
  if (stamps && stamp !== undefined) stamps.set(uri.toString(), { uri, stamp, hash: text === undefined ? undefined : textHash(text) });
  return text;
}

async function readDisk(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/** The file's modification time and size as one string, or `missing`. */
async function stampOf(uri: vscode.Uri): Promise<string> {
  const stat = await statOf(uri);
  return stat ? `${stat.mtime}:${stat.size}` : 'missing';
}

/**
 * Whether a file read earlier holds other text now. Its stamp is compared first, then, when the
 * stamp moved, its text (a touch, or a file system whose stamps move by themselves, is no change).
 */
export async function changedSince(record: ReadRecord): Promise<{ readonly stamp: string; readonly changed: boolean }> {
  const stamp = await stampOf(record.uri);
  if (stamp === record.stamp) return { stamp, changed: false };
  const text = stamp === 'missing' ? undefined : await readDisk(record.uri);
  return { stamp, changed: (text === undefined ? undefined : textHash(text)) !== record.hash };
}

/** What is at `uri`, or undefined when nothing is (or it cannot be read). */
async function statOf(uri: vscode.Uri): Promise<vscode.FileStat | undefined> {
  try {
    return await vscode.workspace.fs.stat(uri);
  } catch {
    return undefined;
  }
}

/** True when something exists at `uri` (file or folder). */
export async function exists(uri: vscode.Uri): Promise<boolean> {
  return (await statOf(uri)) !== undefined;
}

/** True when `uri` is an existing folder. */
export async function isFolder(uri: vscode.Uri): Promise<boolean> {
  const stat = await statOf(uri);
  return stat !== undefined && (stat.type & vscode.FileType.Directory) !== 0;
}

/** Files read for one load, by the path string core knows them by. */
export interface ReadFactBase extends LoadResult {
  readonly uris: ReadonlyMap<string, vscode.Uri>;
}

/**
 * Loads entry files and everything they include through `vscode.workspace.fs`, then assembles them
 * in core. `base` gives the scheme and authority for the paths core resolves.
 */
export async function readFactBase(
  entries: readonly vscode.Uri[],
  base: vscode.Uri,
  options: { root?: Roots; extends?: FactBase; parsed?: ReadonlyMap<string, ParsedFactFile>; stamps?: Stamps } = {},
): Promise<ReadFactBase> {
  const uris = new Map<string, vscode.Uri>();
  const parsed: ParsedFactFile[] = [];
  const unreadable = new Set<string>();
  const read = async (uri: vscode.Uri): Promise<void> => {
    uris.set(uri.path, uri);
    const known = options.parsed?.get(uri.path);
    if (known) {
      parsed.push(known);
      return;
    }
    const text = await readText(uri, options.stamps);
    if (text === undefined) unreadable.add(uri.path);
    else parsed.push(parseFactFile(uri.path, text));
  };
  for (const entry of entries) await read(entry);
  for (;;) {
    const missing = missingIncludes(parsed, options.root === undefined ? {} : { root: options.root }).filter((p) => !unreadable.has(p) && !uris.has(p));
    if (missing.length === 0) break;
    for (const path of missing) await read(base.with({ path }));
  }
  return {
    ...assembleFactBase(parsed, {
      ...(options.root === undefined ? {} : { root: options.root }),
      ...(options.extends === undefined ? {} : { base: options.extends }),
    }),
    uris,
  };
}

/** Reads and parses `files` once, by path, for readFactBase's `parsed` option and mainEntries. */
export async function parseFiles(files: readonly vscode.Uri[], stamps?: Stamps): Promise<Map<string, ParsedFactFile>> {
  const parsed = new Map<string, ParsedFactFile>();
  for (const uri of files) {
    const text = await readText(uri, stamps);
    if (text !== undefined) parsed.set(uri.path, parseFactFile(uri.path, text));
  }
  return parsed;
}

/**
 * The files among `files` that are fact bases of their own, not parts another one of them includes
 * (includes reach into any of the workspace folders `roots`).
 */
export function mainEntries(files: readonly vscode.Uri[], parsed: ReadonlyMap<string, ParsedFactFile>, roots: readonly vscode.Uri[]): vscode.Uri[] {
  const entries = new Set(entryPaths([...parsed.values()], { root: roots.map((r) => r.path) }));
  return files.filter((uri) => !parsed.has(uri.path) || entries.has(uri.path));
}
