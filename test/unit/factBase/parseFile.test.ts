import * as assert from 'node:assert/strict';
import { loadFactBase, parseFactFile } from '../../../src/core/factBase/load';
import type { LoadResult } from '../../../src/core/factBase/load';
import type { Problem } from '../../../src/core/types';

const ENTRY = '/ws/main.facts.yaml';

function yaml(...lines: string[]): string {
  return lines.join('\n') + '\n';
}

function load(text: string): LoadResult {
  return loadFactBase(ENTRY, (p) => (p === ENTRY ? text : undefined), { root: '/ws' });
}

function at(p: Problem): string {
  const { start, end } = p.range;
  return `${p.code} ${start.line}:${start.character}-${end.line}:${end.character}`;
}

function problems(text: string): string[] {
  return load(text).problems.map(at);
}

function only(text: string, code: string): Problem {
  const found = load(text).problems.filter((p) => p.code === code);
  assert.equal(found.length, 1, `expected one ${code}, got ${JSON.stringify(load(text).problems, null, 1)}`);
  return found[0]!;
}

describe('parseFactFile', () => {
  it('reports every YAML syntax error the parser finds, at its position, and reads nothing from the file', () => {
    const text = yaml('newsLens: 1', 'actors: [a, b', 'relations: {');
    const file = parseFactFile(ENTRY, text);
    assert.equal(file.usable, false);
    assert.deepEqual(file.problems.map(at), ['yaml-syntax 2:0-2:1', 'yaml-syntax 3:0-3:0']);
    assert.ok(file.problems.every((p) => p.severity === 'error' && p.file === ENTRY));
  });

  it('reports a mis-indented block as a syntax error', () => {
    assert.deepEqual(problems(yaml('newsLens: 1', 'actors:', '  - id: a', '   name: b')), ['yaml-syntax 3:0-3:0']);
  });

  it('accepts one document per file only', () => {
    assert.deepEqual(problems(yaml('newsLens: 1', '---', 'actors: []')), ['yaml-syntax 1:0-1:3']);
  });

  it('reports an alias without an anchor', () => {
    assert.deepEqual(problems(yaml('newsLens: 1', 'actors: *nope')), ['yaml-syntax 1:8-1:13']);
  });

  it('resolves aliases to earlier anchors', () => {
    const text = yaml(
      'newsLens: 1',
      'actors:',
      '  - id: a',
      '    name: A',
      '    type: person',
      '    facts:',
      '      - statement: one',
      '        sources: &src [https://example.org/a]',
      '      - statement: two',
      '        sources: *src',
    );
    const result = load(text);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.factBase.actors[0]?.facts.map((f) => f.sources[0]?.url), ['https://example.org/a', 'https://example.org/a']);
  });

  it('passes on YAML warnings, such as an unknown tag, and still loads', () => {
    const result = load(yaml('newsLens: 1', 'actors: !people [{ id: a, name: A, type: person }]'));
    assert.deepEqual(result.problems.map(at), ['yaml-warning 1:8-1:15']);
    assert.equal(result.factBase.actors.length, 1);
  });

  it('checks declared types and defaults their label and icon', () => {
    const result = load(yaml('newsLens: 1', 'actorTypes:', '  - { id: militia, icon: "$(shield)" }', '  - { id: Militia }', 'relationTypes: [{ id: trains, mutual: maybe }]'));
    assert.deepEqual(result.problems.map(at), ['invalid-value 2:25-2:36', 'invalid-id 3:10-3:17', 'wrong-type 4:38-4:43']);
    assert.deepEqual(result.factBase.actorTypes.at(-1), { id: 'militia', label: 'militia', icon: 'symbol-misc' });
    assert.deepEqual(result.factBase.relationTypes.at(-1), { id: 'trains', label: 'trains', mutual: false });
  });

  describe('not a fact base', () => {
    it('needs `newsLens` in the entry file, reported at the first key', () => {
      const p = only(yaml('actors:', '  - id: a'), 'not-a-fact-base');
      assert.equal(at(p), 'not-a-fact-base 0:0-0:6');
      assert.match(p.message, /newsLens: 1/);
    });

    it('reports only that, not the fields of a file that may be something else', () => {
      assert.deepEqual(problems(yaml('name: my app', 'version: 3')), ['not-a-fact-base 0:0-0:4']);
    });

    it('needs a mapping at the top level', () => {
      assert.deepEqual(problems(yaml('- a', '- b')), ['not-a-fact-base 0:0-1:3']);
    });

    it('treats an empty file as not a fact base', () => {
      assert.deepEqual(problems(''), ['not-a-fact-base 0:0-0:0']);
    });

    it('reads only version 1', () => {
      assert.deepEqual(problems(yaml('newsLens: 2', 'actors: []')), ['unsupported-version 0:10-0:11']);
      assert.deepEqual(problems(yaml('newsLens: "1"')), ['unsupported-version 0:10-0:13']);
      assert.deepEqual(problems(yaml('newsLens:')), ['unsupported-version 0:0-0:8']);
    });
  });

  describe('fields', () => {
    it('warns about unknown fields, suggesting close ones, and keeps the entry', () => {
      const text = yaml('newsLens: 1', 'actorz: []', 'actors:', '  - id: a', '    name: A', '    type: person', '    summery: x');
      const result = load(text);
      assert.deepEqual(result.problems.map(at), ['unknown-field 1:0-1:6', 'unknown-field 6:4-6:11']);
      assert.ok(result.problems.every((p) => p.severity === 'warning'));
      assert.match(result.problems[0]!.message, /Did you mean `actors`\?/);
      assert.match(result.problems[1]!.message, /Did you mean `summary`\?/);
      assert.equal(result.factBase.actors.length, 1);
    });

    it('suggests a field for a transposed typo', () => {
      const p = only(yaml('newsLens: 1', 'actors:', '  - id: a', '    nmae: A', '    type: person'), 'unknown-field');
      assert.match(p.message, /Did you mean `name`\?/);
    });

    it('drops an entry with a repeated key', () => {
      const text = yaml('newsLens: 1', 'actors:', '  - id: a', '    name: A', '    type: person', '    name: B');
      const result = load(text);
      assert.deepEqual(result.problems.map(at), ['duplicate-key 5:4-5:8']);
      assert.equal(result.factBase.actors.length, 0);
    });

    it('drops an actor missing a required field, reported at its first key', () => {
      const text = yaml('newsLens: 1', 'actors:', '  - id: a', '    type: person', '  - id: b', '    name: B', '    type: person');
      const result = load(text);
      assert.deepEqual(result.problems.map(at), ['missing-field 2:4-2:6']);
      assert.match(result.problems[0]!.message, /Missing `name`/);
      assert.deepEqual(result.factBase.actors.map((a) => a.id), ['b']);
    });

    it('reports an empty required field at its key', () => {
      assert.deepEqual(problems(yaml('newsLens: 1', 'actors:', '  - id: a', '    name:', '    type: person')), ['missing-field 3:4-3:8']);
    });

    it('requires from, to and type on relations and a statement on facts', () => {
      const text = yaml(
        'newsLens: 1',
        'actors:',
        '  - id: a',
        '    name: A',
        '    type: person',
        '    facts:',
        '      - date: 2023',
        '      - statement: kept',
        'relations:',
        '  - from: a',
        '    type: leads',
      );
      const result = load(text);
      assert.deepEqual(result.problems.map(at), ['missing-field 6:8-6:12', 'missing-field 9:4-9:8']);
      assert.match(result.problems[0]!.message, /`statement`/);
      assert.match(result.problems[1]!.message, /`to`/);
      assert.deepEqual(result.factBase.actors[0]?.facts.map((f) => f.statement), ['kept']);
      assert.equal(result.factBase.relations.length, 0);
    });

    it('reports wrong types; a bad required value drops the actor, a bad optional one only that value', () => {
      const text = yaml(
        'newsLens: 1',
        'actors:',
        '  - id: a',
        '    name: 1984',
        '    type: organization',
        '  - id: b',
        '    name: B',
        '    type: person',
        '    aliases: Bee',
        '    summary: [x]',
        '    demonyms: [Bs, 12]',
      );
      const result = load(text);
      assert.deepEqual(result.problems.map(at), ['wrong-type 3:10-3:14', 'wrong-type 8:13-8:16', 'wrong-type 9:13-9:16', 'wrong-type 10:19-10:21']);
      assert.match(result.problems[0]!.message, /Put it in quotes: "1984"/);
      assert.match(result.problems[1]!.message, /must be a list/);
      const [b] = result.factBase.actors;
      assert.equal(result.factBase.actors.length, 1);
      assert.deepEqual({ aliases: b?.aliases, summary: b?.summary, demonyms: b?.demonyms.map((d) => d.text) }, { aliases: [], summary: '', demonyms: ['Bs'] });
    });

    it('rejects bad ids with a suggested fix', () => {
      const p = only(yaml('newsLens: 1', 'actors:', '  - id: Mohamed Bazoum', '    name: Mohamed Bazoum', '    type: person'), 'invalid-id');
      assert.equal(at(p), 'invalid-id 2:8-2:22');
      assert.match(p.message, /`mohamed-bazoum`/);
    });

    it('rejects bad enum values, suggesting a close one', () => {
      const text = yaml('newsLens: 1', 'mode: replce', 'actors:', '  - id: a', '    name: A', '    type: person', '    aliases:', '      - { text: A1, case: exakt }');
      const result = load(text);
      assert.deepEqual(result.problems.map(at), ['invalid-value 1:6-1:12', 'invalid-value 7:26-7:31']);
      assert.match(result.problems[0]!.message, /Did you mean `replace`\?/);
      assert.equal(result.factBase.mode, 'extend');
      assert.deepEqual(result.factBase.actors[0]?.aliases, [{ text: 'A1', case: 'smart' }]);
    });

    it('drops aliases that can never match and bad language tags', () => {
      const text = yaml('newsLens: 1', 'actors:', '  - id: a', '    name: A', '    type: person', '    aliases: ["—", { text: Ay, lang: "fr_FR" }]');
      const result = load(text);
      assert.deepEqual(result.problems.map(at), ['invalid-value 5:14-5:17', 'invalid-value 5:37-5:44']);
      assert.deepEqual(result.factBase.actors[0]?.aliases, [{ text: 'Ay', case: 'smart' }]);
    });
  });

  describe('dates', () => {
    const withDates = (since: string, until: string): string =>
      yaml('newsLens: 1', 'actors:', '  - id: a', '    name: A', '    type: person', '    roles:', '      - title: T', `        since: ${since}`, `        until: ${until}`);

    it('accepts YYYY, YYYY-MM and real YYYY-MM-DD dates, leap days included', () => {
      const result = load(withDates('2024-02-29', '2025'));
      assert.deepEqual(result.problems, []);
      assert.deepEqual(result.factBase.actors[0]?.roles, [{ title: 'T', since: '2024-02-29', until: '2025' }]);
    });

    it('rejects dates that are not on the calendar or not in the format', () => {
      assert.deepEqual(problems(withDates('2023-02-29', '2023-13')), ['invalid-date 7:15-7:25', 'invalid-date 8:15-8:22']);
      assert.deepEqual(problems(withDates('26/07/2023', '2023-7-1')), ['invalid-date 7:15-7:25', 'invalid-date 8:15-8:23']);
    });

    it('rejects `until` before `since`, comparing partial dates by the days they cover', () => {
      const result = load(withDates('2023-05', '2023-04-30'));
      assert.deepEqual(result.problems.map(at), ['date-order 8:15-8:25']);
      assert.deepEqual(result.factBase.actors[0]?.roles, [{ title: 'T', since: '2023-05' }]);
      assert.deepEqual(problems(withDates('2023-05-10', '2023-05')), []);
      assert.deepEqual(problems(withDates('2023', '2023-01-01')), []);
    });

    it('rejects a fact ending before its date', () => {
      const text = yaml('newsLens: 1', 'actors:', '  - id: a', '    name: A', '    type: person', '    facts:', '      - statement: S', '        date: 2024', '        until: 2023');
      assert.deepEqual(problems(text), ['date-order 8:15-8:19']);
    });
  });

  describe('sources', () => {
    it('accepts URL strings and source mappings, and drops bad URLs one by one', () => {
      const text = yaml(
        'newsLens: 1',
        'actors:',
        '  - id: a',
        '    name: A',
        '    type: person',
        '    facts:',
        '      - statement: S',
        '        sources:',
        '          - https://example.org/a',
        '          - example.org/b',
        '          - { url: "ftp://example.org/c", publication: AFP }',
        '          - { title: Only a title }',
        '          - { quote: { exact: q, start: 9, end: 3 } }',
      );
      const result = load(text);
      assert.deepEqual(result.problems.map(at), ['invalid-url 9:12-9:25', 'invalid-url 10:19-10:40', 'missing-field 11:14-11:19', 'invalid-value 12:48-12:49']);
      assert.deepEqual(result.factBase.actors[0]?.facts[0]?.sources, [{ url: 'https://example.org/a' }, { publication: 'AFP' }, { quote: { exact: 'q' } }]);
    });
  });

  describe('positions', () => {
    it('locates actors, facts and relations by their mapping', () => {
      const text = yaml(
        'newsLens: 1',
        'actors:',
        '  - id: a',
        '    name: A',
        '    type: person',
        '    facts:',
        '      - statement: S',
        '        date: 2023',
        '  - { id: b, name: B, type: country }',
        'relations:',
        '  - from: a',
        '    to: b',
        '    type: leads',
      );
      const { factBase } = load(text);
      const range = (l: { range: { start: { line: number; character: number }; end: { line: number; character: number } } } | undefined): string =>
        l ? `${l.range.start.line}:${l.range.start.character}-${l.range.end.line}:${l.range.end.character}` : 'none';
      assert.equal(range(factBase.actors[0]?.location), '2:4-7:18');
      assert.equal(range(factBase.actors[0]?.facts[0]?.location), '6:8-7:18');
      assert.equal(range(factBase.actors[1]?.location), '8:4-8:37');
      assert.equal(range(factBase.relations[0]?.location), '10:4-12:15');
      assert.equal(factBase.actors[0]?.location?.file, ENTRY);
    });

    it('counts positions correctly in a CRLF file', () => {
      const text = ['newsLens: 1', 'actors:', '  - id: a', '    name: A', '    type: person', '    summary: [x]', '  - id: Bad', '    name: B', '    type: person', ''].join('\r\n');
      const result = load(text);
      assert.deepEqual(result.problems.map(at), ['wrong-type 5:13-5:16', 'invalid-id 6:8-6:11']);
      const loc = result.factBase.actors[0]?.location?.range;
      assert.deepEqual(loc, { start: { line: 2, character: 4 }, end: { line: 5, character: 16 } });
    });

    it('counts UTF-16 columns after non-ASCII text', () => {
      const text = yaml('newsLens: 1', 'actors:', '  - { id: a, name: "Goïta 🇲🇱", type: persn }');
      assert.deepEqual(problems(text), ['unknown-actor-type 2:39-2:44']);
    });
  });
});
