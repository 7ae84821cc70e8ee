// The extension-tests module of the French run (NEWS_LENS_LOCALE=fr, `npm run test:integration:fr`):
// scripts/runIntegration.mjs starts code-server with `--locale fr` and a test language pack, so
// the workbench and the extension host run in French, and loads this module (built by
// scripts/build.mjs into out/test/integration/fr/index.js) instead of ../index.ts. A separate
// bundle: the main suites stay in the default (English) host, and these tests never run there.
import { runSuites } from '../runSuites';

export function run(): Promise<void> {
  return runSuites('test/integration/fr', [() => import('./french.test')]);
}
