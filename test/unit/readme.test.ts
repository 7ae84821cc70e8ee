import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  contributes: { commands: { command: string; title: string }[]; configuration: { properties: Record<string, { default: unknown }> } };
};
const nls = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;
/** A manifest string with its `%key%` resolved through package.nls.json (the English text). */
const english = (value: string): string => value.replace(/^%(.+)%$/, (whole, key: string) => nls[key] ?? whole);

/** The first column's `code` ids of the Markdown table under a `## heading`. */
function tableIds(heading: string, column: number): string[] {
  const section = readme.split(/^## /m).find((s) => s.startsWith(`${heading}\n`));
  assert.ok(section, `README has no "## ${heading}" section`);
  return section
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
    .slice(1)
    .map((line) => line.split('|')[column + 1]?.trim().match(/^`([^`]+)`$/)?.[1] ?? `?${line}`);
}

describe('README', () => {
  it('opens with the two commands a newcomer needs', () => {
    const block = readme.slice(0, 1200);
    assert.match(block, /npm ci && npm start/);
    assert.match(block, /npm test/);
  });

  it('lists exactly the contributed settings', () => {
    assert.deepEqual(tableIds('Settings', 0).sort(), Object.keys(manifest.contributes.configuration.properties).sort());
  });

  it('lists exactly the contributed commands, with their titles', () => {
    assert.deepEqual(tableIds('Commands', 1).sort(), manifest.contributes.commands.map((c) => c.command).sort());
    for (const c of manifest.contributes.commands) assert.ok(readme.includes(`| ${english(c.title)}`), `README lacks the title "${english(c.title)}"`);
  });

  it('shows only pictures that exist', () => {
    for (const [, path] of readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)) {
      assert.doesNotThrow(() => readFileSync(join(root, path!)), `README shows a missing picture: ${path}`);
    }
  });
});
