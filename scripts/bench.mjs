// Runs every bench/*.bench.ts in turn, each in its own Node process (TypeScript through tsx, with
// --expose-gc so benches can measure retained memory). Benches print figures and assert nothing.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const benches = readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();

let failed = 0;
for (const file of benches) {
  console.log(`\n## ${file}\n`);
  const started = Date.now();
  const result = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join('bench', file)], { cwd: root, stdio: 'inherit' });
  console.log(`\n(${file}: ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (result.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
