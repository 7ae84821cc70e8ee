// News Lens in a real VS Code (code-server + headless Chromium, REAL-VSCODE.md): activation time
// and memory in the Node extension host and in the web worker extension host, side by side.
// Each run gets a fresh server, profile, browser context and copy of samples/, and loads the
// harness (bench/host/harness.ts) as extensionTestsPath; the harness activates News Lens, opens
// every sample and prints its figures on the workbench console. In the web worker, which has no
// memory API, the bench reads the worker's heap through the Chrome DevTools Protocol at the
// harness's checkpoints. A control run does the same in the Node host without News Lens, since
// that host is shared with VS Code's built-in extensions. Prints figures; asserts nothing.
//
//   NEWS_LENS_BENCH_HOST_RUNS=3             rounds; each runs the Node host, the web worker host and the control
//   NEWS_LENS_BENCH_RUN_TIMEOUT_MS=120000   how long one run may take
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { CHECKPOINTS, CHECKPOINT_MARKER, RESULT_MARKER } from './host/protocol';
import type { Checkpoint, HostBenchResult, NodeMemory } from './host/protocol';

/** node / web: News Lens in that extension host; control: the Node host without News Lens. */
type Kind = 'node' | 'web' | 'control';
const KINDS: readonly Kind[] = ['node', 'web', 'control'];
type CodeServerModule = typeof import('../scripts/codeServer.mjs');
/** Attempts per measured run; a run where News Lens was active before the harness activated it is repeated. */
const MAX_ATTEMPTS = 3;

/** The web worker's V8 heap at a checkpoint, in bytes (median of three readings after full GCs). */
interface WorkerHeap {
  readonly used: number;
  /** Array buffers' backing stores and external strings, outside the JS heap. */
  readonly backing: number;
}

interface Run {
  readonly result: HostBenchResult;
  readonly workerHeap: Partial<Record<Checkpoint, WorkerHeap>>;
  /** From loading the workbench URL until the harness reported. */
  readonly wallMs: number;
  /** The activation event the extension host logged for News Lens, read when it was active too early. */
  readonly activatedBy: string | undefined;
}

const ACTIVATION_LOG = /_doActivateExtension newslens\.news-lens, (.*)/;

/**
 * Why the host activated News Lens, from its log: the Node host's is a file on the server, the
 * web worker host's is kept by the workbench in IndexedDB.
 */
async function activationEvent(host: 'node' | 'web', page: Page, logsDir: string): Promise<string | undefined> {
  let text = '';
  if (host === 'node') {
    for (const entry of readdirSync(logsDir, { recursive: true, encoding: 'utf8' })) {
      if (entry.endsWith('remoteexthost.log')) text += readFileSync(join(logsDir, entry), 'utf8');
    }
  } else {
    // A string, as this file is compiled without the DOM library.
    text = await page
      .evaluate<string>(
        `(async () => {
          const open = indexedDB.open('vscode-web-db');
          const db = await new Promise((resolve, reject) => { open.onsuccess = () => resolve(open.result); open.onerror = () => reject(open.error); });
          const all = db.transaction('vscode-logs-store', 'readonly').objectStore('vscode-logs-store').getAll();
          const values = await new Promise((resolve, reject) => { all.onsuccess = () => resolve(all.result); all.onerror = () => reject(all.error); });
          return values.map((v) => (v instanceof Uint8Array ? new TextDecoder().decode(v) : typeof v === 'string' ? v : '')).join('\\n');
        })()`,
      )
      .catch(() => '');
  }
  return ACTIVATION_LOG.exec(text)?.[1];
}

/**
 * The dedicated workers of a page, reached through CDP auto-attach (not flattened, so one page
 * session carries them). The web worker extension host is one of them; it is the one whose
 * `__newsLensBenchCheckpoint` names the checkpoint the harness waits at.
 */
class WorkerHeaps {
  private readonly sessions = new Set<string>();
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private nextId = 1;

