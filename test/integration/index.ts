// The extension-tests module both hosts load (REAL-VSCODE.md §4): @vscode/test-electron and
// code-server call run() inside the extension host, where `vscode` is the real API.
// The test files are imported statically (one esbuild bundle, no runtime glob), after mocha has
// installed its TDD globals; esbuild evaluates each import() lazily, in this order.
import { runSuites } from './runSuites';

const testModules: ReadonlyArray<() => Promise<unknown>> = [
  () => import('./host.test'),
  () => import('./activation.test'),
  () => import('./editor.test'),
  () => import('./annotate.test'),
  () => import('./graph.test'),
  () => import('./sidebar.test'),
];

export function run(): Promise<void> {
  return runSuites('test/integration', testModules);
}
