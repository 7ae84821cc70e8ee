// The extension-tests module of the French run (NEWS_LENS_LOCALE=fr, `npm run test:integration:fr`):
// scripts/runIntegration.mjs starts code-server with `--locale fr` and a test language pack, so
// the workbench and the extension host run in French, and loads this module (built by
// scripts/build.mjs into out/test/integration/fr/index.js) instead of ../index.ts. A separate
// bundle: the main suites stay in the default (English) host, and these tests never run there.
import Mocha from 'mocha';

/** The line scripts/runIntegration.mjs reads the counts from (as in ../index.ts). */
const RESULT_MARKER = 'news-lens integration result:';

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', timeout: 20_000, color: false, reporter: 'spec' });
  mocha.suite.emit('pre-require', globalThis, 'test/integration/fr', mocha);
  await import('./french.test');

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
