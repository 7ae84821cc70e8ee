// Installs code-server (VS Code's server and web workbench) into a cache folder outside the
// repository, following REAL-VSCODE.md §2. Reuses a finished install; a half-finished one is
// never mistaken for finished because work happens in a temp folder renamed at the very end.
//
//   node scripts/installCodeServer.mjs          (npm run install:code-server)
//   NEWS_LENS_CODE_SERVER_DIR=/some/dir node scripts/installCodeServer.mjs
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, symlinkSync, writeFileSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CODE_SERVER_VERSION,
  chromiumPath,
  codeServerDir,
  codeServerEntry,
  isCodeServerInstalled,
  markerPath,
  removeQuietly,
} from './codeServer.mjs';

/** Throws one message listing every missing Debian package and the command that installs them. */
export function checkPrerequisites() {
  const missing = [];
  try {
    chromiumPath();
  } catch {
    missing.push(`chromium (looked for ${process.env.CHROMIUM_PATH || '/usr/bin/chromium'}; or set CHROMIUM_PATH)`);
  }
  if (!existsSync('/usr/include/krb5.h') && !commandExists('krb5-config')) {
    missing.push('libkrb5-dev (code-server\'s kerberos module compiles against it)');
  }
  if (!commandExists('rg')) missing.push('ripgrep (the `rg` binary replaces the one @vscode/ripgrep would download)');
  const tools = ['make', 'g++', 'python3'].filter((tool) => !commandExists(tool));
  if (tools.length) missing.push(`${tools.join(', ')} (node-gyp builds code-server's native modules with them)`);
  if (missing.length) {
    const packages = ['chromium', 'libkrb5-dev', 'ripgrep', ...tools];
    throw new Error(
      `Missing prerequisites:\n  - ${missing.join('\n  - ')}\n` +
        `Install them with:\n  apt-get update && apt-get install -y ${packages.join(' ')}`,
    );
  }
}

/** @param {string} name */
function commandExists(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/** @param {string} name */
function commandPath(name) {
  return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
}

/**
 * Makes sure code-server is installed and returns its folder.
 * @param {{ log?: (line: string) => void }} [options]
 * @returns {string}
 */
export function ensureCodeServer({ log = (line) => console.log(line) } = {}) {
  const dir = codeServerDir();
  if (isCodeServerInstalled(dir)) {
    log(`code-server ${CODE_SERVER_VERSION}: reusing ${dir}`);
    return dir;
  }
  checkPrerequisites();
  const started = Date.now();
  log(`code-server ${CODE_SERVER_VERSION}: installing into ${dir} (about a minute)`);
  mkdirSync(dirname(dir), { recursive: true });
  removeStalePartials(dir);
  const work = `${dir}.partial-${process.pid}`;
  removeQuietly(work);
  mkdirSync(work, { recursive: true });
  try {
    installInto(work, log);
    writeFileSync(
      markerPath(work),
      JSON.stringify({ version: CODE_SERVER_VERSION, nodeModules: process.versions.modules, node: process.version, at: new Date().toISOString() }) + '\n',
    );
    removeQuietly(dir); // an unfinished or outdated install
    renameSync(work, dir);
  } catch (error) {
    removeQuietly(work);
    throw error;
  }
  log(`code-server ${CODE_SERVER_VERSION}: installed in ${Math.round((Date.now() - started) / 1000)} s`);
  return dir;
}

/** @param {string} dir */
function removeStalePartials(dir) {
  const prefix = `${basename(dir)}.partial-`;
  for (const name of readdirSync(dirname(dir))) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length));
    if (!isAlive(pid)) rmSync(join(dirname(dir), name), { recursive: true, force: true });
  }
}

/** @param {number} pid */
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The steps of REAL-VSCODE.md §2, in `work`. @param {string} work @param {(line: string) => void} log */
function installInto(work, log) {
  const pkg = join(work, 'package');
  const vscode = join(pkg, 'lib', 'vscode');
  const quiet = ['--no-audit', '--no-fund', '--loglevel=error'];

  step(log, 'download the npm package', work, 'npm', ['pack', `code-server@${CODE_SERVER_VERSION}`, ...quiet]);
  step(log, 'unpack', work, 'tar', ['xzf', `code-server-${CODE_SERVER_VERSION}.tgz`]);
  step(log, 'install code-server dependencies', pkg, 'npm', ['install', '--omit=dev', '--ignore-scripts', ...quiet]);
  step(log, 'build argon2', pkg, 'npm', ['rebuild', 'argon2', ...quiet]);
  step(log, 'install VS Code dependencies', vscode, 'npm', ['install', '--omit=dev', '--ignore-scripts', ...quiet]);

  log('  - point @vscode/ripgrep at the system rg');
  const rgBin = join(vscode, 'node_modules', '@vscode', 'ripgrep', 'bin');
  mkdirSync(rgBin, { recursive: true });
  forceSymlink(commandPath('rg'), join(rgBin, 'rg'));

  step(log, 'build native modules (node-pty, spdlog, watcher, kerberos…)', vscode, 'npm', ['rebuild', ...quiet]);

  log('  - link node_modules.asar and the helper scripts');
  forceSymlink('node_modules', join(vscode, 'node_modules.asar'));
  forceSymlink('code-linux.sh', join(vscode, 'bin', 'remote-cli', 'code-server'));
  forceSymlink('browser-linux.sh', join(vscode, 'bin', 'helpers', 'browser.sh'));

  step(log, 'install built-in extensions\' dependencies', join(vscode, 'extensions'), 'npm', ['install', '--omit=dev', ...quiet]);

  log('  - check it runs');
  const version = execFileSync(
    process.execPath,
    [codeServerEntry(work), '--version', '--config', join(work, 'config.yaml')],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
  ).trim();
  if (!version.includes(`${CODE_SERVER_VERSION} `)) throw new Error(`unexpected code-server version: ${version}`);
  log(`    code-server ${version}`);
}

/**
 * @param {(line: string) => void} log @param {string} title @param {string} cwd
 * @param {string} command @param {string[]} args
 */
function step(log, title, cwd, command, args) {
  log(`  - ${title}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    cwd,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      npm_config_unsafe_perm: 'true', // postinstall scripts refuse to run as root otherwise
      npm_config_yes: 'true', // `npx node-gyp` inside node-pty's build would wait for a "y"
      npm_config_update_notifier: 'false',
    },
  });
  if (result.error) throw new Error(`${title} failed: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${title} failed: \`${command} ${args.join(' ')}\` exited ${result.status} in ${cwd}`);
}

/** @param {string} target @param {string} path */
function forceSymlink(target, path) {
  rmSync(path, { force: true });
  symlinkSync(target, path);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const dir = ensureCodeServer();
    console.log(`code-server entry: ${codeServerEntry(dir)}`);
  } catch (error) {
    console.error(`\ninstall:code-server: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
