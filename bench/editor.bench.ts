// What the editor does for a large article, measured on the core functions the adapters call:
// the whole-document scan plus decoration grouping and positions (highlights), the first paint
// of the visible lines, and one hover card. Prints figures; asserts nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleDate } from '../src/core/articleDate';
import { loadFactBase } from '../src/core/factBase/load';
import { buildRelationGraph } from '../src/core/graph';
import { renderHoverCard } from '../src/core/hoverCard';
import { buildLineIndex } from '../src/core/lineIndex';
import { buildMatcher } from '../src/core/matcher';
import { mentionAt, partitionByStyle } from '../src/core/mentions';
import { newsCorpus } from './corpus';

const factsDir = join(__dirname, '..', 'facts');
const t0 = performance.now();
const { factBase } = loadFactBase(join(factsDir, 'niger-crisis.facts.yaml'), (p) => readFileSync(p, 'utf8'), { root: factsDir });
const loadMs = performance.now() - t0;
const t1 = performance.now();
const matcher = buildMatcher(factBase.actors);
const graph = buildRelationGraph(factBase);
const compileMs = performance.now() - t1;
const byId = new Map(factBase.actors.map((a) => [a.id, a]));

function median(runs: number, fn: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

console.log(`default fact base: ${factBase.actors.length} actors, ${factBase.relations.length} relations`);
console.log(`load ${loadMs.toFixed(1)} ms, compile matcher + graph ${compileMs.toFixed(1)} ms\n`);
console.log('| article | mentions | highlights (scan + group + positions) | first paint (an 8 KB visible window) | hover card |');
console.log('|---|---|---|---|---|');
for (const mb of [1, 10]) {
  const text = `date 2023-08-16\n${newsCorpus(factBase.actors, mb * 1_000_000)}`;
  const mentions = matcher.findMentions(text);
  const highlight = median(5, () => {
    const found = matcher.findMentions(text);
    const lines = buildLineIndex(text);
    for (const list of partitionByStyle(found, (id) => byId.get(id)?.type).values()) {
      for (const m of list) {
        lines.positionAt(m.start);
        lines.positionAt(m.end);
      }
    }
  });
  const middle = Math.floor(text.length / 2);
  const windowEnd = text.indexOf('\n', middle + 8000);
  const firstPaint = median(9, () => matcher.findMentions(text, { from: middle, to: windowEnd < 0 ? text.length : windowEnd }));
  const target = mentionAt(mentions, mentions[Math.floor(mentions.length / 2)]!.start)!;
  const hover = median(9, () => {
    const m = mentionAt(mentions, target.start)!;
    renderHoverCard({
      actor: byId.get(m.actorId)!,
      factBase,
      graph,
      articleDate: articleDate(text),
      today: '2026-11-28',
      mentionCount: mentions.filter((x) => x.actorId === m.actorId).length,
      commands: {},
    });
  });
  console.log(`| ${mb} MB | ${mentions.length.toLocaleString('en')} | ${highlight.toFixed(0)} ms | ${firstPaint.toFixed(2)} ms | ${hover.toFixed(2)} ms |`);
}
