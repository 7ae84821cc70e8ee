// `npm start`: builds the extension and opens samples/ in VS Code with the extension loaded.
//   - With the `code` CLI (desktop VS Code): an Extension Development Host window on samples/.
//   - Without it (or NEWS_LENS_HOST=code-server): code-server on 127.0.0.1:$PORT (default 8080,
//     or a free port when taken) with this repository linked in as an installed extension;
//     open the printed URL in a browser. Ctrl+C stops the server.
// After editing the sources, run `npm run build` (or keep `npm run watch` running) and use
// "Developer: Reload Window" to load the new build.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import {
  codeServerDir,
  createCleanup,
  freePort,
  makeTempDir,
  removeQuietly,
  repoRoot,
  startCodeServer,
  workbenchUrl,
} from './codeServer.mjs';
import { ensureCodeServer } from './installCodeServer.mjs';

const samples = join(repoRoot, 'samples');

function build() {
  console.log('start: building');
  execFileSync(process.execPath, [join(repoRoot, 'scripts', 'build.mjs')], { cwd: repoRoot, stdio: 'inherit' });
}

function hasCodeCli() {
  return spawnSync('sh', ['-c', 'command -v code'], { stdio: 'ignore' }).status === 0;
}

function startDesktop() {
  console.log('start: opening samples/ in a VS Code Extension Development Host');
  const result = spawnSync('code', [`--extensionDevelopmentPath=${repoRoot}`, samples], { stdio: 'inherit' });
  if (result.error) console.error(`start: could not run \`code\`: ${result.error.message}`);
  process.exitCode = result.status ?? 1;
}

async function startCodeServerWorkbench() {
  const cleanup = createCleanup({ signalExitCode: 0 });
  try {
    const installDir = ensureCodeServer();
    const profile = makeTempDir('start');
    cleanup.add(() => removeQuietly(profile));
    // The repository itself, linked in as an installed extension: a rebuild plus
    // "Developer: Reload Window" picks up changes, with no packaging step.
    const { publisher, name, version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    const extensionsDir = join(profile, 'extensions');
    mkdirSync(extensionsDir, { recursive: true });
    symlinkSync(repoRoot, join(extensionsDir, `${publisher}.${name}-${version}`));

    const port = await freePort(Number(process.env.PORT) || 8080);
    const server = await startCodeServer({
      installDir,
      userDataDir: join(profile, 'user'),
      extensionsDir,
      port,
      verbose: process.env.NEWS_LENS_VERBOSE === '1',
    });
    let stopping = false;
    cleanup.add(() => {
      stopping = true;
      return server.stop();
    });
    console.log(`\nNews Lens is running in code-server (${codeServerDir()}).`);
    console.log(`Open this URL in a browser:\n\n  ${workbenchUrl(server, { folder: samples })}\n`);
    console.log('Press Ctrl+C to stop.');
    const { code, signal } = await server.exited;
    if (stopping) return;
    console.error(`start: code-server stopped unexpectedly (${signal ?? `exit code ${code}`})`);
    process.exitCode = 1;
  } catch (error) {
    console.error(`start: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  } finally {
    await cleanup.run();
  }
}

try {
  build();
} catch {
  console.error('start: the build failed (see above)');
  process.exit(1);
}
const host = process.env.NEWS_LENS_HOST;
if (host === 'electron' || (!host && hasCodeCli())) startDesktop();
else await startCodeServerWorkbench();
