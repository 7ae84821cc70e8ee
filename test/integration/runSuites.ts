// Runs test modules with mocha's TDD interface inside the extension host and reports the counts
// on the line scripts/runIntegration.mjs reads. Shared by every integration entry (index.ts and
// fr/index.ts); in the web build, `mocha` is the browser build (see scripts/build.mjs).
import Mocha from 'mocha';

/** The line scripts/runIntegration.mjs reads the counts from. */
export const RESULT_MARKER = 'news-lens integration result:';

/**
 * Loads each module after mocha has installed its globals (the imports are static, one esbuild
 * bundle, and evaluated lazily in this order), runs them, prints the counts, and throws unless
 * at least one test ran and none failed.
 */
export async function runSuites(file: string, modules: ReadonlyArray<() => Promise<unknown>>): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', timeout: 20_000, color: false, reporter: 'spec' });
  mocha.suite.emit('pre-require', globalThis, file, mocha);
  for (const load of modules) await load();

  let passed = 0;
  let failed = 0;
  await new Promise<void>((resolve) => {
    const runner = mocha.run(() => resolve());
    runner.on('pass', () => (passed += 1));
    runner.on('fail', () => (failed += 1));
  });

  console.log(`${RESULT_MARKER} ${JSON.stringify({ passed, failed })}`);
  if (failed > 0) throw new Error(`${failed} integration test(s) failed`);
  if (passed === 0) throw new Error('no integration test ran');
}
