import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:import|export)[^'";]*?from\s*['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g)];
  return specifiers.map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

/** Libraries core may use: pure JavaScript, no I/O, the same on every platform. */
const PURE_LIBRARIES = new Set(['yaml', 'picomatch/posix']);

describe('layering', () => {
  const coreFiles = sourceFiles(join(root, 'src', 'core'));

  it('finds the core sources', () => {
    assert.ok(coreFiles.length > 3, 'src/core should hold the engine');
  });

  it('keeps src/core free of vscode, Node built-ins and the adapters', () => {
    const offences: string[] = [];
    for (const file of coreFiles) {
      for (const spec of importsOf(file)) {
        const allowed = PURE_LIBRARIES.has(spec) || (spec.startsWith('.') && !spec.includes('vscode') && !spec.includes('/cli'));
        if (!allowed) offences.push(`${relative(root, file)} imports '${spec}'`);
      }
    }
    assert.deepEqual(offences, []);
  });

  it('keeps src/core free of console, timers and process', () => {
    const offences = coreFiles.filter((file) =>
      /\b(console\.|setTimeout\(|setInterval\(|process\.)/.test(readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')),
    );
    assert.deepEqual(offences.map((f) => relative(root, f)), []);
  });

  it('keeps src/vscode free of Node built-ins so the extension can run on the web', () => {
    const files = sourceFiles(join(root, 'src', 'vscode'));
    const offences = files.flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec.startsWith('node:') || ['fs', 'path', 'os', 'child_process'].includes(spec))
        .map((spec) => `${relative(root, file)} imports '${spec}'`),
    );
    assert.deepEqual(offences, []);
  });
});