  private constructor(private readonly cdp: CDPSession) {
    cdp.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
      if (targetInfo.type === 'worker') this.sessions.add(sessionId);
    });
    cdp.on('Target.detachedFromTarget', ({ sessionId }) => sessionId && this.sessions.delete(sessionId));
    cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
      const reply = JSON.parse(message) as { id?: number; result?: unknown; error?: { message: string } };
      const waiting = reply.id === undefined ? undefined : this.pending.get(reply.id);
      if (!waiting || reply.id === undefined) return;
      this.pending.delete(reply.id);
      if (reply.error) waiting.reject(new Error(reply.error.message));
      else waiting.resolve(reply.result);
    });
  }

  static async attach(page: Page): Promise<WorkerHeaps> {
    const cdp = await page.context().newCDPSession(page);
    const heaps = new WorkerHeaps(cdp);
    await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
    return heaps;
  }

  private send<T>(sessionId: string, method: string, params: object = {}): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch((error: Error) => {
        this.pending.delete(id);
        reject(error);
      });
    });
  }

  private async evaluate(sessionId: string, expression: string): Promise<unknown> {
    const reply = await this.send<{ result: { value?: unknown } }>(sessionId, 'Runtime.evaluate', { expression, returnByValue: true });
    return reply.result.value;
  }

  /** Collects garbage in the worker waiting at `checkpoint`, reads its heap, and lets it go on. */
  async measure(checkpoint: Checkpoint): Promise<WorkerHeap> {
    for (const sessionId of [...this.sessions]) {
      const waitingAt = await this.evaluate(sessionId, 'globalThis.__newsLensBenchCheckpoint').catch(() => undefined);
      if (waitingAt !== checkpoint) continue;
      const readings: WorkerHeap[] = [];
      for (let i = 0; i < 3; i++) {
        await this.send(sessionId, 'HeapProfiler.collectGarbage');
        await this.send(sessionId, 'HeapProfiler.collectGarbage');
        const { usedSize, backingStorageSize } = await this.send<{ usedSize: number; backingStorageSize: number }>(sessionId, 'Runtime.getHeapUsage');
        readings.push({ used: usedSize, backing: backingStorageSize });
      }
      await this.evaluate(sessionId, `globalThis.__newsLensBenchAck = ${JSON.stringify(checkpoint)}`);
      return readings.sort((a, b) => a.used - b.used)[1]!;
    }
    throw new Error(`no worker waits at "${checkpoint}" (${this.sessions.size} workers attached)`);
  }
}

interface RunOptions {
  readonly cs: CodeServerModule;
  readonly installDir: string;
  readonly browser: Browser;
  /** An extension folder without code, loaded instead of News Lens in the control run. */
  readonly controlExtension: string;
  readonly cleanup: { add(fn: () => unknown): void };
}

