// Shared plumbing for running the extension in a real VS Code (code-server + Debian's Chromium),
// as described in REAL-VSCODE.md: where the install lives, starting and stopping the server,
// launching the browser, building workbench URLs, reading the workbench console, and cleaning up
// on every exit path.
import { spawn, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatWithOptions } from 'node:util';

export const CODE_SERVER_VERSION = '4.99.4';
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const MARKER = '.news-lens-install-complete';

/** publisher.name, as VS Code identifies the extension. */
export function extensionId() {
  const { publisher, name } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  return `${publisher}.${name}`;
}

/**
 * User settings that put News Lens in the web worker extension host. The payload's
 * extensionDevelopmentKind (see workbenchUrl) is what desktop VS Code honours, but the web
 * workbench of VS Code 1.99 stores it where its host picker never looks, and an extension with
 * both `main` and `browser` prefers the Node host; this setting is read by that picker.
 * @returns {Record<string, unknown>}
 */
export function webWorkerHostSettings() {
  return { 'remote.extensionKind': { [extensionId()]: ['web'] } };
}

/** The folder that holds (or will hold) code-server; outside the repository. */
export function codeServerDir() {
  return resolve(
    process.env.NEWS_LENS_CODE_SERVER_DIR ||
      join(homedir(), '.cache', 'news-lens', `code-server-${CODE_SERVER_VERSION}`),
  );
}

/** @param {string} dir */
export const markerPath = (dir) => join(dir, MARKER);

/** @param {string} dir */
export const codeServerEntry = (dir) => join(dir, 'package', 'out', 'node', 'entry.js');

/**
 * True when a finished install for this code-server version and this Node ABI is in `dir`
 * (native modules are built for one ABI, so a Node upgrade means reinstalling).
 * @param {string} dir
 */
export function isCodeServerInstalled(dir) {
  try {
    const marker = JSON.parse(readFileSync(markerPath(dir), 'utf8'));
    return (
      marker.version === CODE_SERVER_VERSION &&
      marker.nodeModules === process.versions.modules &&
      existsSync(codeServerEntry(dir))
    );
  } catch {
    return false;
  }
}

