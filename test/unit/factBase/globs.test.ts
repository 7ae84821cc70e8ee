import * as assert from 'node:assert/strict';
import { globTest } from '../../../src/core/factBase/globs';

describe('fact-base globs', () => {
  const defaults = globTest(['**/*.facts.yaml', '.newslens/**/*.yaml']);

  it('the default globs find fact bases anywhere, dot folders included, and the .newslens folder', () => {
    for (const path of ['a.facts.yaml', 'deep/er/b.facts.yaml', '.hidden/c.facts.yaml', '.newslens/facts.yaml', '.newslens/parts/actors.yaml']) {
      assert.ok(defaults(path), path);
    }
  });

  it('other YAML files, look-alikes and folders are not fact bases', () => {
    for (const path of ['a.facts.yml', 'facts.yaml', 'notes/x.yaml', 'a.facts.yaml.bak', '.newslens', 'newslens/facts.yaml', 'unwatched']) {
      assert.ok(!defaults(path), path);
    }
  });

  it('braces work, and no globs match nothing', () => {
    assert.ok(globTest(['data/*.{yaml,yml}'])('data/x.yml'));
    assert.ok(!globTest([])('a.facts.yaml'));
  });
});
