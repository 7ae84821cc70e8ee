import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assembleFactBase, loadFactBase, parseFactFile } from '../../../src/core/factBase/load';
import type { LoadResult } from '../../../src/core/factBase/load';
import type { FactBase, Problem } from '../../../src/core/types';

function yaml(...lines: string[]): string {
  return lines.join('\n') + '\n';
}

function at(p: Problem): string {
  const { start, end } = p.range;
  return `${p.code} ${p.file.replace('/ws/', '')} ${start.line}:${start.character}-${end.line}:${end.character}`;
}

/** Loads `/ws/main.facts.yaml` from in-memory files keyed by path under /ws. */
function load(files: Record<string, string>, base?: FactBase): LoadResult {
  const read = (p: string): string | undefined => files[p.replace('/ws/', '')];
  return loadFactBase('/ws/main.facts.yaml', read, { root: '/ws', ...(base && { base }) });
}

const fixtures = join(__dirname, '..', '..', 'fixtures', 'facts');
const readFixture = (p: string): string | undefined => {
  try {
    return readFileSync(p, 'utf8');
  } catch {
    return undefined;
  }
};

describe('assembleFactBase', () => {
  it('loads the valid fixture fully, with defaults filled in', () => {
    const result = loadFactBase(join(fixtures, 'valid', 'main.facts.yaml'), readFixture, { root: fixtures });
    assert.deepEqual(result.problems, []);
    const { factBase } = result;
    assert.equal(factBase.mode, 'extend');
    assert.deepEqual(factBase.actors.map((a) => a.id), ['niger', 'ecowas', 'wagner', 'mohamed-bazoum']);
    assert.deepEqual(factBase.files.map((f) => f.slice(fixtures.length)), ['/valid/main.facts.yaml', '/valid/people.facts.yaml']);
    const niger = factBase.actors[0]!;
    assert.deepEqual(niger.aliases, [
      { text: 'Republic of Niger', case: 'smart' },
      { text: 'République du Niger', case: 'smart' },
      { text: 'NER', case: 'exact', lang: 'fr' },
    ]);
    assert.deepEqual(niger.ids, { wikidata: 'Q1032', geonames: '2440476' });
    assert.equal(niger.facts[0]?.sources.length, 3);
    assert.deepEqual(niger.facts[0]?.sources[2]?.quote, { exact: 'the presidential guard', prefix: 'Members of ', suffix: ' detained', article: 'samples/coup.news', start: 120, end: 141 });
    assert.deepEqual(factBase.relations.map((r) => [r.id, r.mutual]), [
      ['ecowas-threat', false],
      ['ecowas>sanctions>niger', false],
      ['niger>withdrew-from>ecowas', false],
      ['wagner>trains>niger', false],
      ['mohamed-bazoum>leads>niger', false],
    ]);
    assert.deepEqual(factBase.actors[3]?.roles, [{ title: 'President of Niger', of: 'niger', since: '2021-04-02', until: '2023-07-26' }]);
    assert.deepEqual(factBase.notes.map((n) => [n.id, n.actor, n.date]), [['note-1', 'niger', '2024-02-29']]);
    assert.deepEqual(factBase.actorTypes.map((t) => `${t.id}:${t.icon}`), ['person:person', 'country:globe', 'organization:organization', 'armed-group:flame', 'place:location', 'militia:shield']);
    assert.ok(factBase.relationTypes.some((t) => t.id === 'trains' && !t.mutual));
  });

  it('defaults `mutual` from the relation type, letting the relation override it', () => {
    const { factBase, problems } = load({
      'main.facts.yaml': yaml(
        'newsLens: 1',
        'actors: [{ id: a, name: A, type: country }, { id: b, name: B, type: country }]',
        'relations:',
        '  - { from: a, to: b, type: allied-with }',
        '  - { from: a, to: b, type: neighbour-of, mutual: false }',
        '  - { from: a, to: b, type: supports }',
      ),
    });
    assert.deepEqual(problems, []);
    assert.deepEqual(factBase.relations.map((r) => [r.id, r.mutual]), [
      ['a>allied-with>b', true],
      ['a>neighbour-of>b', false],
      ['a>supports>b', false],
    ]);
  });

  it('reports an actor id used in two files on the second, naming the first', () => {
    const result = load({
      'main.facts.yaml': yaml('newsLens: 1', 'include: [more.facts.yaml]', 'actors:', '  - { id: niger, name: Niger, type: country }'),
      'more.facts.yaml': yaml('actors:', '  - { id: mali, name: Mali, type: country }', '  - { id: niger, name: Republic of Niger, type: country }'),
    });
    assert.deepEqual(result.problems.map(at), ['duplicate-id more.facts.yaml 2:10-2:15']);
    assert.match(result.problems[0]!.message, /main\.facts\.yaml:4/);
    assert.deepEqual(result.factBase.actors.map((a) => a.name), ['Niger', 'Mali']);
  });

  it('reports duplicate relation ids, explicit or defaulted', () => {
    const result = load({
      'main.facts.yaml': yaml(
        'newsLens: 1',
        'actors: [{ id: a, name: A, type: country }, { id: b, name: B, type: country }]',
        'relations:',
        '  - { from: a, to: b, type: sanctions, since: 2023 }',
        '  - { from: a, to: b, type: sanctions, since: 2025 }',
        '  - { id: r1, from: a, to: b, type: opposes }',
        '  - { id: r1, from: b, to: a, type: opposes }',
      ),
    });
    assert.deepEqual(result.problems.map(at), ['duplicate-relation-id main.facts.yaml 4:6-4:10', 'duplicate-relation-id main.facts.yaml 6:10-6:12']);
    assert.match(result.problems[0]!.message, /explicit `id:`/);
    assert.deepEqual(result.factBase.relations.map((r) => r.id), ['a>sanctions>b', 'r1']);
  });

  describe('aliases claimed twice', () => {
    const twoActors = (second: string): Record<string, string> => ({
      'main.facts.yaml': yaml('newsLens: 1', 'include: [more.facts.yaml]', 'actors:', '  - id: niger', '    name: Niger', '    type: country', '    aliases: [Republic of Niger]', '    demonyms: [Nigerien]'),
      'more.facts.yaml': second,
    });

    it('rejects an alias another actor has (after folding) on the second actor, naming the first and its file:line', () => {
      const result = load(twoActors(yaml('actors:', '  - id: niger-river', '    name: Niger River', '    type: place', '    aliases: [River Niger, NIGER, "republic of  niger"]')));
      assert.deepEqual(result.problems.map(at), ['duplicate-alias more.facts.yaml 4:27-4:32', 'duplicate-alias more.facts.yaml 4:34-4:54']);
      assert.ok(result.problems.every((p) => p.severity === 'error'));
      assert.match(result.problems[0]!.message, /`niger` \(Niger\) at main\.facts\.yaml:4/);
      assert.deepEqual(result.factBase.actors.find((a) => a.id === 'niger-river')?.aliases.map((a) => a.text), ['River Niger']);
    });

    it('folds diacritics, apostrophes and dashes, and checks demonyms too', () => {
      const result = load(twoActors(yaml('actors:', '  - id: other', '    name: Other', '    type: place', '    demonyms: [Nigérien]', '    aliases: [Republic-of-Niger]')));
      assert.deepEqual(result.problems.map((p) => p.code), ['duplicate-alias', 'duplicate-alias']);
    });

    it('drops an actor whose name another actor already has', () => {
      const result = load(twoActors(yaml('actors:', '  - id: niger-state', '    name: Niger', '    type: place')));
      assert.deepEqual(result.problems.map(at), ['duplicate-alias more.facts.yaml 2:10-2:15']);
      assert.deepEqual(result.factBase.actors.map((a) => a.id), ['niger']);
    });
  });

  describe('references', () => {
    const actors = 'actors: [{ id: a, name: A, type: country }]';

    it('in `replace` mode, drops relations to unknown actors with an error and a suggestion', () => {
      const result = load({ 'main.facts.yaml': yaml('newsLens: 1', 'mode: replace', 'actors: [{ id: mali, name: Mali, type: country }]', 'relations:', '  - { from: mali, to: malli, type: opposes }') });
      assert.deepEqual(result.problems.map(at), ['unknown-actor main.facts.yaml 4:22-4:27']);
      assert.equal(result.problems[0]?.severity, 'error');
      assert.match(result.problems[0].message, /Did you mean `mali`\?/);
      assert.deepEqual(result.factBase.relations, []);
    });

    it('in `extend` mode without a base, keeps them with a warning (the default may define the actor)', () => {
      const result = load({ 'main.facts.yaml': yaml('newsLens: 1', actors, 'relations: [{ from: a, to: niger, type: opposes }]') });
      assert.deepEqual(result.problems.map(at), ['unknown-actor main.facts.yaml 2:27-2:32']);
      assert.equal(result.problems[0]?.severity, 'warning');
      assert.equal(result.factBase.relations.length, 1);
    });

    it('with a base, resolves references into it and rejects the rest', () => {
      const base = load({ 'main.facts.yaml': yaml('newsLens: 1', 'actors: [{ id: niger, name: Niger, type: country }]') }).factBase;
      const result = load({ 'main.facts.yaml': yaml('newsLens: 1', actors, 'relations:', '  - { from: a, to: niger, type: opposes }', '  - { from: a, to: chad, type: opposes }') }, base);
      assert.deepEqual(result.problems.map(at), ['unknown-actor main.facts.yaml 4:19-4:23']);
      assert.equal(result.problems[0]?.severity, 'error');
      assert.deepEqual(result.factBase.relations.map((r) => r.to), ['niger']);
    });

    it('ignores the base in `replace` mode, which stands alone', () => {
      const base = load({ 'main.facts.yaml': yaml('newsLens: 1', 'actors: [{ id: niger, name: Niger, type: country }]') }).factBase;
      const result = load({ 'main.facts.yaml': yaml('newsLens: 1', 'mode: replace', actors, 'relations: [{ from: a, to: niger, type: opposes }]') }, base);
      assert.deepEqual(result.problems.map((p) => `${p.code}:${p.severity}`), ['unknown-actor:error']);
      assert.deepEqual(result.factBase.relations, []);
    });

    it('says when the actor exists but was dropped for its own errors', () => {
      const result = load({ 'main.facts.yaml': yaml('newsLens: 1', 'actors:', '  - { id: a, name: A, type: country }', '  - { id: b, type: country }', 'relations: [{ from: a, to: b, type: opposes }]') });
      assert.deepEqual(result.problems.map(at), ['missing-field main.facts.yaml 3:6-3:8', 'unknown-actor main.facts.yaml 4:27-4:28']);
      assert.match(result.problems[1]!.message, /not loaded because its entry at main\.facts\.yaml:4 has errors/);
      assert.deepEqual(result.factBase.relations, []);
    });

    it('warns about a role `of` an unknown actor and keeps the role', () => {
      const result = load({ 'main.facts.yaml': yaml('newsLens: 1', 'actors:', '  - id: p', '    name: P', '    type: person', '    roles: [{ title: Minister, of: nowhere }]') });
      assert.deepEqual(result.problems.map(at), ['unknown-actor main.facts.yaml 5:35-5:42']);
      assert.equal(result.problems[0]?.severity, 'warning');
      assert.deepEqual(result.factBase.actors[0]?.roles, [{ title: 'Minister', of: 'nowhere' }]);
    });

    it('warns about undeclared actor and relation types and still loads the entries', () => {
      const result = load({ 'main.facts.yaml': yaml('newsLens: 1', 'actors: [{ id: a, name: A, type: contry }, { id: b, name: B, type: militia }]', 'relations: [{ from: a, to: b, type: alied-with }]') });
      assert.deepEqual(result.problems.map(at), ['unknown-actor-type main.facts.yaml 1:33-1:39', 'unknown-actor-type main.facts.yaml 1:67-1:74', 'unknown-relation-type main.facts.yaml 2:36-2:46']);
      assert.ok(result.problems.every((p) => p.severity === 'warning'));
      assert.match(result.problems[0]!.message, /Did you mean `country`\?/);
      assert.match(result.problems[2]!.message, /Did you mean `allied-with`\?/);
      assert.equal(result.factBase.actors.length, 2);
      assert.deepEqual(result.factBase.relations.map((r) => r.mutual), [false]);
    });

    it('reports a type declared twice', () => {
      const result = load({
        'main.facts.yaml': yaml('newsLens: 1', 'include: [more.facts.yaml]', 'actorTypes: [{ id: militia, icon: shield }]'),
        'more.facts.yaml': yaml('actorTypes: [{ id: militia, icon: flame }]'),
      });
      assert.deepEqual(result.problems.map(at), ['duplicate-type more.facts.yaml 0:19-0:26']);
      assert.equal(result.factBase.actorTypes.find((t) => t.id === 'militia')?.icon, 'shield');
    });
  });

  describe('notes', () => {
    it('numbers notes without ids in file order, skipping ids in use, and reports duplicates', () => {
      const result = load({
        'main.facts.yaml': yaml(
          'newsLens: 1',
          'notes:',
          '  - { text: one, quote: { exact: q } }',
          '  - { id: note-2, text: two, quote: { exact: q } }',
          '  - { text: three, quote: { exact: q }, actor: ghost }',
          '  - { id: note-2, text: four, quote: { exact: q } }',
          '  - { text: five }',
        ),
      });
      assert.deepEqual(result.problems.map(at), ['unknown-actor main.facts.yaml 4:47-4:52', 'duplicate-note-id main.facts.yaml 5:10-5:16', 'missing-field main.facts.yaml 6:6-6:10']);
      assert.deepEqual(result.factBase.notes.map((n) => `${n.id}=${n.text}`), ['note-1=one', 'note-2=two', 'note-3=three']);
    });
  });

  describe('mode', () => {
    it('takes the mode from the entry file and warns about `mode` in included files', () => {
      const result = load({
        'main.facts.yaml': yaml('newsLens: 1', 'mode: replace', 'include: [more.facts.yaml]'),
        'more.facts.yaml': yaml('mode: extend'),
      });
      assert.equal(result.factBase.mode, 'replace');
      assert.deepEqual(result.problems.map(at), ['mode-ignored more.facts.yaml 0:6-0:12']);
    });
  });

  it('finds the entry among several files given in any order, and sorts problems by load order and position', () => {
    const files = [
      parseFactFile('/ws/a.facts.yaml', yaml('actors: [{ id: a, name: A, type: persn }]')),
      parseFactFile('/ws/main.facts.yaml', yaml('newsLens: 1', 'include: [a.facts.yaml]', 'actors: [{ id: m, name: M, type: persn }]')),
    ];
    const result = assembleFactBase(files, { root: '/ws' });
    assert.deepEqual(result.factBase.files, ['/ws/main.facts.yaml', '/ws/a.facts.yaml']);
    assert.deepEqual(result.factBase.actors.map((a) => a.id), ['m', 'a']);
    assert.deepEqual(result.problems.map(at), ['unknown-actor-type main.facts.yaml 2:33-2:38', 'unknown-actor-type a.facts.yaml 0:33-0:38']);
  });
});
