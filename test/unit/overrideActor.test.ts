import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newFactBaseTemplate } from '../../src/core/edits/template';
import { actorValue, overrideActor } from '../../src/core/edits/override';
import { loadFactBase } from '../../src/core/factBase/load';
import { addAlias, addFact } from '../../src/core/factBaseEdits';
import type { Actor } from '../../src/core/types';
import { actor, alias } from './builders';

const factsDir = join(__dirname, '..', '..', 'facts');
const read = (p: string): string | undefined => {
  try {
    return readFileSync(p, 'utf8');
  } catch {
    return undefined;
  }
};
const shipped = loadFactBase(join(factsDir, 'niger-crisis.facts.yaml'), read, { root: factsDir }).factBase;
const sahel = readFileSync(join(__dirname, '..', 'fixtures', 'edits', 'sahel.facts.yaml'), 'utf8');

function load(text: string, base = shipped): ReturnType<typeof loadFactBase> {
  return loadFactBase('/w/facts.yaml', (p) => (p === '/w/facts.yaml' ? text : undefined), { root: '/w', base });
}

function withoutLocations(a: Actor): unknown {
  return JSON.parse(JSON.stringify({ ...a, location: undefined, facts: a.facts.map((f) => ({ ...f, location: undefined })) }));
}

function textOf(result: ReturnType<typeof overrideActor>): string {
  assert.ok(result.ok, result.ok ? '' : result.problem);
  return result.text;
}

describe('overrideActor', () => {
  it('writes every shipped actor back so that it loads identically, with no problem', () => {
    for (const original of shipped.actors) {
      const text = textOf(overrideActor(newFactBaseTemplate(), original));
      const { factBase, problems } = load(text);
      assert.deepEqual(problems.map((p) => p.message), [], original.id);
      const copy = factBase.actors.find((a) => a.id === original.id && a.location?.file === '/w/facts.yaml');
      assert.ok(copy, `${original.id} is defined in the workspace file`);
      assert.deepEqual(withoutLocations(copy), withoutLocations(original), original.id);
    }
  });

  it('keeps the file’s comments and writes case rules and languages only when needed', () => {
    const niger = actor({ id: 'niger', name: 'Niger', aliases: [alias('NER', 'exact'), alias('Niger Republic'), alias('Le Niger', 'smart', 'fr')], demonyms: [alias('Nigerien')], ids: { wikidata: 'Q1032' } });
    const text = textOf(overrideActor(newFactBaseTemplate(), niger));
    assert.ok(text.startsWith(newFactBaseTemplate().split('actors: []')[0]!), 'the comments before actors stay');
    assert.match(text, /# Typed links between actors/);
    assert.deepEqual(actorValue(niger)['aliases'], [{ text: 'NER', case: 'exact' }, 'Niger Republic', { text: 'Le Niger', lang: 'fr' }]);
    assert.match(text, /demonyms: \[Nigerien\]/);
    assert.match(text, /ids: \{ ?wikidata: Q1032 ?\}/);
  });

  it('changes nothing when the file already defines the actor', () => {
    const result = overrideActor(sahel, actor({ id: 'niger', name: 'Niger' }));
    assert.deepEqual(result, { ok: true, text: sahel, changed: false, id: 'niger' });
  });

  it('then lets an alias and a fact be added to the copy, which overrides the shipped actor by id', () => {
    const bazoum = shipped.actors.find((a) => a.id === 'mohamed-bazoum')!;
    let text = textOf(overrideActor(newFactBaseTemplate(), bazoum));
    text = textOf(addAlias(text, 'mohamed-bazoum', 'M. Bazoum'));
    text = textOf(addFact(text, 'mohamed-bazoum', { statement: 'Still detained.', date: '2024-07-26', sources: [{ quote: { exact: 'Bazoum', article: 'a.news', start: 0, end: 6 } }] }));
    const { factBase, problems } = load(text);
    assert.deepEqual(problems, []);
    const merged = factBase.actors.find((a) => a.id === 'mohamed-bazoum')!;
    assert.ok(merged.aliases.some((a) => a.text === 'M. Bazoum'));
    assert.equal(merged.facts.length, bazoum.facts.length + 1);
  });

  it('refuses a file with a YAML syntax error', () => {
    const result = overrideActor('actors: [\n', actor({ id: 'x' }));
    assert.ok(!result.ok && /syntax error/.test(result.problem));
  });
});
