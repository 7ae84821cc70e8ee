// What users download and load: the .vsix (size, file count) and each bundle's size, from a fresh
// production package. Prints figures; asserts nothing.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');
execFileSync(process.execPath, [join(root, 'scripts', 'package.mjs')], { cwd: root, stdio: 'ignore' });
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const vsix = join(root, `news-lens-${version}.vsix`);
const listed = execFileSync(process.execPath, [join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith(' '));
const kb = (path: string): string => `${(statSync(join(root, path)).size / 1024).toFixed(0)} KB`;

console.log('| what | size |');
console.log('|---|---|');
console.log(`| .vsix (${listed.length} files listed by vsce ls) | ${(statSync(vsix).size / 1024).toFixed(0)} KB |`);
for (const bundle of ['dist/extension.js', 'dist/web/extension.js', 'dist/cli.js', 'dist/webview/graph.js']) console.log(`| ${bundle} (minified) | ${kb(bundle)} |`);
