import { strict as assert } from 'node:assert';
import { textHash } from '../../src/core/textHash';

describe('textHash', () => {
  it('is the same for the same text and differs for a changed or longer one', () => {
    const text = 'newsLens: 1\nactors:\n  - id: goita\n    name: Assimi Goïta\n';
    assert.equal(textHash(text), textHash(`${text}`));
    assert.notEqual(textHash(text), textHash(text.replace('Goïta', 'Goita')));
    assert.notEqual(textHash(text), textHash(`${text}\n`));
    assert.notEqual(textHash(''), textHash('\u0000'));
  });

  it('matches the published FNV-1a values, after the length', () => {
    assert.equal(textHash(''), '0:811c9dc5');
    assert.equal(textHash('a'), '1:e40c292c');
    assert.equal(textHash('foobar'), '6:bf9cf968');
  });
});
