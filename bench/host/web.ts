// The host bench in the web worker extension host (bundled by scripts/build.mjs into
// out/bench/host/web.js). A worker has no memory API (no process, no performance.memory), so at
// each checkpoint the harness says so on the console and waits: bench/host.bench.ts then collects
// garbage and reads the worker's JS heap through the Chrome DevTools Protocol, and acknowledges.
import { runHostBench } from './harness';
import { CHECKPOINT_MARKER } from './protocol';
import type { Checkpoint, MemoryProbe } from './protocol';

interface BenchGlobals {
  /** The checkpoint this host waits at; how the bench finds the extension host among the workers. */
  __newsLensBenchCheckpoint?: string;
  /** Set by the bench once it has read the heap at that checkpoint. */
  __newsLensBenchAck?: string;
}

const ACK_TIMEOUT_MS = 30_000;

const webProbe: MemoryProbe = {
  gc: 'full GC before each reading (HeapProfiler.collectGarbage, from the bench through CDP)',
  async read(checkpoint: Checkpoint): Promise<undefined> {
    const globals = globalThis as BenchGlobals;
    globals.__newsLensBenchCheckpoint = checkpoint;
    console.log(`${CHECKPOINT_MARKER} ${checkpoint}`);
    const deadline = Date.now() + ACK_TIMEOUT_MS;
    while (globals.__newsLensBenchAck !== checkpoint) {
      if (Date.now() > deadline) throw new Error(`the bench did not read the heap at "${checkpoint}"`);
      await new Promise((r) => setTimeout(r, 20));
    }
    return undefined;
  },
};

export function run(): Promise<void> {
  return runHostBench('web', webProbe);
}