async function runOnce(kind: Kind, { cs, installDir, browser, controlExtension, cleanup }: RunOptions): Promise<Run> {
  const host = kind === 'web' ? 'web' : 'node';
  const profile = cs.makeTempDir('bench-host');
  const workspace = cs.copySamplesWorkspace();
  const server = await cs.startCodeServer({
    installDir,
    userDataDir: join(profile, 'user'),
    extensionsDir: join(profile, 'extensions'),
    verbose: process.env.NEWS_LENS_VERBOSE === '1',
    forTests: true,
    settings: kind === 'web' ? cs.webWorkerHostSettings() : {},
  });
  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopped ??= server.stop().then(() => {
      cs.removeQuietly(profile);
      cs.removeQuietly(join(workspace, '..'));
    }));
  cleanup.add(stop); // also on Ctrl+C; stopping twice is harmless
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const heaps = host === 'web' ? await WorkerHeaps.attach(page) : undefined;
    const workerHeap: Partial<Record<Checkpoint, WorkerHeap>> = {};
    const measuring: Promise<void>[] = [];
    let result: HostBenchResult | undefined;
    let failure: string | undefined;
    const consoleDone = cs.pipeWorkbenchConsole(page, (line) => {
      if (process.env.NEWS_LENS_VERBOSE === '1') console.log(`  [${kind}] ${line}`);
      const at = line.indexOf(RESULT_MARKER);
      if (at >= 0) result = JSON.parse(line.slice(at + RESULT_MARKER.length)) as HostBenchResult;
      const checkpointAt = line.indexOf(CHECKPOINT_MARKER);
      if (checkpointAt >= 0 && heaps) {
        const name = line.slice(checkpointAt + CHECKPOINT_MARKER.length).trim() as Checkpoint;
        measuring.push(
          heaps.measure(name).then(
            (heap) => void (workerHeap[name] = heap),
            (error: Error) => void (failure = error.message),
          ),
        );
      }
      if (line.startsWith('[ERROR]') && !result) failure ??= line;
    });
    const reported = new Promise<unknown>((resolve) => void page.exposeFunction('codeAutomationExit', resolve));
    const timeoutMs = cs.envMs('NEWS_LENS_BENCH_RUN_TIMEOUT_MS', 120_000);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<string>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
    const started = performance.now();
    const url = cs.workbenchUrl(server, {
      folder: workspace,
      extensionDevelopmentPath: kind === 'control' ? controlExtension : cs.repoRoot,
      extensionTestsPath: join(cs.repoRoot, 'out', 'bench', 'host', `${host}.js`),
      extensionKind: host,
    });
    await page.goto(url);
    const exit = await Promise.race([reported, timedOut]);
    const wallMs = performance.now() - started;
    clearTimeout(timer);
    await consoleDone();
    await Promise.all(measuring);
    if (exit === 'timeout') throw new Error(`the ${kind} run did not report within ${timeoutMs / 1000} s`);
    if (Number(exit) !== 0 || !result) throw new Error(`the ${kind} run failed (exit code ${String(exit)}): ${failure ?? 'no result line'}`);
    if (host === 'web' && CHECKPOINTS.some((name) => !workerHeap[name])) throw new Error(`worker heap not read: ${failure ?? 'unknown'}`);
    if (result.newsLens !== (kind !== 'control')) throw new Error(`the ${kind} run ${result.newsLens ? 'had' : 'lacked'} News Lens`);
    const early = result.activeAtStart || result.activeBeforeActivate;
    const activatedBy = early ? await activationEvent(host, page, join(profile, 'user', 'logs')) : undefined;
    return { result, workerHeap, wallMs, activatedBy };
  } finally {
    await context.close();
    await stop();
  }
}

/** Runs scripts/build.mjs for production; its log is shown only when it fails. */
function build(root: string): void {
  try {
    execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'pipe', env: { ...process.env, NODE_ENV: 'production' } });
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: Buffer; stdout?: Buffer };
    throw new Error(`the build failed:\n${String(stdout ?? '')}${String(stderr ?? '')}`);
  }
}

/** A declarative extension (no code, no activation events): the control run's development extension. */
function writeControlExtension(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const manifest = { name: 'news-lens-bench-control', publisher: 'newslens', version: '0.0.0', engines: { vscode: '^1.90.0' } };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, undefined, 2));
  return dir;
}

// ---- figures -------------------------------------------------------------------------------

