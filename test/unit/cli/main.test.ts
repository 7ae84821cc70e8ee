import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli/main';

function run(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(argv, (s) => (out += s), (s) => (err += s));
  return { code, out, err };
}

const FACTS = `newsLens: 1
mode: replace
actors:
  - id: niger
    name: Niger
    type: country
    demonyms: [Nigerien]
    summary: A Sahel state.
    facts:
      - statement: Coup.
        date: 2023-07-26
        sources: [https://example.org/a]
  - id: mali
    name: Mali
    type: country
    summary: Another Sahel state.
    facts:
      - statement: Coup.
        date: 2021-05-24
        sources: [https://example.org/b]
relations:
  - from: niger
    to: mali
    type: allied-with
    label: AES partners
    since: 2023-09-16
    sources: [https://example.org/c]
`;

describe('cli', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'news-lens-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const file = (name: string, content: string | Buffer): string => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it('prints mentions as exactly one JSON object with UTF-16 offsets after the BOM', () => {
    const facts = file('t.facts.yaml', FACTS);
    const article = file('a.txt', '\uFEFF😀 Niger’s army, not Nigeria; a Nigerien.');
    const { code, out } = run('mentions', article, '--facts', facts, '--json');
    assert.equal(code, 0);
    const parsed = JSON.parse(out) as { files: { path: string; mentions: unknown[] }[] };
    assert.equal(parsed.files.length, 1);
    assert.deepEqual(parsed.files[0]!.mentions, [
      { start: 3, end: 8, text: 'Niger', actor: 'niger', name: 'Niger', type: 'country' },
      { start: 32, end: 40, text: 'Nigerien', actor: 'niger', name: 'Niger', type: 'country' },
    ]);
  });

  it('uses the shipped default fact base without --facts and recurses into directories', () => {
    mkdirSync(join(dir, 'sub'));
    file('sub/b.news', 'date 2023-08-16\nPutin called Goïta about ECOWAS.\n');
    file('sub/ignored.bin', 'Putin');
    const { code, out } = run('mentions', dir);
    assert.equal(code, 0);
    assert.match(out, /b\.news:2:1\tPutin\tVladimir Putin \(person\)/);
    assert.match(out, /Goïta\tAssimi Goïta \(person\)/);
    assert.match(out, /ECOWAS\tECOWAS \(organization\)/);
    assert.doesNotMatch(out, /ignored/);
  });

  it('checks fact bases, printing file:line:col and exiting 1 on errors', () => {
    const bad = file('bad.facts.yaml', 'newsLens: 1\nactors:\n  - id: niger\n    name: Niger\n    type: country\n    summary: x\n  - id: niger\n    name: Other\n    type: country\n');
    const { code, out } = run('check', bad);
    assert.equal(code, 1);
    assert.match(out, /bad\.facts\.yaml:7:\d+: error: .*niger/);
    assert.match(out, /1 file\(s\) checked: [1-9]\d* error\(s\)/);
    const good = run('check', file('good.facts.yaml', FACTS));
    assert.equal(good.code, 0, good.out);
  });

  it('prints the relation graph as JSON, DOT and Mermaid', () => {
    const facts = file('t.facts.yaml', FACTS);
    const json = JSON.parse(run('graph', '--facts', facts, '--actors', 'niger,mali').out) as { relations: { type: string }[] };
    assert.deepEqual(json.relations.map((r) => r.type), ['allied-with']);
    assert.match(run('graph', '--facts', facts, '--actors', 'niger,mali', '--format', 'dot').out, /digraph[\s\S]*dir=none/);
    assert.match(run('graph', '--facts', facts, '--actors', 'niger,mali', '--format', 'mermaid').out, /a_niger ---/);
    assert.equal((JSON.parse(run('graph', '--facts', facts, '--actors', 'niger,mali', '--at', '2023-01-01').out) as { relations: unknown[] }).relations.length, 0);
  });

  it('shows the relations among Niger, Mali, Russia and ECOWAS from the default fact base', () => {
    const json = JSON.parse(run('graph').out) as { actors: { id: string }[] };
    assert.deepEqual(json.actors.map((a) => a.id).sort(), ['ecowas', 'mali', 'niger', 'russia']);
  });

  it('fails clearly on missing, binary and non-UTF-8 files and on bad flags', () => {
    const missing = run('mentions', join(dir, 'nope.txt'));
    assert.equal(missing.code, 3);
    assert.match(missing.err, /no such file/);
    const binary = run('mentions', file('x.txt', Buffer.from([0x4e, 0, 1, 2])));
    assert.equal(binary.code, 3);
    assert.match(binary.err, /binary/);
    const latin1 = run('mentions', file('y.txt', Buffer.from([0x4e, 0xe9, 0x20])));
    assert.equal(latin1.code, 3);
    assert.match(latin1.err, /UTF-8/);
    assert.equal(run('mentions', '--nope', 'x').code, 2);
    assert.equal(run('graph', '--format', 'svg').code, 2);
    assert.equal(run('graph', '--actors', 'atlantis').code, 2);
    assert.equal(run('frobnicate').code, 2);
    assert.equal(run('mentions').code, 2);
    assert.equal(run('--help').code, 0);
  });
});
