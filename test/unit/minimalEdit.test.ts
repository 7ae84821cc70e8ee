import * as assert from 'node:assert/strict';
import { minimalEdit } from '../../src/core/minimalEdit';

function apply(before: string, after: string): string {
  const r = minimalEdit(before, after);
  assert.ok(0 <= r.start && r.start <= r.end && r.end <= before.length, JSON.stringify(r));
  return before.slice(0, r.start) + r.text + before.slice(r.end);
}

describe('minimalEdit', () => {
  it('touches nothing when the texts are equal', () => {
    assert.deepEqual(minimalEdit('abc', 'abc'), { start: 3, end: 3, text: '' });
    assert.deepEqual(minimalEdit('', ''), { start: 0, end: 0, text: '' });
  });

  it('is a pure insertion, deletion or replacement where only that changed', () => {
    assert.deepEqual(minimalEdit('aliases: [A]\n', 'aliases: [A, B]\n'), { start: 11, end: 11, text: ', B' });
    assert.deepEqual(minimalEdit('one\ntwo\nthree\n', 'one\nthree\n'), { start: 5, end: 9, text: '' }); // 'wo\nt': as short as 'two\n'
    assert.deepEqual(minimalEdit('date: 2023\n', 'date: 2024\n'), { start: 9, end: 10, text: '4' });
  });

  it('never lets the common prefix and suffix overlap on repeated text', () => {
    assert.deepEqual(minimalEdit('aa', 'aaa'), { start: 2, end: 2, text: 'a' });
    assert.deepEqual(minimalEdit('aaa', 'aa'), { start: 2, end: 3, text: '' });
    assert.equal(apply('abab', 'ab'), 'ab');
  });

  it('keeps surrogate pairs and CR LF whole', () => {
    const r = minimalEdit('x😀y', 'x😃y');
    assert.deepEqual(r, { start: 1, end: 3, text: '😃' });
    const crlf = minimalEdit('a\r\nb', 'a\rb');
    assert.ok(crlf.start <= 1 && crlf.end >= 3, JSON.stringify(crlf));
    assert.equal(apply('a\r\nb', 'a\rb'), 'a\rb');
    const inserted = minimalEdit('a\r\nb', 'a\r\nX\r\nb');
    assert.ok(!(inserted.start === 2), 'does not start between CR and LF');
  });

  it('turns any text into any other (random texts)', () => {
    const alphabet = ['a', 'b', '\r', '\n', '😀', 'é'];
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const text = (): string => Array.from({ length: random(12) }, () => alphabet[random(alphabet.length)]).join('');
    for (let i = 0; i < 2000; i++) {
      const before = text();
      const after = text();
      assert.equal(apply(before, after), after, JSON.stringify({ before, after }));
    }
  });
});