const sorted = (values: readonly number[]): number[] => [...values].sort((a, b) => a - b);
const median = (values: readonly number[]): number => {
  const s = sorted(values);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const ms = (values: readonly number[]): string => {
  const s = sorted(values);
  const fmt = (v: number): string => (v < 10 ? v.toFixed(1) : v.toFixed(0));
  return s.length > 1 ? `${fmt(median(s))} ms (${fmt(s[0]!)}–${fmt(s[s.length - 1]!)})` : `${fmt(s[0]!)} ms`;
};
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
const signedMb = (bytes: number): string => (Math.abs(bytes) < 50_000 ? '±0.0 MB' : `${bytes > 0 ? '+' : '−'}${(Math.abs(bytes) / 1e6).toFixed(1)} MB`);
const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}×`;
const checkpointLabel = (name: Checkpoint, files: number): string =>
  name === 'after activation' ? 'after activation + fact base load' : name === 'after opening samples' ? `after opening the ${files} samples` : name;

function report(runs: Record<Kind, Run[]>, discarded: number, versions: { codeServer: string; chromium: string }): void {
  const node = runs.node.map((r) => r.result);
  const web = runs.web.map((r) => r.result);
  const control = runs.control.map((r) => r.result);
  const { file, mentions } = node[0]!.firstArticle;
  const all = node[0]!.allArticles;
  console.log(`code-server ${versions.codeServer}, Chromium ${versions.chromium}; ${node.length} round(s), each a Node host run, a web worker host run and a control run, each with a fresh server, profile and samples copy.`);
  console.log(`Production bundles (minified). Fact base: ${node[0]!.actors} actors (the shipped one: the samples copy has no *.facts.yaml).`);
  console.log(
    'News Lens was not active when the harness started, nor when it called activate(), in any kept run (isActive false both times)' +
      (discarded ? `; ${discarded} run(s) where it was were discarded and repeated.` : '.'),
  );
  console.log(`Activated before the first reading, as the samples' languages would activate them: Node host ${node[0]!.preactivated.join(', ') || 'none'}; web worker host ${web[0]!.preactivated.join(', ') || 'none'}.`);
  console.log('');
  console.log('Times: median (min–max) over the rounds.');
  console.log('');
  console.log('| | Node extension host | web worker extension host | web ÷ Node | Node host without News Lens (control) |');
  console.log('|---|---|---|---|---|');
  const row = (label: string, pick: (r: HostBenchResult) => number, withControl = false): void => {
    const n = node.map(pick);
    const w = web.map(pick);
    console.log(`| ${label} | ${ms(n)} | ${ms(w)} | ${ratio(median(w), median(n))} | ${withControl ? ms(control.map(pick)) : '–'} |`);
  };
  row('`activate()` resolves', (r) => r.activateMs);
  row('fact base loaded: `api.ready()` resolves, from the `activate()` call', (r) => r.factBaseMs);
  row(`first article (${file}): opened, shown and its ${mentions} mentions back`, (r) => r.firstArticle.ms, true);
  row(`all ${all.files} samples in turn, first included (${all.mentions} mentions)`, (r) => r.allArticles.ms, true);
  const afterShown = [...node, ...web].map((r) => r.firstArticle.ms - r.firstArticle.shownMs);
  console.log('');
  console.log(
    `The first article's mentions were ready when showTextDocument resolved (the highlighter scans an editor as it becomes visible): ` +
      `api.mentions() then took ${Math.min(...afterShown).toFixed(1)}–${Math.max(...afterShown).toFixed(1)} ms. ` +
      'Without News Lens (control) the .news samples open as plain text, without the News grammar.',
  );

  const nodeAt = (results: HostBenchResult[], name: Checkpoint, key: keyof NodeMemory): number => median(results.map((r) => r.memory[name]![key]));
  const webAt = (name: Checkpoint, key: keyof WorkerHeap): number => median(runs.web.map((r) => r.workerHeap[name]![key]));
  const cell = (name: Checkpoint, at: (name: Checkpoint) => number): string =>
    name === 'before activation' ? mb(at(name)) : `${mb(at(name))} (${signedMb(at(name) - at('before activation'))})`;
  console.log('');
  console.log(`Memory: median over the rounds; in brackets, the change since "before activation".`);
  console.log(`Node host: process.memoryUsage(), ${node[0]!.gc}; external includes arrayBuffers.`);
  console.log(`Web worker host: the worker's V8 heap through CDP (Runtime.getHeapUsage: usedSize, backingStorageSize), ${web[0]!.gc}.`);
  console.log('');
  console.log('| checkpoint | Node heapUsed | Node arrayBuffers | Node external | Node rss | Node heapUsed, control (no News Lens) | web worker JS heap | web worker array buffers + external strings |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const name of CHECKPOINTS) {
    const cells = [
      ...(['heapUsed', 'arrayBuffers', 'external', 'rss'] as const).map((key) => cell(name, (n) => nodeAt(node, n, key))),
      cell(name, (n) => nodeAt(control, n, 'heapUsed')),
      cell(name, (n) => webAt(n, 'used')),
      cell(name, (n) => webAt(n, 'backing')),
    ];
    console.log(`| ${checkpointLabel(name, all.files)} | ${cells.join(' | ')} |`);
  }
  const growth = (at: (name: Checkpoint) => number): number => at('after opening samples') - at('before activation');
  const nodeHeap = (name: Checkpoint): number => nodeAt(node, name, 'heapUsed');
  const controlHeap = (name: Checkpoint): number => nodeAt(control, name, 'heapUsed');
  const webHeap = (name: Checkpoint): number => webAt(name, 'used');
  const nodeOwn = growth(nodeHeap) - growth(controlHeap);
  console.log('');
  console.log(
    `Heap after opening the samples ÷ before activation: Node host ${ratio(nodeHeap('after opening samples'), nodeHeap('before activation'))}, ` +
      `control ${ratio(controlHeap('after opening samples'), controlHeap('before activation'))}, web worker host ${ratio(webHeap('after opening samples'), webHeap('before activation'))}.`,
  );
  console.log(
    `News Lens's own share of the Node host's growth (Node − control): ${signedMb(nodeOwn)}; ` +
      `in the web worker host, where News Lens runs alone: ${signedMb(growth(webHeap))} (web ÷ Node ${ratio(growth(webHeap), nodeOwn)}).`,
  );
  const spread = Math.max(...[...node, ...control].flatMap((r) => CHECKPOINTS.map((name) => r.memory[name]!.heapUsedSpread)));
  console.log(`Noise: in the Node host, heapUsed moved by at most ${(spread / 1e3).toFixed(0)} KB between the three readings behind one figure.`);
}

