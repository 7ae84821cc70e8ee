// The extension-tests module both hosts load (REAL-VSCODE.md §4): @vscode/test-electron and
// code-server call run() inside the extension host, where `vscode` is the real API.
// The test files are imported statically (one esbuild bundle, no runtime glob), after mocha has
// installed its TDD globals; esbuild evaluates each import() lazily, in this order.
import Mocha from 'mocha';

const testModules: ReadonlyArray<() => Promise<unknown>> = [
  () => import('./host.test'),
  () => import('./activation.test'),
  () => import('./editor.test'),
  () => import('./annotate.test'),
  () => import('./graph.test'),
  () => import('./sidebar.test'),
];

/** The line scripts/runIntegration.mjs reads the counts from. */
export const RESULT_MARKER = 'news-lens integration result:';

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', timeout: 20_000, color: false, reporter: 'spec' });
  mocha.suite.emit('pre-require', globalThis, 'test/integration', mocha);
  for (const load of testModules) {
    await load();
  }

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
