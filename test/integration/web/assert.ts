// `assert` for the web-worker test bundle, which scripts/build.mjs aliases here: the web extension
// host has no Node built-ins. It offers the functions the integration tests call, with Node's
// semantics (strict and loose deep equality, messages with both values); a test that calls one
// missing here fails the build (esbuild's import-is-undefined is an error there), not the run.

/** What a failed assertion throws; mocha shows `actual` and `expected` as a diff. */
export class AssertionError extends Error {
  readonly code = 'ERR_ASSERTION';
  readonly showDiff: boolean;
  constructor(
    message: string,
    readonly actual?: unknown,
    readonly expected?: unknown,
    readonly operator?: string,
  ) {
    super(message);
    this.name = 'AssertionError';
    this.showDiff = operator !== undefined && operator !== '==' && operator !== '!=';
  }
}

type Message = string | Error | undefined;

function raise(message: Message, fallback: string, actual?: unknown, expected?: unknown, operator?: string): never {
  if (message instanceof Error) throw message;
  throw new AssertionError(message ?? fallback, actual, expected, operator);
}

/** A readable rendering of a value for messages. */
function show(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'function') return `[Function ${value.name || '(anonymous)'}]`;
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  try {
    const text = JSON.stringify(value, (_, v: unknown) => (v instanceof Map ? { Map: [...v] } : v instanceof Set ? { Set: [...v] } : v === undefined ? 'undefined' : v), 2);
    return text ?? String(value);
  } catch {
    return String(value);
  }
}

