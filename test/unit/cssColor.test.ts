import * as assert from 'node:assert/strict';
import { parseCssColor, toRgb } from '../../src/core/cssColor';

describe('cssColor', () => {
  it('reads the hex forms, with and without alpha', () => {
    assert.deepEqual(parseCssColor('#2563eb'), { r: 37, g: 99, b: 235, a: 1 });
    assert.deepEqual(parseCssColor(' #2563EB33 '), { r: 37, g: 99, b: 235, a: 0x33 / 255 });
    assert.deepEqual(parseCssColor('#fff'), { r: 255, g: 255, b: 255, a: 1 });
    assert.deepEqual(parseCssColor('#0008'), { r: 0, g: 0, b: 0, a: 0x88 / 255 });
  });

  it('reads rgb() and rgba(), comma or space separated', () => {
    assert.deepEqual(parseCssColor('rgb(1, 2, 3)'), { r: 1, g: 2, b: 3, a: 1 });
    assert.deepEqual(parseCssColor('rgba(96, 165, 250, 0.25)'), { r: 96, g: 165, b: 250, a: 0.25 });
    assert.deepEqual(parseCssColor('rgb(96 165 250 / 50%)'), { r: 96, g: 165, b: 250, a: 0.5 });
  });

  it('gives undefined for unset variables and other forms', () => {
    for (const text of ['', 'blue', '#12345', 'hsl(0, 0%, 0%)', 'rgb(1, 2)', 'var(--x)']) assert.equal(parseCssColor(text), undefined, text);
  });

  it('writes the opaque part as rgb()', () => {
    assert.equal(toRgb({ r: 1, g: 2, b: 3, a: 0.5 }), 'rgb(1, 2, 3)');
  });
});
