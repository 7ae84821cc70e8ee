import * as vscode from 'vscode';
import { combineFactBases } from '../core/combineFactBases';
import { buildRelationGraph } from '../core/graph';
import type { RelationGraph } from '../core/graph';
import { globTest } from '../core/factBase/globs';
import { relativePath } from '../core/factBase/paths';
import { buildMatcher } from '../core/matcher';
import type { Matcher } from '../core/matcher';
import type { Actor, FactBase, Problem } from '../core/types';
import { toDiagnostic } from './convert';
import { Disposable } from './disposable';
import { changedSince, exists, isFolder, mainEntries, parseFiles, readFactBase } from './factBaseReader';
import type { Stamps } from './factBaseReader';
import { affects, readSettings } from './settings';
import { Settings } from './ids';
import { findWorkspaceFiles } from './workspaceSearch';

/** Where the active fact base came from. */
export type FactBaseSource = 'default' | 'workspace';

/**
 * Which fact base the user chose (kept per workspace): every workspace fact base found by the
 * `newsLens.factBase.files` globs (the default choice), one of those files only, or the shipped
 * default alone, ignoring the workspace's files.
 */
export type FactBaseChoice = { readonly kind: 'workspace' } | { readonly kind: 'default' } | { readonly kind: 'file'; /** The file's `Uri.toString()`. */ readonly uri: string };

/** The fact base in use, compiled once for every consumer. */
export interface ActiveFactBase {
  readonly factBase: FactBase;
  readonly matcher: Matcher;
  readonly graph: RelationGraph;
  readonly actorsById: ReadonlyMap<string, Actor>;
  readonly source: FactBaseSource;
  /** The workspace files that define it (empty for the shipped default). */
  readonly files: readonly vscode.Uri[];
  /** True while the workspace fact base has errors and an earlier good version is kept. */
  readonly stale: boolean;
  /** Uri of each file core knows by path, for locations. */
  readonly uriOf: (path: string) => vscode.Uri | undefined;
  /**
   * The workspace's fact bases, chosen or not: the files the settings' globs find, less those that
   * another of them includes (the parts a fact base is split into).
   */
  readonly entries: readonly vscode.Uri[];
  /** What is loaded: every workspace fact base, one of them, or the shipped default alone. */
  readonly choice: FactBaseChoice;
}

const DEFAULT_FACT_BASE = ['facts', 'niger-crisis.facts.yaml'];
const RELOAD_DELAY_MS = 300;
/**
 * After each load, the files read are checked again this long after (ms): a file read while it was
 * being written, whose last change no watcher reported, is read again.
 */
const RECHECK_AFTER_MS = [1_000, 5_000];
const CHOICE_KEY = 'newsLens.factBaseChoice';
const WORKSPACE: FactBaseChoice = { kind: 'workspace' };

/** Where the store says what it loads and why (the extension's "News Lens" log). */
export interface StoreLog {
  info(message: string): void;
  error(message: string): void;
}

