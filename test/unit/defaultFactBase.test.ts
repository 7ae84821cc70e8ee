import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadFactBase } from '../../src/core/factBase/load';
import { buildMatcher } from '../../src/core/matcher';

const factsDir = join(__dirname, '..', '..', 'facts');
const { factBase, problems } = loadFactBase(join(factsDir, 'niger-crisis.facts.yaml'), (p) => {
  try {
    return readFileSync(p, 'utf8');
  } catch {
    return undefined;
  }
}, { root: factsDir });

describe('the shipped default fact base', () => {
  it('loads without a single problem', () => {
    assert.deepEqual(problems.map((p) => `${p.file}:${p.range.start.line + 1}: ${p.message}`), []);
  });

  it('covers at least 60 actors and 80 relations, each actor summarised with a dated, sourced fact', () => {
    assert.ok(factBase.actors.length >= 60, `${factBase.actors.length} actors`);
    assert.ok(factBase.relations.length >= 80, `${factBase.relations.length} relations`);
    const lacking = factBase.actors.filter((a) => !a.summary || !a.facts.some((f) => f.date && f.sources.length > 0));
    assert.deepEqual(lacking.map((a) => a.id), []);
  });

  it('has the crisis at its centre: Niger, Mali, Russia and ECOWAS with their leaders', () => {
    const ids = new Set(factBase.actors.map((a) => a.id));
    for (const id of ['niger', 'mali', 'russia', 'ecowas', 'burkina-faso', 'wagner-group', 'france', 'cnsp', 'abdourahamane-tiani', 'mohamed-bazoum', 'assimi-goita', 'ibrahim-traore', 'vladimir-putin', 'yevgeny-prigozhin']) {
      assert.ok(ids.has(id), id);
    }
  });

  it('resolves every name, alias and demonym to its own actor', () => {
    const matcher = buildMatcher(factBase.actors);
    const wrong: string[] = [];
    for (const actor of factBase.actors) {
      for (const form of [actor.name, ...actor.aliases.map((a) => a.text), ...actor.demonyms.map((a) => a.text)]) {
        const found = matcher.findMentions(` ${form} `);
        const ok = found.length === 1 && found[0]!.actorId === actor.id && found[0]!.start === 1 && found[0]!.end === form.length + 1;
        if (!ok) wrong.push(`${form} (${actor.id}) -> ${found.map((m) => m.actorId).join(',') || 'nothing'}`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  it('highlights French articles: CEDEAO, Russie, nigérien', () => {
    const matcher = buildMatcher(factBase.actors);
    const text = 'La CEDEAO menace la junte ; la Russie salue le régime nigérien.';
    const ids = matcher.findMentions(text).map((m) => m.actorId);
    assert.ok(ids.includes('ecowas') && ids.includes('russia') && ids.includes('niger'), ids.join(','));
  });
});
