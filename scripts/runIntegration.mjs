// Runs the one mocha integration suite (out/test/integration/index.js) inside a real VS Code
// extension host, on a temp copy of samples/, and exits non-zero unless every test passed.
//
// Host (NEWS_LENS_HOST):
//   electron     desktop VS Code through @vscode/test-electron (downloads VS Code once)
//   code-server  VS Code's server + web workbench driven by headless Chromium (REAL-VSCODE.md)
//   unset        code-server on CI or without a display; otherwise electron when VS Code can be
//                downloaded (or is cached), falling back to code-server when it cannot.
//
// NEWS_LENS_LOCALE=fr runs the French suite (out/test/integration/fr/index.js) instead, in
// code-server started with `--locale fr` and a test language pack (test/fixtures/language-pack-fr/).
// NEWS_LENS_WORKSPACE=multi-root runs the multi-root suite (out/test/integration/multiRoot/index.js)
// in a `.code-workspace` of two folders: the samples and a second one (see multiRootWorkspace).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  codeServerDir,
  copySamplesWorkspace,
  createCleanup,
  envMs,
  installTestLanguagePack,
  launchChromium,
  makeTempDir,
  pipeWorkbenchConsole,
  removeQuietly,
  repoRoot,
  startCodeServer,
  webWorkerHostSettings,
  workbenchUrl,
} from './codeServer.mjs';
import { ensureCodeServer } from './installCodeServer.mjs';

const RESULT_MARKER = 'news-lens integration result:'; // printed by test/integration/runSuites.ts
const GALLERY_LOOKUP = /^\[ERR\] Error: No extension gallery service configured\.\n[^]*\bgetBuiltInExtensionTranslationsUri\b/;
// NEWS_LENS_EXTENSION_KIND=web: the extension (its `browser` entry) and the suite's browser bundle
// run in the web worker extension host, as on vscode.dev (REAL-VSCODE.md).
const web = process.env.NEWS_LENS_EXTENSION_KIND === 'web';
// NEWS_LENS_LOCALE=fr: the host's display language; that locale's own suite checks the UI in it.
const locale = process.env.NEWS_LENS_LOCALE || undefined;
const multiRoot = process.env.NEWS_LENS_WORKSPACE === 'multi-root';
const label = `integration${web ? ' (web)' : ''}${locale ? ` (${locale})` : ''}${multiRoot ? ' (multi-root)' : ''}`;
const testsPath = locale
  ? join(repoRoot, 'out', 'test', 'integration', locale, 'index.js')
  : multiRoot
    ? join(repoRoot, 'out', 'test', 'integration', 'multiRoot', 'index.js')
    : join(repoRoot, 'out', 'test', ...(web ? ['web'] : []), 'integration', 'index.js');

/** @typedef {{ exitCode: number, counts: { passed: number, failed: number } | undefined }} Outcome */

/** Finds the result marker in output lines. */
class ResultReader {
  /** @type {{ passed: number, failed: number } | undefined} */
  counts;
  /** @param {string} line */
  read(line) {
    const at = line.indexOf(RESULT_MARKER);
    if (at < 0) return;
    try {
      this.counts = JSON.parse(line.slice(at + RESULT_MARKER.length).trim());
    } catch {
      // a garbled marker leaves the counts unknown; the exit code still decides
    }
  }
}

/**
 * The suite's workspace keeps the file watcher out of `unwatched/`, as a user's files.watcherExclude
 * or a file system without watching would: what happens there reaches News Lens only through
 * VS Code's own events (files created, renamed or deleted from VS Code, documents saved).
 * @param {string} workspace
 */
function writeUnwatchedFolderSetting(workspace) {
  mkdirSync(join(workspace, '.vscode'), { recursive: true });
  writeFileSync(join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'files.watcherExclude': { '**/unwatched/**': true } }, undefined, 2));
}

/**
 * A `.code-workspace` beside the samples copy, with a second folder, `desk/`, that keeps its fact
 * base where only its own folder setting finds it (`facts/`), and an article naming its actor.
 * @param {string} samples
 * @returns {string} the workspace file
 */
function multiRootWorkspace(samples) {
  const root = join(samples, '..');
  const desk = join(root, 'desk');
  mkdirSync(join(desk, '.vscode'), { recursive: true });
  mkdirSync(join(desk, 'facts'), { recursive: true });
  writeFileSync(join(desk, '.vscode', 'settings.json'), JSON.stringify({ 'newsLens.factBase.files': ['facts/**/*.yaml', '.newslens/**/*.yaml'] }, undefined, 2));
  writeFileSync(
    join(desk, 'facts', 'desk.yaml'),
    [
      'newsLens: 1',
      'mode: extend',
      'actors:',
      '  - id: orla-venn',
      '    name: Orla Venn',
      '    type: person',
      '    summary: A correspondent made up for the multi-root tests.',
      'relations:',
      '  - { from: orla-venn, to: ecowas, type: member-of }',
      '',
    ].join('\n'),
  );
  writeFileSync(join(desk, 'report.news'), 'Orla Venn reported from Niamey that Bazoum was still held.\n');
  const file = join(root, 'news-lens.code-workspace');
  writeFileSync(file, JSON.stringify({ folders: [{ path: 'samples' }, { path: 'desk' }] }, undefined, 2));
  return file;
}