/** Path of the Chromium binary; throws with the apt command when it is missing. */
export function chromiumPath() {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. Install it with: apt-get install -y chromium ` +
        '(or point CHROMIUM_PATH at a Chromium/Chrome binary).',
    );
  }
  return path;
}

/** Milliseconds from an env var, or the default. @param {string} name @param {number} fallback */
export function envMs(name, fallback) {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** A port nobody listens on right now, on 127.0.0.1. @param {number} [preferred] @returns {Promise<number>} */
export function freePort(preferred = 0) {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', (error) => {
      if (preferred) freePort(0).then(resolvePort, reject);
      else reject(error);
    });
    server.listen(preferred, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** A fresh temporary folder. @param {string} prefix */
export function makeTempDir(prefix) {
  return mkdtempSync(join(tmpdir(), `news-lens-${prefix}-`));
}

/** Copies samples/ into a fresh temp folder and returns its path, so tests may edit freely. */
export function copySamplesWorkspace() {
  const workspace = join(makeTempDir('workspace'), 'samples');
  cpSync(join(repoRoot, 'samples'), workspace, { recursive: true });
  return workspace;
}

/**
 * Cleanup that runs exactly once, last added first: on normal completion, on an exception, and on
 * SIGINT/SIGTERM/SIGHUP (then the process exits with `signalExitCode`, by default 128 + signal).
 * @param {{ signalExitCode?: number }} [options]
 * @returns {{ add(fn: () => unknown): void, run(): Promise<void> }}
 */
export function createCleanup({ signalExitCode } = {}) {
  /** @type {Array<() => unknown>} */
  const tasks = [];
  let running;
  const run = () => {
    running ??= (async () => {
      for (const task of tasks.reverse()) {
        try {
          await task();
        } catch (error) {
          console.error(`cleanup: ${error instanceof Error ? error.message : error}`);
        }
      }
    })();
    return running;
  };
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
    process.once(signal, () => {
      console.error(`\nreceived ${signal}, stopping…`);
      void run().finally(() => process.exit(signalExitCode ?? code));
    });
  }
  return { add: (fn) => void tasks.push(fn), run };
}

/**
 * User settings for test profiles: nothing opens or pops up on its own, so the UI state is the
 * one the tests create (the welcome walkthrough would otherwise take focus after start-up).
 */
const testSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'extensions.ignoreRecommendations': true,
  'extensions.autoCheckUpdates': false,
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
};

/**
 * @typedef {object} CodeServer
 * @property {string} url        base URL, e.g. http://127.0.0.1:41234
 * @property {string} authority  host:port, the authority of vscode-remote:// URIs
 * @property {Promise<{ code: number | null, signal: NodeJS.Signals | null }>} exited
 * @property {() => Promise<void>} stop
 */

/**
 * Starts code-server on 127.0.0.1 and waits until /healthz answers.
 * @param {object} options
 * @param {string} options.installDir    from codeServerDir()
 * @param {string} options.userDataDir
 * @param {string} options.extensionsDir
 * @param {number} [options.port]        0 or absent: a free port
 * @param {boolean} [options.verbose]    echo the server log; otherwise only shown when start fails
 * @param {boolean} [options.forTests]  a server for automated runs: see `testSettings`, and no
 *                                       extension gallery (unreachable on CI; its errors are noise)
 * @param {Record<string, unknown>} [options.settings]  more user settings for such a server
 * @param {string} [options.locale]      the display language (`--locale`); VS Code only honours it
 *                                       when a language pack for it is installed (installTestLanguagePack)
 * @returns {Promise<CodeServer>}
 */
export async function startCodeServer({ installDir, userDataDir, extensionsDir, port = 0, verbose = false, forTests = false, settings = {}, locale }) {
  if (forTests) {
    mkdirSync(join(userDataDir, 'User'), { recursive: true });
    writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...testSettings, ...settings }, undefined, 2));
  }
  const chosenPort = port || (await freePort());
  const args = [
    codeServerEntry(installDir),
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${chosenPort}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--config', join(userDataDir, 'config.yaml'), // not ~/.config/code-server
    ...(locale ? ['--locale', locale] : []),
  ];
  const env = { ...process.env };
  delete env.PORT; // $PORT would override --bind-addr
  if (forTests) env.EXTENSIONS_GALLERY = '{}';
  const child = spawn(process.execPath, args, {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // own process group, so stop() also ends the extension host and watchers
  });
  let log = '';
  const collect = (/** @type {Buffer} */ chunk) => {
    log += chunk.toString();
    if (verbose) process.stderr.write(`[code-server] ${chunk}`);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  /** @type {CodeServer['exited']} */
  const exited = new Promise((resolveExit) => child.once('exit', (code, signal) => resolveExit({ code, signal })));

  const url = `http://127.0.0.1:${chosenPort}`;
  // The server, its extension hosts and file watchers share one process group: end them all.
  const stop = async () => {
    killGroup(child.pid, 'SIGTERM');
    const deadline = Date.now() + 5000;
    while (groupAlive(child.pid) && Date.now() < deadline) await sleep(100);
    killGroup(child.pid, 'SIGKILL');
    await exited;
  };

  const deadline = Date.now() + envMs('NEWS_LENS_SERVER_START_TIMEOUT_MS', 60_000);
  let exit;
  void exited.then((value) => (exit = value));
  while (Date.now() < deadline) {
    if (exit) {
      throw new Error(`code-server exited during start-up (${JSON.stringify(exit)}):\n${log}`);
    }
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return { url, authority: `127.0.0.1:${chosenPort}`, exited, stop };
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  await stop();
  throw new Error(`code-server did not answer ${url}/healthz in time. Its log:\n${log}`);
}

/** @param {number | undefined} pid @param {NodeJS.Signals} signal */
function killGroup(pid, signal) {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

/** @param {number | undefined} pid */
function groupAlive(pid) {
  if (!pid) return false;
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** @param {number} ms */
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Installs a .vsix into an extensions folder with code-server's own CLI (what a user's install does).
 * @param {string} installDir @param {string} vsix @param {string} extensionsDir @param {string} userDataDir
 */
export function installVsix(installDir, vsix, extensionsDir, userDataDir) {
  return execFileSync(
    process.execPath,
    [
      codeServerEntry(installDir),
      '--install-extension', vsix,
      '--force',
      '--extensions-dir', extensionsDir,
      '--user-data-dir', userDataDir,
      '--config', join(userDataDir, 'config.yaml'),
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
}

/**
 * Installs the test language pack test/fixtures/language-pack-<locale>/ (a language pack with no
 * translations of VS Code's own text) so that code-server honours `--locale <locale>`: the
 * workbench and the extension host then run in that language, and VS Code itself loads the
 * extension's package.nls.<locale>.json and l10n/bundle.l10n.<locale>.json, as for a user with
 * that language pack. The .vsix is packed with vsce and installed with code-server's CLI; that CLI
 * does not update the user data folder's languagepacks.json (only a running server or desktop VS
 * Code does, in NativeLanguagePackService's post-install step), so the same index is written here,
 * the way that service builds it: the language's translation files in the installed extension.
 * @param {object} options
 * @param {string} options.installDir @param {string} options.extensionsDir @param {string} options.userDataDir
 * @param {string} options.locale
 * @param {string} options.workDir  where the .vsix is written
 */
export function installTestLanguagePack({ installDir, extensionsDir, userDataDir, locale, workDir }) {
  const fixture = join(repoRoot, 'test', 'fixtures', `language-pack-${locale}`);
  if (!existsSync(join(fixture, 'package.json'))) {
    throw new Error(`no test language pack for "${locale}" (expected ${fixture}/package.json)`);
  }
  const vsix = join(workDir, `language-pack-${locale}.vsix`);
  const vsce = join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', vsix], {
    cwd: fixture,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  installVsix(installDir, vsix, extensionsDir, userDataDir);

  const { publisher, name } = JSON.parse(readFileSync(join(fixture, 'package.json'), 'utf8'));
  const id = `${publisher}.${name}`.toLowerCase();
  /** @type {Array<{ identifier: { id: string, uuid?: string }, version: string, location: { fsPath: string } }>} */
  const installed = JSON.parse(readFileSync(join(extensionsDir, 'extensions.json'), 'utf8'));
  const extension = installed.find((e) => e.identifier.id.toLowerCase() === id);
  if (!extension) throw new Error(`the test language pack ${id} is not in ${extensionsDir}/extensions.json after installing it`);
  const location = extension.location.fsPath;
  const manifest = JSON.parse(readFileSync(join(location, 'package.json'), 'utf8'));
  /** @type {Record<string, unknown>} */
  const packs = {};
  for (const localization of manifest.contributes?.localizations ?? []) {
    packs[localization.languageId] = {
      hash: createHash('md5').update(extension.identifier.uuid || extension.identifier.id).update(extension.version).digest('hex'),
      extensions: [{ extensionIdentifier: extension.identifier, version: extension.version }],
      translations: Object.fromEntries(localization.translations.map((/** @type {{ id: string, path: string }} */ t) => [t.id, join(location, t.path)])),
      label: localization.localizedLanguageName ?? localization.languageName,
    };
  }
  if (!packs[locale]) throw new Error(`${fixture}/package.json contributes no localization for "${locale}"`);
  writeFileSync(join(userDataDir, 'languagepacks.json'), JSON.stringify(packs));
}

/** Launches headless Chromium through playwright-core. @returns {Promise<import('playwright-core').Browser>} */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: process.env.NEWS_LENS_HEADED !== '1',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * The workbench URL for a folder, optionally with development options (REAL-VSCODE.md §4).
 * @param {CodeServer} server
 * @param {object} options
 * @param {string} [options.folder]                  absolute path on the server
 * @param {string} [options.workspaceFile]           a `.code-workspace` file to open instead of `folder`
 * @param {string} [options.extensionDevelopmentPath]
 * @param {string} [options.extensionTestsPath]
 * @param {'node' | 'web'} [options.extensionKind]   'web' runs extension and tests in the worker host
 */
export function workbenchUrl(server, { folder, workspaceFile, extensionDevelopmentPath, extensionTestsPath, extensionKind = 'node' }) {
  const remote = (/** @type {string} */ path) => `vscode-remote://${server.authority}${encodePath(path)}`;
  /** @type {Array<[string, string]>} */
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  if (extensionKind === 'web') payload.push(['extensionDevelopmentKind', 'web']);
  const query = workspaceFile ? `workspace=${encodePath(workspaceFile)}` : `folder=${encodePath(folder)}`;
  return payload.length
    ? `${server.url}/?${query}&payload=${encodeURIComponent(JSON.stringify(payload))}`
    : `${server.url}/?${query}`;
}

/**
 * Forwards the workbench console, formatted, in order. The extension host's output (mocha's
 * reporter included) reaches the page through the workbench log service as
 * `console.log('%c INFO', 'color: …', format, ...args)`; that wrapper is removed, and the
 * browser's own chatter (resource 404s, iframe warnings) is kept only with NEWS_LENS_VERBOSE=1.
 * @param {import('playwright-core').Page} page
 * @param {(line: string) => void} onLine
 * @returns {() => Promise<void>} resolves once every message so far has been forwarded
 */
export function pipeWorkbenchConsole(page, onLine) {
  const verbose = process.env.NEWS_LENS_VERBOSE === '1';
  let queue = Promise.resolve();
  page.on('console', (message) => {
    const values = Promise.all(message.args().map((arg) => arg.jsonValue().catch(() => String(arg))));
    queue = queue.then(async () => {
      const args = await values.catch(() => [message.text()]);
      const level = typeof args[0] === 'string' ? /^%c\s*([A-Z]+)$/.exec(args[0])?.[1] : undefined;
      if (level) args.splice(0, 2);
      else if (!verbose) return;
      const text = formatWithOptions({ colors: false }, ...args);
      onLine(level && level !== 'INFO' ? `[${level}] ${text}` : text);
    });
  });
  return () => queue;
}

/** Percent-encodes each segment of an absolute path; keeps the slashes readable. @param {string} path */
function encodePath(path) {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** Removes a folder tree, ignoring errors. @param {string} path */
export function removeQuietly(path) {
  rmSync(path, { recursive: true, force: true, maxRetries: 3 });
}
