// Bundles with esbuild: the extension (for the Node and the web worker extension hosts), the CLI,
// the integration suite and the host bench's harness (likewise) and the graph webview.
import * as esbuild from 'esbuild';

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const watch = process.argv.includes('--watch');
const production = process.env.NODE_ENV === 'production';

/** @type {import('esbuild').BuildOptions[]} */
const builds = [
  {
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    external: ['vscode'],
  },
  {
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    banner: { js: '#!/usr/bin/env node' },
    define: { NEWS_LENS_VERSION: JSON.stringify(pkg.version) },
  },
  {
    entryPoints: ['test/integration/index.ts'],
    outfile: 'out/test/integration/index.js',
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    external: ['vscode', 'mocha'],
  },
  {
    // The multi-root suite (NEWS_LENS_WORKSPACE=multi-root), run in a workspace of two folders.
    entryPoints: ['test/integration/multiRoot/index.ts'],
    outfile: 'out/test/integration/multiRoot/index.js',
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    external: ['vscode', 'mocha'],
  },
  {
    // The French suite (NEWS_LENS_LOCALE=fr), run in a host whose display language is French.
    entryPoints: ['test/integration/fr/index.ts'],
    outfile: 'out/test/integration/fr/index.js',
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    external: ['vscode', 'mocha'],
  },
  {
    // The `browser` entry: the same extension for the web worker extension host (vscode.dev).
    // Nothing Node-specific is polyfilled; a Node built-in anywhere in the graph fails this build.
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
  },
  {
    // The same integration suite as one browser-loadable CommonJS file for the web worker host:
    // mocha's browser build, and an `assert` that fails this build if a test calls what it lacks.
    entryPoints: ['test/integration/index.ts'],
    outfile: 'out/test/web/integration/index.js',
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    plugins: [
      replaceModules({
        mocha: 'test/integration/web/mocha.ts',
        ...Object.fromEntries(['assert', 'assert/strict', 'node:assert', 'node:assert/strict'].map((name) => [name, 'test/integration/web/assert.ts'])),
      }),
    ],
    define: { NEWS_LENS_TEST_HOST: '"web"' },
    logOverride: { 'import-is-undefined': 'error' },
  },
  {
    // bench/host.bench.ts's harness, loaded as extensionTestsPath: for the Node extension host...
    entryPoints: ['bench/host/node.ts'],
    outfile: 'out/bench/host/node.js',
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    external: ['vscode'],
  },
  {
    // ...and for the web worker extension host (one browser-loadable CommonJS file).
    entryPoints: ['bench/host/web.ts'],
    outfile: 'out/bench/host/web.js',
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
  },
  {
    // The relationship graph's webview script (cytoscape included) and its stylesheet, graph.css.
    entryPoints: ['src/webview/graph.ts'],
    outfile: 'dist/webview/graph.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  },
];

/**
 * Resolves exactly these module names to files of ours (esbuild's `alias` would also remap
 * `mocha/mocha.js`, which the replacement itself imports).
 * @param {Record<string, string>} modules name → path from the repository root
 * @returns {import('esbuild').Plugin}
 */
function replaceModules(modules) {
  const filter = new RegExp(`^(${Object.keys(modules).map((name) => name.replace(/[/.]/g, '\\$&')).join('|')})$`);
  return {
    name: 'replace-modules',
    setup(build) {
      build.onResolve({ filter }, ({ path }) => ({ path: fileURLToPath(new URL(`../${modules[path]}`, import.meta.url)) }));
    },
  };
}

const common = { bundle: true, sourcemap: !production, minify: production, logLevel: 'info' };

if (watch) {
  for (const b of builds) {
    const ctx = await esbuild.context({ ...common, ...b });
    await ctx.watch();
  }
} else {
  await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b })));
}
