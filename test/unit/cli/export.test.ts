import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli/main';
import { validateBrat } from '../../../src/core/export/brat';

// The expected files were generated once by this code and checked by eye (brat offsets against the
// texts, W3C selectors, CSV pairs). After an intended change of the matcher, the shipped fact base,
// the samples or the exporters, regenerate them and review the diff before committing:
//
//   UPDATE_EXPECTED=1 npx mocha test/unit/cli/export.test.ts
//
// CI never updates them (the variable is refused when CI is set).

const repo = join(__dirname, '..', '..', '..');
const samples = join(repo, 'samples');
const facts = join(repo, 'test', 'fixtures', 'export', 'export.facts.yaml');
const expectedDir = join(repo, 'test', 'fixtures', 'export', 'expected');
const update = process.env['UPDATE_EXPECTED'] === '1';

function run(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(argv, (s) => (out += s), (s) => (err += s));
  return { code, out, err };
}

function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesIn(join(dir, e.name)).map((f) => `${e.name}/${f}`) : [e.name])).sort();
}

describe('cli export', () => {
  let out: string;
  before(() => {
    if (update && process.env['CI']) throw new Error('UPDATE_EXPECTED is for a developer checking the new outputs by eye, never for CI');
  });
  beforeEach(() => {
    out = mkdtempSync(join(tmpdir(), 'news-lens-export-'));
  });
  afterEach(() => rmSync(out, { recursive: true, force: true }));

  for (const format of ['brat', 'w3c', 'csv'] as const) {
    it(`exports the sample articles as ${format} exactly as expected`, () => {
      const result = run('export', '--format', format, '--facts', facts, '--root', repo, '--out', out, samples);
      assert.equal(result.err, '');
      assert.equal(result.code, 0);
      const produced = filesIn(out);
      const expected = join(expectedDir, format);
      if (update) {
        rmSync(expected, { recursive: true, force: true });
        mkdirSync(expected, { recursive: true });
      }
      for (const name of produced) {
        const content = readFileSync(join(out, name), 'utf8');
        if (name.endsWith('.txt')) {
          // brat's text file is the article itself, so its offsets are the article's.
          assert.equal(content, readFileSync(join(samples, name.replace(/\.txt$/, '')) + extensionOf(name), 'utf8').replace(/^\uFEFF/, ''));
          continue;
        }
        if (update) writeFileSync(join(expected, name), content);
        assert.equal(content, readFileSync(join(expected, name), 'utf8'), `${format}/${name} differs from the expected file`);
      }
      assert.deepEqual(produced.filter((n) => !n.endsWith('.txt')), filesIn(expected), 'the same files as expected');
    });
  }

  it('writes brat standoff whose every offset and text match the article', () => {
    run('export', '--format', 'brat', '--facts', facts, '--root', repo, '--out', out, samples);
    const anns = filesIn(out).filter((n) => n.endsWith('.ann'));
    assert.equal(anns.length, readdirSync(samples).length);
    for (const ann of anns) {
      const text = readFileSync(join(out, ann.replace(/\.ann$/, '.txt')), 'utf8');
      assert.deepEqual(validateBrat(text, readFileSync(join(out, ann), 'utf8')), [], ann);
    }
    assert.match(readFileSync(join(out, 'annotation.conf'), 'utf8'), /^\[entities\]\nPerson\n/);
  });

  it('exports notes with the article their quote names, and an orphaned note by its quote only', () => {
    const brat = readFileSync(join(expectedDir, 'brat', 'coup-in-niamey.ann'), 'utf8');
    assert.match(brat, /^#\d+\tAnnotatorNotes T\d+\tWho gave the guard its orders\?$/m);
    assert.match(brat, /^T\d+\tNote \d+ \d+\tMembers of the presidential guard$/m);
    assert.doesNotMatch(brat, /earlier version/, 'an orphaned note has nothing to attach to in brat');
    const w3c = JSON.parse(readFileSync(join(expectedDir, 'w3c', 'coup-in-niamey.jsonld'), 'utf8')) as { first: { items: { id: string; target: { selector: unknown } }[] } };
    const orphan = w3c.first.items.find((i) => i.id.endsWith('#news-lens-note-3'));
    assert.deepEqual(orphan?.target.selector, { type: 'TextQuoteSelector', exact: 'stormed the presidential palace at dawn' });
    assert.doesNotMatch(readFileSync(join(expectedDir, 'brat', 'kremlin-call.ann'), 'utf8'), /AnnotatorNotes/);
  });

  it('prints the one output when there is one article, or csv, and no --out', () => {
    const one = run('export', '--format', 'w3c', '--facts', facts, '--root', repo, join(samples, 'coup-in-niamey.news'));
    assert.equal(one.code, 0);
    assert.equal(one.out, readFileSync(join(expectedDir, 'w3c', 'coup-in-niamey.jsonld'), 'utf8'));
    const ann = run('export', '--format', 'brat', '--facts', facts, '--root', repo, join(samples, 'mali-prime-minister.news'));
    assert.equal(ann.out, readFileSync(join(expectedDir, 'brat', 'mali-prime-minister.ann'), 'utf8'));
    const csv = run('export', '--format', 'csv', '--facts', facts, '--root', repo, samples);
    assert.equal(csv.out, readFileSync(join(expectedDir, 'csv', 'pairs.csv'), 'utf8'));
    assert.ok(!existsSync(join(repo, 'pairs.csv')));
  });

  it('refuses a missing or unknown format, and several articles without --out', () => {
    assert.equal(run('export', samples).code, 2);
    assert.match(run('export', '--format', 'xml', samples).err, /--format brat\|w3c\|csv/);
    const many = run('export', '--format', 'brat', samples);
    assert.equal(many.code, 2);
    assert.match(many.err, /give --out DIR/);
    assert.equal(run('export', '--format', 'csv').code, 2);
  });
});

function extensionOf(txtName: string): string {
  const stem = txtName.replace(/\.txt$/, '');
  const match = readdirSync(samples).find((n) => n.startsWith(`${stem}.`));
  return match === undefined ? '' : match.slice(stem.length);
}