/** Owns the loaded fact base: finds, loads, watches, reports problems and fires onDidChange. */
export class FactBaseStore extends Disposable {
  private readonly changed = this.register(new vscode.EventEmitter<ActiveFactBase>());
  /** Fires after the active fact base changed. */
  readonly onDidChange = this.changed.event;
  private readonly diagnostics = this.register(vscode.languages.createDiagnosticCollection('newsLens'));
  private current: ActiveFactBase | undefined;
  private defaultBase: { factBase: FactBase; uris: ReadonlyMap<string, vscode.Uri> } | undefined;
  private watchedPaths = new Set<string>();
  /** Fact base files a watcher or VS Code reported, kept until a search finds them or they are gone. */
  private readonly reported = new Map<string, vscode.Uri>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private watchers: vscode.Disposable[] = [];
  private loading: Promise<void> = Promise.resolve();
  /** Why the next load runs (for the log). */
  private readonly reasons = new Set<string>();
  /** The workspace files the last load read from disk, as they were then. */
  private stamps: Stamps = new Map();
  private rechecks: ReturnType<typeof setTimeout>[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly state: vscode.Memento,
    private readonly log: StoreLog = { info: () => undefined, error: () => undefined },
  ) {
    super();
    this.register(vscode.workspace.onDidChangeTextDocument((e) => this.onEdited(e.document)));
    this.register(vscode.workspace.onDidCloseTextDocument((d) => this.onEdited(d)));
    this.register(
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.watch();
        this.scheduleReload('workspace folders changed');
      }),
    );
    // What VS Code itself creates, renames, deletes or saves also counts, whether or not a file
    // watcher reports it (files.watcherExclude, file systems without watching).
    this.register(vscode.workspace.onDidCreateFiles((e) => this.onFilesTouched('created', e.files)));
    this.register(vscode.workspace.onDidDeleteFiles((e) => this.onFilesTouched('deleted', e.files)));
    this.register(vscode.workspace.onDidRenameFiles((e) => this.onFilesTouched('renamed', e.files.flatMap((f) => [f.oldUri, f.newUri]))));
    this.register(vscode.workspace.onDidSaveTextDocument((d) => this.isFactBaseFile(d.uri) && this.report(d.uri, 'saved')));
    this.register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (affects(e, Settings.factBaseFiles)) {
          this.watch();
          this.scheduleReload(`setting ${Settings.factBaseFiles} changed`);
        }
      }),
    );
    this.register({ dispose: () => this.disposeWatchers() });
    this.register({ dispose: () => this.clearRechecks() });
    this.watch();
  }

  /** The active fact base; undefined only before the first load finished. */
  get active(): ActiveFactBase | undefined {
    return this.current;
  }

  /** The fact base the user chose for this workspace. */
  get choice(): FactBaseChoice {
    const saved = this.state.get<FactBaseChoice>(CHOICE_KEY);
    return saved?.kind === 'default' || (saved?.kind === 'file' && typeof saved.uri === 'string') ? saved : WORKSPACE;
  }

  /** Remembers the choice for this workspace and loads the fact base it names. */
  async choose(choice: FactBaseChoice): Promise<void> {
    await this.state.update(CHOICE_KEY, choice.kind === 'workspace' ? undefined : choice);
    await this.reload(`chose ${choice.kind === 'file' ? vscode.workspace.asRelativePath(vscode.Uri.parse(choice.uri)) : choice.kind}`);
  }

  /** Loads (or reloads) now; resolves when the new fact base is active. `reason` goes to the log. */
  reload(reason?: string): Promise<void> {
    if (reason) this.reasons.add(reason);
    this.loading = this.loading.then(() => this.load()).catch((e: unknown) => {
      this.log.error(`Loading failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('News Lens could not load the fact base: {0}', String(e)));
    });
    return this.loading;
  }

  /** Resolves once the fact base has loaded at least once and no reload is pending. */
  async ready(): Promise<ActiveFactBase> {
    // The load activation started counts: no second one just for this.
    await this.loading;
    if (!this.current) await this.reload('first use');
    if (!this.current) throw new Error(vscode.l10n.t('News Lens could not load any fact base, not even the shipped one.'));
    return this.current;
  }

  /** The shipped default fact base file. */
  get defaultFactBaseUri(): vscode.Uri {
    return vscode.Uri.joinPath(this.extensionUri, ...DEFAULT_FACT_BASE);
  }

  /**
   * The shipped fact base's files, its entry first, as found by following its includes. (On
   * vscode.dev the extension's files are served over https, which can be read but not listed.)
   */
  async defaultFactBaseFiles(): Promise<vscode.Uri[]> {
    return [...(await this.loadDefault()).uris.values()];
  }

  private watch(): void {
    this.disposeWatchers();
    const deleted = (uri: vscode.Uri): void => this.scheduleReload(`watcher: deleted ${vscode.workspace.asRelativePath(uri)}`);
    this.watchers = (vscode.workspace.workspaceFolders ?? []).flatMap((folder) =>
      readSettings(folder).factBaseFiles.map((glob) => {
        const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, glob));
        return vscode.Disposable.from(
          w,
          w.onDidCreate((uri) => this.report(uri, 'watcher: created')),
          w.onDidChange((uri) => this.report(uri, 'watcher: changed')),
          w.onDidDelete(deleted),
        );
      }),
    );
    // Deleting a folder reports the folder only, which the globs above do not match.
    const folders = vscode.workspace.createFileSystemWatcher('**', true, true, false);
    this.watchers.push(folders, folders.onDidDelete((uri) => this.holdsLoadedFile(uri) && deleted(uri)));
  }

  private disposeWatchers(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
  }

  private holdsLoadedFile(uri: vscode.Uri): boolean {
    const prefix = uri.toString() + '/';
    return [...this.watchedPaths].some((loaded) => loaded.startsWith(prefix));
  }

  /**
   * True for a file the fact-base globs name in the workspace folder, or one that is loaded (an
   * included part may lie elsewhere).
   */
  private isFactBaseFile(uri: vscode.Uri): boolean {
    if (this.watchedPaths.has(uri.toString())) return true;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const relative = folder && relativePath(folder.uri.path, uri.path);
    return relative !== undefined && globTest(readSettings(folder).factBaseFiles)(relative);
  }

  /** Files or folders VS Code created, deleted or renamed: reload when fact bases may be among them. */
  private onFilesTouched(what: string, uris: readonly vscode.Uri[]): void {
    void (async () => {
      for (const uri of uris) {
        if (this.isFactBaseFile(uri)) this.report(uri, what);
        else if (this.holdsLoadedFile(uri) || (await isFolder(uri))) this.scheduleReload(`${what} ${vscode.workspace.asRelativePath(uri)}`);
      }
    })();
  }

  /** A fact base file that was created, changed or saved: reload, and load it even if a search right after misses it. */
  private report(uri: vscode.Uri, why: string, detail = ''): void {
    this.reported.set(uri.toString(), uri);
    this.scheduleReload(`${why} ${vscode.workspace.asRelativePath(uri)}${detail}`);
  }

  private onEdited(document: vscode.TextDocument): void {
    if (this.watchedPaths.has(document.uri.toString())) this.scheduleReload(`edited ${vscode.workspace.asRelativePath(document.uri)}`);
  }

  private scheduleReload(reason: string): void {
    this.reasons.add(reason);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.reload();
    }, RELOAD_DELAY_MS);
  }

  /**
   * The files the fact-base globs name in every workspace folder (each folder's own setting), in
   * folder order, then by path.
   */
  private async findFiles(): Promise<vscode.Uri[]> {
    // Keyed by Uri: globs overlap, and a nested workspace folder's files are its parent's too.
    const files = new Map<string, vscode.Uri>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const inFolder: vscode.Uri[] = [];
      for (const glob of readSettings(folder).factBaseFiles) inFolder.push(...(await findWorkspaceFiles(new vscode.RelativePattern(folder, glob))));
      for (const uri of inFolder.sort((a, b) => a.path.localeCompare(b.path))) if (!files.has(uri.toString())) files.set(uri.toString(), uri);
    }
    // A file just reported may not be in the search's results yet: it counts while it exists.
    for (const [key, uri] of this.reported) {
      if (!files.has(key) && (await exists(uri))) files.set(key, uri);
      else this.reported.delete(key);
    }
    return [...files.values()];
  }

  private async loadDefault(): Promise<{ factBase: FactBase; uris: ReadonlyMap<string, vscode.Uri> }> {
    if (!this.defaultBase) {
      const uri = this.defaultFactBaseUri;
      const { factBase, uris } = await readFactBase([uri], uri);
      this.defaultBase = { factBase, uris };
    }
    return this.defaultBase;
  }

  /**
   * The entry files to load for the saved choice, and the choice they amount to. A chosen file
   * the search did not find falls back to every entry for this load only (searches can come back
   * short); the saved choice is forgotten only once the file is really gone.
   */
  private async resolveChoice(entries: readonly vscode.Uri[]): Promise<{ load: readonly vscode.Uri[]; choice: FactBaseChoice }> {
    const choice = this.choice;
    if (choice.kind === 'default') return { load: [], choice };
    if (choice.kind === 'workspace') return { load: entries, choice };
    const file = entries.find((uri) => uri.toString() === choice.uri);
    if (file) return { load: [file], choice };
    const uri = vscode.Uri.parse(choice.uri);
    if (!(await exists(uri))) {
      await this.state.update(CHOICE_KEY, undefined);
      void vscode.window.showInformationMessage(
        vscode.l10n.t('The fact base file {0} you chose is gone; News Lens now uses every workspace fact base file.', vscode.workspace.asRelativePath(uri)),
      );
    }
    return { load: entries, choice: WORKSPACE };
  }

  private async load(): Promise<void> {
    const started = Date.now();
    const reasons = [...this.reasons];
    this.reasons.clear();
    const base = await this.loadDefault();
    const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri);
    const found = await this.findFiles();
    const stamps: Stamps = new Map();
    // Parsed once: to tell fact bases from the parts they include, then to load them.
    const parsed = await parseFiles(found, stamps);
    const entries = mainEntries(found, parsed, folders);
    const { load, choice } = await this.resolveChoice(entries);
    // Every workspace folder bounds includes: a fact base may include a file of another folder.
    const loaded =
      folders[0] && load.length > 0 ? await readFactBase([...load], folders[0], { root: folders.map((f) => f.path), extends: base.factBase, parsed, stamps }) : undefined;
    const uris = new Map<string, vscode.Uri>([...base.uris, ...(loaded?.uris ?? [])]);
    this.watchedPaths = new Set([...(loaded?.uris.values() ?? [])].map((u) => u.toString()));
    this.publish(loaded?.problems ?? [], uris);
    this.recheckLater(stamps);

    const problems = loaded?.problems ?? [];
    const hasErrors = problems.some((p) => p.severity === 'error');
    const said = (outcome: string): void => {
      const files = loaded ? [...loaded.uris.values()].map((u) => vscode.workspace.asRelativePath(u)).join(', ') : 'the shipped default';
      const why = reasons.length > 0 ? ` (${reasons.join('; ')})` : '';
      this.log.info(`Loaded ${files} in ${Date.now() - started} ms: ${outcome}, ${problems.length} problem(s)${why}`);
    };

    // The last good version stands in while the same choice has errors, not after a switch.
    if (loaded && hasErrors && this.current?.source === 'workspace' && sameChoice(this.current.choice, choice)) {
      this.current = { ...this.current, stale: true, entries };
      said('errors, the last good version stays active');
      this.changed.fire(this.current);
      return;
    }
    const factBase = combineFactBases(base.factBase, loaded ? [loaded.factBase] : []);
    this.current = {
      factBase,
      matcher: buildMatcher(factBase.actors),
      graph: buildRelationGraph(factBase),
      actorsById: new Map(factBase.actors.map((a) => [a.id, a])),
      source: loaded ? 'workspace' : 'default',
      files: loaded ? [...loaded.uris.values()] : [],
      stale: false,
      uriOf: (path) => uris.get(path),
      entries,
      choice: loaded ? choice : { kind: 'default' },
    };
    said(`${factBase.actors.length} actors, ${factBase.relations.length} relations`);
    this.changed.fire(this.current);
  }

  /**
   * Checks the files a load read from disk again a little later: one that changed since is
   * reported, in case it was read half-written and no watcher reports its last change.
   */
  private recheckLater(stamps: Stamps): void {
    this.clearRechecks();
    this.stamps = stamps;
    if (stamps.size === 0 || this.isDisposed) return;
    this.rechecks = RECHECK_AFTER_MS.map((ms) => setTimeout(() => void this.recheck(stamps), ms));
  }

  // A newer load or dispose() clears the timers, so a recheck starts on the latest stamps.
  private async recheck(stamps: Stamps): Promise<void> {
    const results = await Promise.all([...stamps].map(async ([key, record]) => ({ key, record, ...(await changedSince(record)) })));
    // A load that ran meanwhile read the files again.
    if (this.stamps !== stamps || this.isDisposed) return;
    for (const { key, record, stamp, changed } of results) {
      if (changed) this.report(record.uri, 'recheck:', ` changed since it was read (${record.stamp} → ${stamp})`);
      // Same text under a new stamp: the next recheck compares with the new one.
      else if (stamp !== record.stamp) stamps.set(key, { ...record, stamp });
    }
  }

  private clearRechecks(): void {
    for (const timer of this.rechecks) clearTimeout(timer);
    this.rechecks = [];
  }

  private publish(problems: readonly Problem[], uris: ReadonlyMap<string, vscode.Uri>): void {
    this.diagnostics.clear();
    const byFile = new Map<string, vscode.Diagnostic[]>();
    for (const p of problems) {
      const list = byFile.get(p.file) ?? [];
      list.push(toDiagnostic(p));
      byFile.set(p.file, list);
    }
    for (const [file, list] of byFile) {
      const uri = uris.get(file);
      if (uri) this.diagnostics.set(uri, list);
    }
  }
}

/** True when two choices name the same fact base. */
export function sameChoice(a: FactBaseChoice, b: FactBaseChoice): boolean {
  return a.kind === b.kind && (a.kind !== 'file' || (b.kind === 'file' && a.uri === b.uri));
}
