// The host bench in the Node extension host (bundled by scripts/build.mjs into out/bench/host/node.js).
// Memory comes from process.memoryUsage() after forced full garbage collections.
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { runHostBench } from './harness';
import type { MemoryProbe, NodeMemory } from './protocol';

/**
 * The host runs without --expose-gc; the flag can still be set at run time, after which a fresh
 * context exposes `gc`. Without it the readings are taken after a short idle and are noisier.
 */
function findGc(): { gc: (() => void) | undefined; how: string } {
  const global = (globalThis as { gc?: () => void }).gc;
  if (typeof global === 'function') return { gc: global, how: 'global.gc (host started with --expose-gc)' };
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as unknown;
    if (typeof gc === 'function') return { gc: gc as () => void, how: 'full GC before each reading (gc exposed at run time: v8.setFlagsFromString)' };
  } catch {
    // fall through
  }
  return { gc: undefined, how: 'no gc available: readings after 500 ms idle' };
}

function nodeProbe(): MemoryProbe {
  const { gc, how } = findGc();
  return {
    gc: how,
    async read(): Promise<NodeMemory> {
      const readings: NodeJS.MemoryUsage[] = [];
      for (let i = 0; i < 3; i++) {
        await new Promise((r) => setTimeout(r, gc ? 100 : 500));
        gc?.();
        gc?.();
        readings.push(process.memoryUsage());
      }
      readings.sort((a, b) => a.heapUsed - b.heapUsed);
      const median = readings[1]!;
      return {
        heapUsed: median.heapUsed,
        external: median.external,
        arrayBuffers: median.arrayBuffers,
        rss: median.rss,
        heapUsedSpread: readings[2]!.heapUsed - readings[0]!.heapUsed,
      };
    },
  };
}

export function run(): Promise<void> {
  return runHostBench('node', nodeProbe());
}
