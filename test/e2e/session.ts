import type { Browser } from 'playwright-core';

/** What scripts/runE2e.mjs prepares before loading the suites: a running server and browser. */
export interface E2eSession {
  /** code-server's base URL, e.g. http://127.0.0.1:41234 */
  readonly baseUrl: string;
  /** The workbench URL that opens `workspace`. */
  readonly workbenchUrl: string;
  /** Absolute path of the temp copy of samples/ the workbench opens. */
  readonly workspace: string;
  /** Where screenshots go (test-results/e2e, git-ignored). */
  readonly resultsDir: string;
  /** The extension as installed from the .vsix. */
  readonly extension: { readonly id: string; readonly version: string; readonly vsix: string };
  readonly browser: Browser;
}

const key = '__newsLensE2eSession';

/** The session set up by scripts/runE2e.mjs; throws when the suite is run some other way. */
export function e2eSession(): E2eSession {
  const session = (globalThis as Record<string, unknown>)[key] as E2eSession | undefined;
  if (!session) throw new Error('the e2e suite needs a running workbench: run it with `npm run test:e2e`');
  return session;
}
