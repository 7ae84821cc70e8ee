// The extension-tests module of the multi-root run (NEWS_LENS_WORKSPACE=multi-root, `npm run
// test:integration:multi-root`): scripts/runIntegration.mjs opens a `.code-workspace` of two
// folders, `samples` (a copy of samples/) and `desk` (made by multiRootWorkspace there), and
// loads this module (built by scripts/build.mjs into out/test/integration/multiRoot/index.js).
import { runSuites } from '../runSuites';

export function run(): Promise<void> {
  return runSuites('test/integration/multiRoot', [() => import('./multiRoot.test')]);
}
