import * as assert from 'node:assert/strict';
import { setFactBaseMode } from '../../src/core/yamlEdit';

describe('yamlEdit', () => {
  it('adds the mode after newsLens and keeps comments and blank lines', () => {
    const before = '# my facts\nnewsLens: 1\n\n# the people\nactors: []\n';
    assert.equal(setFactBaseMode(before, 'replace'), '# my facts\nnewsLens: 1\nmode: replace\n\n# the people\nactors: []\n');
  });

  it('changes an existing mode in place', () => {
    assert.equal(setFactBaseMode('newsLens: 1\nmode: extend # default\nactors: []\n', 'replace'), 'newsLens: 1\nmode: replace # default\nactors: []\n');
  });

  it('refuses text that is not valid YAML', () => {
    assert.equal(setFactBaseMode('newsLens: [1\n', 'replace'), undefined);
  });
});