/** @returns {Promise<'electron' | 'code-server'>} */
async function chooseHost() {
  const requested = process.env.NEWS_LENS_HOST;
  if (requested && requested !== 'electron' && requested !== 'code-server') {
    throw new Error(`NEWS_LENS_HOST must be "electron" or "code-server", not "${requested}"`);
  }
  // The test language pack is installed into code-server only.
  if (locale && requested === 'electron') throw new Error('NEWS_LENS_LOCALE needs NEWS_LENS_HOST=code-server');
  if (locale) return 'code-server';
  if (requested) return requested;
  if (web) return 'code-server'; // the host the web run is proven on; NEWS_LENS_HOST=electron still picks desktop
  if (process.env.CI) return 'code-server';
  if (process.platform === 'linux' && !process.env.DISPLAY) return 'code-server';
  try {
    await downloadVSCode();
    return 'electron';
  } catch (error) {
    console.log(`VS Code desktop is not available (${error instanceof Error ? error.message : error}); using code-server.`);
    return 'code-server';
  }
}

/** Downloads (or finds cached) desktop VS Code; gives up when no data arrives for a while. */
async function downloadVSCode() {
  const { downloadAndUnzipVSCode } = await import('@vscode/test-electron');
  return downloadAndUnzipVSCode({ timeout: envMs('NEWS_LENS_DOWNLOAD_TIMEOUT_MS', 15_000) });
}

/**
 * @param {string} workspace
 * @param {ReturnType<typeof createCleanup>} cleanup
 * @returns {Promise<Outcome>}
 */
async function runInElectron(workspace, cleanup) {
  const { runTests } = await import('@vscode/test-electron');
  const vscodeExecutablePath = await downloadVSCode().catch((error) => {
    throw new Error(
      `VS Code desktop could not be downloaded (${error instanceof Error ? error.message : error}); ` +
        'run with NEWS_LENS_HOST=code-server instead',
    );
  });
  const profile = makeTempDir('electron');
  cleanup.add(() => removeQuietly(profile));
  const reader = new ResultReader();
  const restoreStdout = teeStdout((line) => reader.read(line));
  let exitCode = 0;
  try {
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: testsPath,
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        `--user-data-dir=${join(profile, 'user')}`,
        `--extensions-dir=${join(profile, 'extensions')}`,
        ...(web ? ['--extensionDevelopmentKind=web'] : []),
      ],
    });
  } catch (error) {
    exitCode = typeof error?.code === 'number' ? error.code : 1;
  } finally {
    restoreStdout();
  }
  return { exitCode, counts: reader.counts };
}

/**
 * Lets `onLine` see every line written to stdout (test-electron forwards the host's output there).
 * @param {(line: string) => void} onLine
 */
function teeStdout(onLine) {
  const write = process.stdout.write.bind(process.stdout);
  let pending = '';
  process.stdout.write = /** @type {typeof process.stdout.write} */ (
    (chunk, ...rest) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      lines.forEach(onLine);
      return write(chunk, ...rest);
    }
  );
  return () => {
    process.stdout.write = write;
    if (pending) onLine(pending);
  };
}

/**
 * @param {string} workspace
 * @param {ReturnType<typeof createCleanup>} cleanup
 * @returns {Promise<Outcome>}
 */
