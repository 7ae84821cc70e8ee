// Loading a fact base of 50,000 actors split over ten included files (each under the loader's
// 5 MB cap), as an analyst's large workspace would: YAML parsing, validation and assembly, plus
// compiling the matcher over the result. Prints figures; asserts nothing.
import { loadFactBase } from '../src/core/factBase/load';
import { buildMatcher } from '../src/core/matcher';
import { seededRandom } from './corpus';

const ACTORS = 50_000;
const FILES = 10;
const rnd = seededRandom(11);
const syllables = ['ba', 'ko', 'ma', 'ni', 'ger', 'sa', 'hel', 'ta', 'ou', 'ri', 'dou', 'lan', 'mo', 'zi', 'fa', 'ka'];
const word = (): string => {
  const n = 2 + Math.floor(rnd() * 3);
  const w = Array.from({ length: n }, () => syllables[Math.floor(rnd() * syllables.length)]!).join('');
  return w.charAt(0).toUpperCase() + w.slice(1);
};
const types = ['person', 'country', 'organization', 'armed-group', 'place'];

const files = new Map<string, string>();
const includes: string[] = [];
for (let f = 0; f < FILES; f++) {
  const lines = ['actors:'];
  for (let i = f * (ACTORS / FILES); i < (f + 1) * (ACTORS / FILES); i++) {
    const name = `${word()} ${word()} ${i}`;
    lines.push(
      `  - id: actor-${i}`,
      `    name: ${name}`,
      `    type: ${types[i % types.length]}`,
      `    aliases: [${word()}-${i}]`,
      `    summary: Synthetic actor number ${i} for the load benchmark.`,
      '    facts:',
      `      - statement: Actor ${i} was created.`,
      '        date: 2023-07-26',
      '        sources: [https://example.org/]',
    );
  }
  const path = `/bench/part-${f}.facts.yaml`;
  files.set(path, lines.join('\n') + '\n');
  includes.push(`  - part-${f}.facts.yaml`);
}
files.set('/bench/main.facts.yaml', `newsLens: 1\nmode: replace\ninclude:\n${includes.join('\n')}\n`);
const megabytes = [...files.values()].reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;

global.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const start = performance.now();
const { factBase, problems } = loadFactBase('/bench/main.facts.yaml', (p) => files.get(p), { root: '/bench' });
const loadMs = performance.now() - start;
const compileStart = performance.now();
const matcher = buildMatcher(factBase.actors);
const compileMs = performance.now() - compileStart;
global.gc?.();
const heapAfter = process.memoryUsage().heapUsed;

console.log(`fact base: ${factBase.actors.length.toLocaleString('en')} actors in ${FILES + 1} files, ${megabytes.toFixed(1)} MB of YAML, ${problems.length} problems`);
console.log(`load (parse, validate, assemble): ${(loadMs / 1000).toFixed(2)} s (${(megabytes / (loadMs / 1000)).toFixed(2)} MB/s)`);
console.log(`compile matcher (${matcher.aliasCount.toLocaleString('en')} aliases): ${compileMs.toFixed(0)} ms`);
console.log(`heap retained by fact base + matcher: ${((heapAfter - heapBefore) / 1e6).toFixed(1)} MB`);
