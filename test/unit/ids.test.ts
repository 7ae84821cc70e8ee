import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Commands, Settings } from '../../src/vscode/ids';

interface Manifest {
  contributes: {
    commands: { command: string; title: string; category?: string }[];
    configuration: { properties: Record<string, { markdownDescription?: string }> };
    menus?: Record<string, { command?: string }[]>;
    keybindings?: { command: string }[];
  };
}

// ids.ts imports only types from core, so it loads without the vscode module.
const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as Manifest;

describe('ids and package.json', () => {
  it('contributes exactly the commands of the ids module, each with a category', () => {
    const contributed = manifest.contributes.commands.map((c) => c.command).sort();
    assert.deepEqual(contributed, Object.values(Commands).sort());
    assert.deepEqual(manifest.contributes.commands.filter((c) => c.category !== 'News Lens').map((c) => c.command), []);
  });

  it('contributes exactly the settings of the ids module, each with a markdownDescription', () => {
    const keys = Object.entries(Settings).filter(([k]) => k !== 'section').map(([, v]) => `${Settings.section}.${v}`).sort();
    assert.deepEqual(Object.keys(manifest.contributes.configuration.properties).sort(), keys);
    for (const [key, value] of Object.entries(manifest.contributes.configuration.properties)) {
      assert.ok(value.markdownDescription, `${key} has no markdownDescription`);
    }
  });

  it('refers only to known commands in menus and keybindings', () => {
    const known = new Set<string>(Object.values(Commands));
    const used = [
      ...Object.values(manifest.contributes.menus ?? {}).flat().map((m) => m.command),
      ...(manifest.contributes.keybindings ?? []).map((k) => k.command),
    ].filter((c): c is string => c !== undefined && c.startsWith('newsLens.'));
    assert.deepEqual(used.filter((c) => !known.has(c)), []);
  });
});