async function runInCodeServer(workspace, cleanup) {
  const installDir = ensureCodeServer();
  const profile = makeTempDir('code-server');
  cleanup.add(() => removeQuietly(profile));
  const userDataDir = join(profile, 'user');
  const extensionsDir = join(profile, 'extensions');
  if (locale) installTestLanguagePack({ installDir, extensionsDir, userDataDir, locale, workDir: profile });
  const server = await startCodeServer({
    installDir,
    userDataDir,
    extensionsDir,
    locale,
    verbose: process.env.NEWS_LENS_VERBOSE === '1',
    forTests: true,
    // The suite's first test checks that the web run really is in the web worker host.
    settings: web ? webWorkerHostSettings() : {},
  });
  cleanup.add(() => server.stop());
  const browser = await launchChromium();
  cleanup.add(() => browser.close());

  const page = await browser.newPage();
  const reader = new ResultReader();
  let galleryLookups = 0;
  const consoleDone = pipeWorkbenchConsole(page, (line) => {
    reader.read(line);
    // In a non-English host the web workbench asks the extension gallery for the translations of
    // each built-in extension that activates (WebLanguagePacksService); there is no gallery here.
    if (locale && GALLERY_LOOKUP.test(line)) galleryLookups += 1;
    else console.log(line);
  });
  page.on('pageerror', (error) => console.error(`[workbench] ${error.message}`));
  const reported = new Promise((resolve) => void page.exposeFunction('codeAutomationExit', resolve));

  const timeoutMs = envMs('NEWS_LENS_INTEGRATION_TIMEOUT_MS', 5 * 60_000);
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  const timedOut = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
  await page.goto(
    workbenchUrl(server, {
      ...(workspace.endsWith('.code-workspace') ? { workspaceFile: workspace } : { folder: workspace }),
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: testsPath,
      extensionKind: web ? 'web' : 'node',
    }),
  );
  const result = await Promise.race([reported, timedOut]);
  clearTimeout(timer);
  await consoleDone();
  if (result !== 0 || process.env.NEWS_LENS_PRINT_LOG === '1') printExtensionLog(userDataDir);
  if (galleryLookups) console.log(`(${galleryLookups} gallery lookups for built-in extensions' ${locale} translations failed, as expected without a gallery)`);
  if (result === 'timeout') {
    console.error(
      `integration host never reported a result within ${timeoutMs / 1000} s ` +
        '(window.codeAutomationExit was not called; raise NEWS_LENS_INTEGRATION_TIMEOUT_MS or look for a hung test above)',
    );
    return { exitCode: 1, counts: reader.counts };
  }
  return { exitCode: Number(result), counts: reader.counts };
}

/**
 * Prints the extension's "News Lens" log (what the fact base store loaded and why), which the
 * host writes under the user data folder: after a failure it tells what the extension saw.
 * @param {string} userDataDir
 */
function printExtensionLog(userDataDir) {
  let logs = [];
  try {
    logs = readdirSync(userDataDir, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('News Lens.log'));
  } catch (error) {
    console.log(`(the News Lens log could not be looked for: ${error instanceof Error ? error.message : error})`);
    return;
  }
  // The web worker host keeps its logs in the browser, not on the server's disk.
  if (logs.length === 0) console.log(web ? '(the web worker host keeps the News Lens log in the browser)' : '(no News Lens log was written)');
  for (const path of logs) console.log(`--- ${path}\n${readFileSync(join(userDataDir, path), 'utf8').trimEnd()}\n---`);
}

async function main() {
  const cleanup = createCleanup();
  const started = Date.now();
  /** @type {Outcome} */
  let outcome = { exitCode: 1, counts: undefined };
  try {
    const kind = process.env.NEWS_LENS_EXTENSION_KIND;
    if (kind && kind !== 'node' && kind !== 'web') throw new Error(`NEWS_LENS_EXTENSION_KIND must be "node" or "web", not "${kind}"`);
    if (locale && web) throw new Error('NEWS_LENS_LOCALE runs in the Node extension host only (unset NEWS_LENS_EXTENSION_KIND)');
    const shape = process.env.NEWS_LENS_WORKSPACE;
    if (shape && shape !== 'multi-root') throw new Error(`NEWS_LENS_WORKSPACE must be "multi-root" or unset, not "${shape}"`);
    if (multiRoot && (web || locale)) throw new Error('NEWS_LENS_WORKSPACE=multi-root runs alone (unset NEWS_LENS_EXTENSION_KIND and NEWS_LENS_LOCALE)');
    console.log(`${label}: building`);
    execFileSync(process.execPath, [join(repoRoot, 'scripts', 'build.mjs')], { cwd: repoRoot, stdio: 'inherit' });
    const workspace = copySamplesWorkspace();
    cleanup.add(() => removeQuietly(join(workspace, '..')));
    writeUnwatchedFolderSetting(workspace);
    const opened = multiRoot ? multiRootWorkspace(workspace) : workspace;
    const host = await chooseHost();
    const where = host === 'electron' ? 'VS Code desktop' : `code-server (${codeServerDir()})`;
    console.log(`${label}: running in ${where}${web ? ', web worker extension host' : ''}`);
    outcome = host === 'electron' ? await runInElectron(opened, cleanup) : await runInCodeServer(opened, cleanup);
  } catch (error) {
    console.error(`${label}: ${error instanceof Error ? error.message : error}`);
  } finally {
    await cleanup.run();
  }
  const { passed = 0, failed = 0 } = outcome.counts ?? {};
  // A non-zero exit with no failed test (a crash, a timeout, a broken build) still counts as one.
  const reportedFailed = outcome.exitCode !== 0 && failed === 0 ? 1 : failed;
  console.log(`${label} finished in ${Math.round((Date.now() - started) / 1000)} s (host exit code ${outcome.exitCode})`);
  console.log(`${label}: ${passed} passed, ${reportedFailed} failed`);
  process.exitCode = outcome.exitCode === 0 && reportedFailed === 0 ? 0 : 1;
}

await main();