async function main(): Promise<void> {
  const cs = await import('../scripts/codeServer.mjs');
  const { ensureCodeServer } = await import('../scripts/installCodeServer.mjs');
  const cleanup = cs.createCleanup();
  const rounds = Math.max(1, Math.round(Number(process.env.NEWS_LENS_BENCH_HOST_RUNS) || 3));
  try {
    // The production bundles, as users get them (minified, no source maps), built afresh so that
    // the harness and the extension match the sources (a couple of seconds).
    build(cs.repoRoot);
    const installDir = ensureCodeServer({ log: () => {} });
    const scratch = cs.makeTempDir('bench-control');
    cleanup.add(() => cs.removeQuietly(scratch));
    const browser = await cs.launchChromium();
    cleanup.add(() => browser.close());
    const options: RunOptions = { cs, installDir, browser, controlExtension: writeControlExtension(join(scratch, 'extension')), cleanup };
    const runs: Record<Kind, Run[]> = { node: [], web: [], control: [] };
    let discarded = 0;
    for (let round = 1; round <= rounds; round++) {
      for (const kind of KINDS) {
        for (let attempt = 1; ; attempt++) {
          const run = await runOnce(kind, options);
          const r = run.result;
          if (r.activeAtStart || r.activeBeforeActivate) {
            // Something in the workbench activated News Lens before the harness did: the figures
            // would time an extension that is already active, so the run is not kept.
            discarded++;
            console.log(`round ${round} ${kind}: discarded, News Lens was already active (${run.activatedBy ?? 'activation event not found in the log'})`);
            if (attempt === MAX_ATTEMPTS) throw new Error(`News Lens was active before the harness activated it in ${MAX_ATTEMPTS} ${kind} runs in a row`);
            continue;
          }
          runs[kind].push(run);
          const times = kind === 'control' ? '' : `activate ${r.activateMs.toFixed(0)} ms, fact base ${r.factBaseMs.toFixed(0)} ms, first article ${r.firstArticle.ms.toFixed(0)} ms, `;
          console.log(`round ${round} ${kind.padEnd(7)}: ${times}all ${r.allArticles.files} samples ${r.allArticles.ms.toFixed(0)} ms (whole run ${(run.wallMs / 1000).toFixed(1)} s)`);
          break;
        }
      }
    }
    console.log('');
    report(runs, discarded, { codeServer: cs.CODE_SERVER_VERSION, chromium: browser.version() });
  } catch (error) {
    console.error(`host bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  } finally {
    await cleanup.run();
  }
}

void main();
