import * as nodeAssert from 'node:assert';
import * as webAssert from '../integration/web/assert';

// The web run of the integration suite asserts with test/integration/web/assert.ts; a check that
// passed where Node's fails would quietly weaken that run. Each case must agree with Node's assert.
type Call = (a: typeof webAssert) => unknown;

const map = (entries: [unknown, unknown][]): Map<unknown, unknown> => new Map(entries);
const cases: [string, Call][] = [
  ['ok(1)', (a) => a.ok(1)],
  ['ok(0)', (a) => a.ok(0)],
  ['ok("")', (a) => a.ok('')],
  ['strictEqual(1, 1)', (a) => a.strictEqual(1, 1)],
  ['strictEqual(1, "1")', (a) => a.strictEqual(1, '1')],
  ['strictEqual(NaN, NaN)', (a) => a.strictEqual(NaN, NaN)],
  ['strictEqual({}, {})', (a) => a.strictEqual({}, {})],
  ['notStrictEqual(1, 2)', (a) => a.notStrictEqual(1, 2)],
  ['notStrictEqual(1, 1)', (a) => a.notStrictEqual(1, 1)],
  ['equal(1, "1")', (a) => a.equal(1, '1')],
  ['equal(1, 2)', (a) => a.equal(1, 2)],
  ['deepStrictEqual arrays', (a) => a.deepStrictEqual(['a', 'b'], ['a', 'b'])],
  ['deepStrictEqual order', (a) => a.deepStrictEqual(['a', 'b'], ['b', 'a'])],
  ['deepStrictEqual length', (a) => a.deepStrictEqual(['a'], ['a', undefined])],
  ['deepStrictEqual 1 vs "1"', (a) => a.deepStrictEqual([1], ['1'])],
  ['deepStrictEqual nested', (a) => a.deepStrictEqual({ x: [{ y: 1 }], z: 'q' }, { z: 'q', x: [{ y: 1 }] })],
  ['deepStrictEqual nested differs', (a) => a.deepStrictEqual({ x: [{ y: 1 }] }, { x: [{ y: 2 }] })],
  ['deepStrictEqual extra key', (a) => a.deepStrictEqual({ x: 1 }, { x: 1, y: undefined })],
  ['deepStrictEqual prototypes', (a) => a.deepStrictEqual(Object.create(null) as object, {})],
  ['deepStrictEqual maps', (a) => a.deepStrictEqual(map([['a', [1]]]), map([['a', [1]]]))],
  ['deepStrictEqual maps differ', (a) => a.deepStrictEqual(map([['a', [1]]]), map([['a', [2]]]))],
  ['deepStrictEqual sets', (a) => a.deepStrictEqual(new Set([1, 2]), new Set([2, 1]))],
  ['deepStrictEqual sets differ', (a) => a.deepStrictEqual(new Set([1, 2]), new Set([1, 3]))],
  ['deepStrictEqual regexps', (a) => a.deepStrictEqual(/a/g, /a/i)],
  ['deepStrictEqual dates', (a) => a.deepStrictEqual(new Date(0), new Date(1))],
  ['deepStrictEqual [] vs {}', (a) => a.deepStrictEqual([], {})],
  ['deepEqual 1 vs "1"', (a) => a.deepEqual([1], ['1'])],
  ['deepEqual differs', (a) => a.deepEqual(['a'], ['b'])],
  ['notDeepStrictEqual', (a) => a.notDeepStrictEqual([1], [1])],
  ['match', (a) => a.match('Mohamed Bazoum', /Bazoum/)],
  ['match fails', (a) => a.match('Tiani', /Bazoum/)],
  ['doesNotMatch', (a) => a.doesNotMatch('Tiani', /Bazoum/)],
  ['doesNotMatch fails', (a) => a.doesNotMatch('Bazoum', /Bazoum/)],
  ['throws', (a) => a.throws(() => { throw new TypeError('x'); }, TypeError)],
  ['throws the wrong class', (a) => a.throws(() => { throw new Error('x'); }, TypeError)],
  ['throws nothing', (a) => a.throws(() => undefined)],
  ['throws matching', (a) => a.throws(() => { throw new Error('bad alias'); }, /alias/)],
  ['throws with properties', (a) => a.throws(() => { throw Object.assign(new Error('m'), { code: 'E1' }); }, { code: 'E1' })],
  ['throws with other properties', (a) => a.throws(() => { throw Object.assign(new Error('m'), { code: 'E1' }); }, { code: 'E2' })],
  ['doesNotThrow', (a) => a.doesNotThrow(() => { throw new Error('x'); })],
];

const passes = (call: () => unknown): boolean => {
  try {
    call();
    return true;
  } catch {
    return false;
  }
};

describe('the web integration bundle’s assert', () => {
  for (const [name, call] of cases) {
    it(`agrees with Node's assert: ${name}`, () => {
      const node = passes(() => call(nodeAssert as unknown as typeof webAssert));
      nodeAssert.strictEqual(passes(() => call(webAssert)), node, `Node's assert ${node ? 'passes' : 'fails'}`);
    });
  }

  it('agrees on rejects', async () => {
    await webAssert.rejects(Promise.reject(new Error('no')), /no/);
    await nodeAssert.rejects(webAssert.rejects(Promise.resolve()));
    await nodeAssert.rejects(webAssert.rejects(Promise.reject(new Error('no')), /yes/));
  });

  it('fails with a message naming both values, and the one given', () => {
    nodeAssert.throws(() => webAssert.strictEqual('Niger', 'Nigeria'), /'Niger' !== 'Nigeria'/);
    nodeAssert.throws(() => webAssert.ok(false, 'the reason'), { name: 'AssertionError', message: 'the reason' });
    nodeAssert.throws(() => webAssert.deepStrictEqual([1], [2]), (e: unknown) => e instanceof webAssert.AssertionError && e.showDiff);
  });
});
