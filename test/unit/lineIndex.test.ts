import * as assert from 'node:assert/strict';
import { buildLineIndex } from '../../src/core/lineIndex';

describe('lineIndex', () => {
  it('maps offsets across LF, CRLF and lone CR line ends', () => {
    const index = buildLineIndex('ab\ncd\r\nef\rgh');
    assert.deepEqual(index.positionAt(0), { line: 0, character: 0 });
    assert.deepEqual(index.positionAt(3), { line: 1, character: 0 });
    assert.deepEqual(index.positionAt(7), { line: 2, character: 0 });
    assert.deepEqual(index.positionAt(10), { line: 3, character: 0 });
    assert.deepEqual(index.positionAt(12), { line: 3, character: 2 });
  });

  it('clamps offsets outside the text and handles the empty text', () => {
    assert.deepEqual(buildLineIndex('abc').positionAt(99), { line: 0, character: 3 });
    assert.deepEqual(buildLineIndex('').positionAt(-1), { line: 0, character: 0 });
  });

  it('counts astral characters as two UTF-16 units', () => {
    assert.deepEqual(buildLineIndex('x\n😀Niger').positionAt(4), { line: 1, character: 2 });
  });
});