function isEqualDeep(a: unknown, b: unknown, strict: boolean, seen = new WeakMap<object, unknown>()): boolean {
  if (strict ? Object.is(a, b) : a === b || (a !== a && b !== b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    // eslint-disable-next-line eqeqeq -- loose deep equality compares primitives with ==, as Node's does
    return !strict && typeof a !== 'object' && typeof b !== 'object' && a == b;
  }
  if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (Object.prototype.toString.call(a) !== Object.prototype.toString.call(b)) return false;
  if (seen.get(a) === b) return true;
  seen.set(a, b);
  if (a instanceof Date) return a.getTime() === (b as Date).getTime();
  if (a instanceof RegExp) return b instanceof RegExp && a.source === b.source && a.flags === b.flags;
  if (Array.isArray(a) && a.length !== (b as unknown[]).length) return false;
  if (a instanceof Map) {
    const other = b as Map<unknown, unknown>;
    return a.size === other.size && [...a].every(([k, v]) => other.has(k) && isEqualDeep(v, other.get(k), strict, seen));
  }
  if (a instanceof Set) {
    const other = [...(b as Set<unknown>)];
    return a.size === other.length && [...a].every((v) => other.some((w) => isEqualDeep(v, w, strict, seen)));
  }
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  const bRecord = b as Record<string, unknown>;
  return keys.every((k) => Object.prototype.hasOwnProperty.call(b, k) && isEqualDeep((a as Record<string, unknown>)[k], bRecord[k], strict, seen));
}

export function ok(value: unknown, message?: Message): asserts value {
  if (!value) raise(message, `The expression evaluated to a falsy value: ${show(value)}`, value, true, '==');
}

export function fail(message?: Message): never {
  raise(message, 'Failed');
}

export function strictEqual<T>(actual: unknown, expected: T, message?: Message): asserts actual is T {
  if (!Object.is(actual, expected)) raise(message, `Expected values to be strictly equal:\n\n${show(actual)} !== ${show(expected)}\n`, actual, expected, 'strictEqual');
}

export function notStrictEqual(actual: unknown, expected: unknown, message?: Message): void {
  if (Object.is(actual, expected)) raise(message, `Expected "actual" to be strictly unequal to: ${show(expected)}`, actual, expected, 'notStrictEqual');
}

export function equal(actual: unknown, expected: unknown, message?: Message): void {
  // eslint-disable-next-line eqeqeq -- assert.equal is Node's loose equality
  if (!(actual == expected || (actual !== actual && expected !== expected))) raise(message, `${show(actual)} == ${show(expected)}`, actual, expected, '==');
}

export function notEqual(actual: unknown, expected: unknown, message?: Message): void {
  // eslint-disable-next-line eqeqeq -- assert.notEqual is Node's loose inequality
  if (actual == expected) raise(message, `${show(actual)} != ${show(expected)}`, actual, expected, '!=');
}

export function deepStrictEqual<T>(actual: unknown, expected: T, message?: Message): asserts actual is T {
  if (!isEqualDeep(actual, expected, true)) raise(message, `Expected values to be strictly deep-equal:\n${show(actual)}\n\nshould equal\n\n${show(expected)}`, actual, expected, 'deepStrictEqual');
}

export function notDeepStrictEqual(actual: unknown, expected: unknown, message?: Message): void {
  if (isEqualDeep(actual, expected, true)) raise(message, `Expected "actual" not to be strictly deep-equal to: ${show(expected)}`, actual, expected, 'notDeepStrictEqual');
}

export function deepEqual(actual: unknown, expected: unknown, message?: Message): void {
  if (!isEqualDeep(actual, expected, false)) raise(message, `Expected values to be loosely deep-equal:\n${show(actual)}\n\nshould loosely deep-equal\n\n${show(expected)}`, actual, expected, 'deepEqual');
}

export function notDeepEqual(actual: unknown, expected: unknown, message?: Message): void {
  if (isEqualDeep(actual, expected, false)) raise(message, `Expected "actual" not to be loosely deep-equal to: ${show(expected)}`, actual, expected, 'notDeepEqual');
}

export function match(value: string, pattern: RegExp, message?: Message): void {
  if (typeof value !== 'string' || !pattern.test(value)) raise(message, `The input did not match the regular expression ${String(pattern)}. Input:\n\n${show(value)}\n`, value, pattern, 'match');
}

export function doesNotMatch(value: string, pattern: RegExp, message?: Message): void {
  if (typeof value !== 'string' || pattern.test(value)) raise(message, `The input was expected to not match the regular expression ${String(pattern)}. Input:\n\n${show(value)}\n`, value, pattern, 'doesNotMatch');
}

type Expected = RegExp | (new (...args: never[]) => unknown) | ((error: unknown) => boolean) | Record<string, unknown>;

function check(error: unknown, expected: Expected | undefined, message: Message): void {
  if (expected === undefined) return;
  if (expected instanceof RegExp) {
    if (!expected.test(String(error))) raise(message, `The error did not match ${String(expected)}: ${show(error)}`, error, expected, 'throws');
  } else if (typeof expected === 'function') {
    const isClass = expected.prototype !== undefined && (expected === Error || expected.prototype instanceof Error);
    const passes = isClass ? error instanceof (expected as new () => unknown) : (expected as (e: unknown) => boolean)(error) === true;
    if (!passes) raise(message, `The error was not what was expected: ${show(error)}`, error, expected, 'throws');
  } else {
    for (const [key, want] of Object.entries(expected)) {
      const got = (error as Record<string, unknown>)[key];
      const same = want instanceof RegExp && typeof got === 'string' ? want.test(got) : isEqualDeep(got, want, true);
      if (!same) raise(message, `The error's "${key}" is ${show(got)}, expected ${show(want)}`, got, want, 'throws');
    }
  }
}

export function throws(fn: () => unknown, expected?: Expected | string, message?: Message): void {
  try {
    fn();
  } catch (error) {
    check(error, typeof expected === 'string' ? undefined : expected, message);
    return;
  }
  raise(typeof expected === 'string' ? expected : message, 'Missing expected exception.', undefined, expected, 'throws');
}

export function doesNotThrow(fn: () => unknown, message?: Message): void {
  try {
    fn();
  } catch (error) {
    raise(message, `Got unwanted exception: ${show(error)}`, error, undefined, 'doesNotThrow');
  }
}

export async function rejects(promise: Promise<unknown> | (() => Promise<unknown>), expected?: Expected | string, message?: Message): Promise<void> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    check(error, typeof expected === 'string' ? undefined : expected, message);
    return;
  }
  raise(typeof expected === 'string' ? expected : message, 'Missing expected rejection.', undefined, expected, 'rejects');
}

export async function doesNotReject(promise: Promise<unknown> | (() => Promise<unknown>), message?: Message): Promise<void> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    raise(message, `Got unwanted rejection: ${show(error)}`, error, undefined, 'doesNotReject');
  }
}

const functions = { ok, fail, equal, notEqual, strictEqual, notStrictEqual, deepEqual, notDeepEqual, deepStrictEqual, notDeepStrictEqual, match, doesNotMatch, throws, doesNotThrow, rejects, doesNotReject, AssertionError };

/** `assert.strict` (and `assert/strict`): the loose comparisons are the strict ones. */
export const strict = Object.assign((value: unknown, message?: Message) => ok(value, message), {
  ...functions,
  equal: strictEqual,
  notEqual: notStrictEqual,
  deepEqual: deepStrictEqual,
  notDeepEqual: notDeepStrictEqual,
});

/** `import assert from 'assert'`: callable like `assert.ok`, with every function as a property. */
const assert = Object.assign((value: unknown, message?: Message) => ok(value, message), { ...functions, strict });
export default assert;
