// Runs test modules with mocha's TDD interface inside the extension host and reports the counts
// on the line scripts/runIntegration.mjs reads. Shared by every integration entry (index.ts and
// fr/index.ts); in the web build, `mocha` is the browser build (see scripts/build.mjs).
import Mocha from 'mocha';
import * as vscode from 'vscode';

/** The line scripts/runIntegration.mjs reads the counts from. */
export const RESULT_MARKER = 'news-lens integration result:';

/**
 * Loads each module after mocha has installed its globals (the imports are static, one esbuild
 * bundle, and evaluated lazily in this order), runs them, prints the counts, and throws unless
 * at least one test ran and none failed.
 */
export async function runSuites(file: string, modules: ReadonlyArray<() => Promise<unknown>>): Promise<void> {
  // NEWS_LENS_GREP runs the matching tests only (Node extension host; the web worker has no environment).
  const grep = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.NEWS_LENS_GREP;
  const mocha = new Mocha({ ui: 'tdd', timeout: 20_000, color: false, reporter: 'spec', ...(grep ? { grep } : {}) });
  mocha.suite.emit('pre-require', globalThis, file, mocha);
  for (const load of modules) await load();

  await fileWatcherReady();

  let passed = 0;
  let failed = 0;
  await new Promise<void>((resolve) => {
    const runner = mocha.run(() => resolve());
    runner.on('pass', () => (passed += 1));
    runner.on('fail', () => (failed += 1));
  });

  console.log(`${RESULT_MARKER} ${JSON.stringify({ passed, failed })}`);
  if (failed > 0) throw new Error(`${failed} integration test(s) failed`);
  if (passed === 0) throw new Error('no integration test ran');
}

const PROBE = '.news-lens-watcher-probe';
const WATCHER_READY_TIMEOUT_MS = 60_000;

/**
 * Waits until the workbench's workspace file watcher reports a change on disk. VS Code starts it
 * only once the workbench has restored (code-server 4.99.4 registers it for that phase), which can
 * come after the extension host has started running these tests; a file written before then is
 * never reported. The probe's name matches no fact base glob and no article language.
 */
async function fileWatcherReady(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return;
  const probe = vscode.Uri.joinPath(folder.uri, PROBE);
  const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, PROBE));
  const started = Date.now();
  let reported = false;
  const seen = (): void => {
    reported = true;
  };
  const subscriptions = [watcher, watcher.onDidCreate(seen), watcher.onDidChange(seen)];
  try {
    for (let n = 0; !reported; n++) {
      if (Date.now() - started > WATCHER_READY_TIMEOUT_MS) throw new Error(`the workspace file watcher reported nothing in ${WATCHER_READY_TIMEOUT_MS / 1000} s`);
      await vscode.workspace.fs.writeFile(probe, new TextEncoder().encode(String(n)));
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    console.log(`the workspace file watcher reported after ${Date.now() - started} ms`);
  } finally {
    for (const s of subscriptions) s.dispose();
    await vscode.workspace.fs.delete(probe).then(undefined, () => undefined);
  }
}
