// Builds the production bundle and packages it as news-lens-<version>.vsix in the repository root.
// Dependencies are bundled by esbuild, hence `--no-dependencies`. Before packaging, the file list
// is checked against the allow-list below (which mirrors .vscodeignore) so that sources, tests,
// node_modules or source maps can never slip into what users install.
//
//   node scripts/package.mjs          (npm run package)
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from './codeServer.mjs';

const allowed = [
  /^package\.json$/,
  /^package\.nls(\.[\w-]+)?\.json$/,
  /^README\.md$/,
  /^CHANGELOG\.md$/,
  /^LICENSE(\.md|\.txt)?$/,
  /^dist\/(extension|cli)\.js$/,
  /^dist\/web\/extension\.js$/,
  /^dist\/webview\/graph\.(js|css)$/,
  /^language-configuration\.json$/,
  /^(syntaxes|media|facts|schemas|l10n)\//,
];

const vsce = join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');

/** The path of the .vsix for the current package.json version. */
export function vsixPath() {
  const { name, version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  return join(repoRoot, `${name}-${version}.vsix`);
}

/** Builds and packages; returns the .vsix path. @param {{ log?: (line: string) => void }} [options] */
export function packageExtension({ log = (line) => console.log(line) } = {}) {
  const started = Date.now();
  log('package: production build');
  execFileSync(process.execPath, [join(repoRoot, 'scripts', 'build.mjs')], {
    cwd: repoRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });

  const files = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: repoRoot, encoding: 'utf8' })
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const unexpected = files.filter((file) => !allowed.some((pattern) => pattern.test(file)));
  if (unexpected.length) {
    throw new Error(`the package would contain files users do not need (fix .vscodeignore):\n  ${unexpected.join('\n  ')}`);
  }
  for (const needed of ['package.json', 'dist/extension.js', 'dist/web/extension.js', 'dist/cli.js', 'dist/webview/graph.js', 'dist/webview/graph.css']) {
    if (!files.includes(needed)) throw new Error(`the package would lack ${needed}`);
  }

  const out = vsixPath();
  log(`package: vsce package → ${relative(repoRoot, out)} (${files.length} files)`);
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--out', out], {
    cwd: repoRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  log(`package: ${relative(repoRoot, out)}, ${Math.round(statSync(out).size / 1024)} KiB, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    packageExtension();
  } catch (error) {
    console.error(`package: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
