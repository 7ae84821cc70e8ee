import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assembleFactBase, entryPaths, loadFactBase, missingIncludes, parseFactFile } from '../../../src/core/factBase/load';
import type { ParsedFactFile } from '../../../src/core/factBase/load';
import type { Problem } from '../../../src/core/types';

function yaml(...lines: string[]): string {
  return lines.join('\n') + '\n';
}

function at(p: Problem): string {
  const { start, end } = p.range;
  return `${p.code} ${p.file} ${start.line}:${start.character}-${end.line}:${end.character}`;
}

/** An in-memory reader that records what was asked for. */
function reader(files: Record<string, string>): { read: (p: string) => string | undefined; asked: string[] } {
  const asked: string[] = [];
  return { asked, read: (p) => (asked.push(p), files[p]) };
}

const fixtures = join(__dirname, '..', '..', 'fixtures', 'facts');

describe('includes', () => {
  it('loads nested includes depth first, each file once, from disk', () => {
    const read = (p: string): string | undefined => {
      try {
        return readFileSync(p, 'utf8');
      } catch {
        return undefined;
      }
    };
    const result = loadFactBase(join(fixtures, 'includes', 'main.facts.yaml'), read, { root: fixtures });
    assert.deepEqual(result.problems, []);
    const rel = (p: string): string => p.slice(fixtures.length + '/includes/'.length);
    assert.deepEqual(result.factBase.files.map(rel), ['main.facts.yaml', 'a.facts.yaml', 'shared.facts.yaml', 'sub/b.facts.yaml']);
    assert.deepEqual(result.factBase.actors.map((a) => a.id), ['main-actor', 'a', 'shared', 'b']);
    assert.deepEqual(result.factBase.relations.map((r) => r.id), ['a>supports>b']);
    assert.ok(result.factBase.actors[3]?.location?.file.endsWith('/includes/sub/b.facts.yaml'));
  });

  it('reports a cycle at the include item that closes it and loads each file once', () => {
    const { read } = reader({
      '/ws/main.facts.yaml': yaml('newsLens: 1', 'include: [x.facts.yaml]'),
      '/ws/x.facts.yaml': yaml('include:', '  - ./y.facts.yaml', 'actors: [{ id: x, name: X, type: place }]'),
      '/ws/y.facts.yaml': yaml('include:', '  - x.facts.yaml', 'actors: [{ id: y, name: Y, type: place }]'),
    });
    const result = loadFactBase('/ws/main.facts.yaml', read, { root: '/ws' });
    assert.deepEqual(result.problems.map(at), ['include-cycle /ws/y.facts.yaml 1:4-1:16']);
    assert.match(result.problems[0]!.message, /x\.facts\.yaml → y\.facts\.yaml → x\.facts\.yaml/);
    assert.deepEqual(result.factBase.actors.map((a) => a.id), ['x', 'y']);
  });

  it('reports a file that includes itself', () => {
    const { read } = reader({ '/ws/main.facts.yaml': yaml('newsLens: 1', 'include: [main.facts.yaml]') });
    assert.deepEqual(loadFactBase('/ws/main.facts.yaml', read, { root: '/ws' }).problems.map(at), ['include-cycle /ws/main.facts.yaml 1:10-1:25']);
  });

  it('with several roots, reads includes inside any of them and nothing outside them all', () => {
    const { read, asked } = reader({
      '/ws/main.facts.yaml': yaml('newsLens: 1', 'include:', '  - ../desk/people.facts.yaml', '  - ../secret.facts.yaml'),
      '/desk/people.facts.yaml': yaml('newsLens: 1', 'actors: [{ id: p, name: P, type: person }]'),
      '/secret.facts.yaml': yaml('newsLens: 1', 'actors: [{ id: s, name: S, type: place }]'),
    });
    const result = loadFactBase('/ws/main.facts.yaml', read, { root: ['/ws', '/desk'] });
    assert.deepEqual(asked, ['/ws/main.facts.yaml', '/desk/people.facts.yaml']);
    assert.deepEqual(result.factBase.actors.map((a) => a.id), ['p']);
    assert.deepEqual(result.problems.map(at), ['include-outside-root /ws/main.facts.yaml 3:4-3:24']);
    assert.deepEqual(entryPaths([parseFactFile('/ws/main.facts.yaml', read('/ws/main.facts.yaml')!), parseFactFile('/desk/people.facts.yaml', read('/desk/people.facts.yaml')!)], { root: ['/ws', '/desk'] }), ['/ws/main.facts.yaml']);
  });

  it('with several roots, messages name each file with its folder', () => {
    const { read } = reader({
      '/ws/a.facts.yaml': yaml('newsLens: 1', 'include:', '  - ../desk/b.facts.yaml'),
      '/desk/b.facts.yaml': yaml('newsLens: 1', 'include:', '  - ../ws/a.facts.yaml'),
    });
    const result = loadFactBase('/ws/a.facts.yaml', read, { root: ['/ws', '/desk'] });
    assert.match(result.problems[0]!.message, /ws\/a\.facts\.yaml → desk\/b\.facts\.yaml → ws\/a\.facts\.yaml/);
  });

  it('never reads includes outside the root', () => {
    const { read, asked } = reader({
      '/ws/main.facts.yaml': yaml('newsLens: 1', 'include:', '  - ../secret.facts.yaml', '  - /etc/passwd', '  - sub/../../ws2/x.facts.yaml'),
      '/secret.facts.yaml': yaml('actors: [{ id: s, name: S, type: place }]'),
    });
    const result = loadFactBase('/ws/main.facts.yaml', read, { root: '/ws' });
    assert.deepEqual(asked, ['/ws/main.facts.yaml']);
    assert.deepEqual(result.problems.map(at), [
      'include-outside-root /ws/main.facts.yaml 2:4-2:24',
      'include-outside-root /ws/main.facts.yaml 3:4-3:15',
      'include-outside-root /ws/main.facts.yaml 4:4-4:30',
    ]);
    assert.equal(result.factBase.actors.length, 0);
  });

  it('reports includes that cannot be read and loads the rest', () => {
    const { read } = reader({
      '/ws/main.facts.yaml': yaml('newsLens: 1', 'include: [gone.facts.yaml, here.facts.yaml]'),
      '/ws/here.facts.yaml': yaml('actors: [{ id: h, name: H, type: place }]'),
    });
    const result = loadFactBase('/ws/main.facts.yaml', read, { root: '/ws' });
    assert.deepEqual(result.problems.map(at), ['include-not-found /ws/main.facts.yaml 1:10-1:25']);
    assert.deepEqual(result.factBase.actors.map((a) => a.id), ['h']);
  });

  it('stops at 500 files', () => {
    const read = (p: string): string => {
      const n = Number(/(\d+)\.facts\.yaml$/.exec(p)?.[1] ?? 0);
      return yaml(...(n === 0 ? ['newsLens: 1'] : []), `include: [f${n + 1}.facts.yaml]`);
    };
    const result = loadFactBase('/ws/f0.facts.yaml', read, { root: '/ws' });
    assert.equal(result.factBase.files.length, 500);
    assert.deepEqual(result.problems.map(at), [`too-many-files /ws/f499.facts.yaml 0:10-0:25`]);
  });

  it('reports an unreadable entry file', () => {
    const result = loadFactBase('/ws/main.facts.yaml', () => undefined, { root: '/ws' });
    assert.deepEqual(result.problems.map(at), ['file-not-found /ws/main.facts.yaml 0:0-0:0']);
    assert.deepEqual(result.factBase.actors, []);
  });

  it('keeps the problems of an included file in that file and loads the other files', () => {
    const { read } = reader({
      '/ws/main.facts.yaml': yaml('newsLens: 1', 'include: [broken.facts.yaml]', 'actors: [{ id: m, name: M, type: place }]'),
      '/ws/broken.facts.yaml': yaml('actors: [', '  { id: b'),
    });
    const result = loadFactBase('/ws/main.facts.yaml', read, { root: '/ws' });
    assert.ok(result.problems.length > 0 && result.problems.every((p) => p.code === 'yaml-syntax' && p.file === '/ws/broken.facts.yaml'));
    assert.deepEqual(result.factBase.actors.map((a) => a.id), ['m']);
  });

  it('lets an asynchronous reader load through missingIncludes until nothing is missing', () => {
    const disk: Record<string, string> = {
      '/ws/main.facts.yaml': yaml('newsLens: 1', 'include: [one.facts.yaml, ../out.facts.yaml]'),
      '/ws/one.facts.yaml': yaml('include: [deeper/two.facts.yaml]'),
      '/ws/deeper/two.facts.yaml': yaml('actors: [{ id: two, name: Two, type: place }]'),
    };
    const files: ParsedFactFile[] = [parseFactFile('/ws/main.facts.yaml', disk['/ws/main.facts.yaml']!)];
    const rounds: string[][] = [];
    for (let missing = missingIncludes(files, { root: '/ws' }); missing.length > 0; missing = missingIncludes(files, { root: '/ws' })) {
      rounds.push(missing);
      for (const p of missing) files.push(parseFactFile(p, disk[p]!));
    }
    assert.deepEqual(rounds, [['/ws/one.facts.yaml'], ['/ws/deeper/two.facts.yaml']]);
    assert.deepEqual(assembleFactBase(files, { root: '/ws' }).factBase.actors.map((a) => a.id), ['two']);
  });

  it('tells entry files from the parts other files include', () => {
    const files = [
      parseFactFile('/ws/.newslens/part.facts.yaml', yaml('actors: [{ id: p, name: P, type: place }]')),
      parseFactFile('/ws/.newslens/main.facts.yaml', yaml('newsLens: 1', 'include: [part.facts.yaml]')),
      parseFactFile('/ws/other.facts.yaml', yaml('newsLens: 1')),
      parseFactFile('/ws/a.facts.yaml', yaml('newsLens: 1', 'include: [b.facts.yaml]')),
      parseFactFile('/ws/b.facts.yaml', yaml('newsLens: 1', 'include: [a.facts.yaml]')),
    ];
    assert.deepEqual(entryPaths(files, { root: '/ws' }), ['/ws/.newslens/main.facts.yaml', '/ws/other.facts.yaml', '/ws/a.facts.yaml']);
    assert.deepEqual(entryPaths(files.slice(0, 1)), ['/ws/.newslens/part.facts.yaml'], 'a part alone is its own entry');
  });

  it('does not follow includes of a file that is not a fact base', () => {
    const files = [parseFactFile('/ws/other.yaml', yaml('include: [x.yaml]', 'name: something else'))];
    assert.deepEqual(missingIncludes(files), []);
  });

  it('exposes each include with its resolved path and range', () => {
    const file = parseFactFile('/ws/dir/main.facts.yaml', yaml('newsLens: 1', 'include:', '  - ../people.facts.yaml', '  - ./more/../x.facts.yaml'));
    assert.deepEqual(file.includes.map((i) => [i.path, i.text, i.range.start.line, i.range.start.character]), [
      ['/ws/people.facts.yaml', '../people.facts.yaml', 2, 4],
      ['/ws/dir/x.facts.yaml', './more/../x.facts.yaml', 3, 4],
    ]);
  });
});
