// `mocha` for the web-worker test bundle, which scripts/build.mjs aliases here. mocha's npm entry
// needs Node (fs, path, process); its prebuilt browser bundle brings its own `process` and
// stdout shims, works without a DOM (a worker has none) and puts the Mocha class on globalThis,
// so test/integration/index.ts can use the same `new Mocha({ ... })` in both hosts.
import 'mocha/mocha.js';

const Mocha = (globalThis as unknown as { Mocha: typeof import('mocha') }).Mocha;
export default Mocha;
