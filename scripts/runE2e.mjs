// Runs the end-to-end suites (test/e2e/**/*.test.ts) against the package users get: the .vsix is
// installed into a fresh extensions folder with code-server's CLI, the workbench opens a temp copy
// of samples/ in headless Chromium, and the mocha suites drive it. Screenshots: test-results/e2e/.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import Mocha from 'mocha';
import { register } from 'tsx/cjs/api';
import {
  codeServerEntry,
  copySamplesWorkspace,
  createCleanup,
  envMs,
  installVsix,
  launchChromium,
  makeTempDir,
  removeQuietly,
  repoRoot,
  startCodeServer,
  workbenchUrl,
} from './codeServer.mjs';
import { ensureCodeServer } from './installCodeServer.mjs';
import { packageExtension, vsixPath } from './package.mjs';

const resultsDir = join(repoRoot, 'test-results', 'e2e');
const suitesDir = join(repoRoot, 'test', 'e2e');
/** What goes into the .vsix; a change to any of these makes the package stale. */
const packageInputs = [
  'src', 'package.json', 'package.nls.json', 'README.md', 'CHANGELOG.md', 'LICENSE',
  'language-configuration.json', 'syntaxes', 'media', 'facts', 'schemas', 'l10n', '.vscodeignore',
];

/** Newest modification time under the given paths. @param {string[]} paths */
function newestMtime(paths) {
  let newest = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const stat = statSync(path);
    newest = Math.max(newest, stat.mtimeMs);
    if (stat.isDirectory()) {
      newest = Math.max(newest, newestMtime(readdirSync(path).map((name) => join(path, name))));
    }
  }
  return newest;
}

/** The .vsix, packaged again unless it is newer than everything that goes into it. */
function freshVsix() {
  const vsix = vsixPath();
  const inputsChanged = newestMtime(packageInputs.map((path) => join(repoRoot, path)));
  if (existsSync(vsix) && statSync(vsix).mtimeMs > inputsChanged) {
    console.log(`e2e: using ${relative(repoRoot, vsix)} (newer than its sources)`);
    return vsix;
  }
  return packageExtension({ log: (line) => console.log(`e2e: ${line}`) });
}

/** @param {string} dir @returns {string[]} */
function findSuites(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts'))
    .sort()
    .map((file) => join(dir, file));
}

/**
 * Runs the mocha suites in this process; test/e2e/session.ts reads `session` from globalThis.
 * @param {object} session
 * @returns {Promise<{ passed: number, failed: number }>}
 */
async function runSuites(session) {
  /** @type {Record<string, unknown>} */ (globalThis).__newsLensE2eSession = session;
  const unregister = register(); // lets mocha require the TypeScript suites
  const mocha = new Mocha({ ui: 'tdd', reporter: 'spec', timeout: envMs('NEWS_LENS_E2E_TEST_TIMEOUT_MS', 60_000) });
  for (const file of findSuites(suitesDir)) mocha.addFile(file);
  let passed = 0;
  let failed = 0;
  try {
    await new Promise((resolve) => {
      const runner = mocha.run(resolve);
      runner.on('pass', () => (passed += 1));
      runner.on('fail', () => (failed += 1));
    });
  } finally {
    unregister();
  }
  return { passed, failed };
}

async function main() {
  const cleanup = createCleanup();
  const started = Date.now();
  let counts = { passed: 0, failed: 0 };
  let crashed = false;
  try {
    const { publisher, name, version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    const id = `${publisher}.${name}`;
    const vsix = freshVsix();
    const installDir = ensureCodeServer();

    const profile = makeTempDir('e2e');
    cleanup.add(() => removeQuietly(profile));
    const userDataDir = join(profile, 'user');
    const extensionsDir = join(profile, 'extensions');
    console.log(`e2e: installing ${relative(repoRoot, vsix)} into a fresh extensions folder`);
    installVsix(installDir, vsix, extensionsDir, userDataDir);
    const listed = execFileSync(
      process.execPath,
      [codeServerEntry(installDir), '--list-extensions', '--show-versions', '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--config', join(userDataDir, 'config.yaml')],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    );
    if (!listed.split('\n').includes(`${id}@${version}`)) {
      throw new Error(`${id}@${version} is not installed after --install-extension; installed:\n${listed}`);
    }

    const workspace = copySamplesWorkspace();
    cleanup.add(() => removeQuietly(join(workspace, '..')));
    const server = await startCodeServer({
      installDir,
      userDataDir,
      extensionsDir,
      verbose: process.env.NEWS_LENS_VERBOSE === '1',
      forTests: true,
    });
    cleanup.add(() => server.stop());
    const browser = await launchChromium();
    cleanup.add(() => browser.close());
    mkdirSync(resultsDir, { recursive: true });

    console.log(`e2e: workbench at ${server.url}, workspace ${workspace}`);
    counts = await runSuites({
      baseUrl: server.url,
      workbenchUrl: workbenchUrl(server, { folder: workspace }),
      workspace,
      resultsDir,
      browser,
      extension: { id, version, vsix },
    });
  } catch (error) {
    crashed = true;
    console.error(`e2e: ${error instanceof Error ? error.message : error}`);
  } finally {
    await cleanup.run();
  }
  if (!crashed && counts.passed + counts.failed === 0) {
    console.error('e2e: no test ran (are there test/e2e/**/*.test.ts files?)');
    crashed = true;
  }
  const failed = counts.failed + (crashed ? 1 : 0);
  console.log(`e2e finished in ${Math.round((Date.now() - started) / 1000)} s; screenshots in ${relative(repoRoot, resultsDir)}/`);
  console.log(`e2e: ${counts.passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

await main();
