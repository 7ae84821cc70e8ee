import * as assert from 'node:assert/strict';
import { loadFactBase, parseFactFile } from '../../../src/core/factBase/load';
import { MAX_FILE_LENGTH } from '../../../src/core/factBase/vocabulary';

function codes(text: string): string[] {
  return loadFactBase('/ws/main.facts.yaml', (p) => (p === '/ws/main.facts.yaml' ? text : undefined), { root: '/ws' }).problems.map((p) => p.code);
}

function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = Date.now();
  const value = fn();
  return { value, ms: Date.now() - start };
}

describe('hostile YAML', () => {
  it('refuses an alias bomb quickly, with a problem instead of a hang', () => {
    const levels = ['newsLens: 1', 'l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 12; i++) levels.push(`l${i}: &l${i} [${Array(9).fill(`*l${i - 1}`).join(', ')}]`);
    levels.push('actors: *l11');
    const { value, ms } = timed(() => parseFactFile('/ws/bomb.facts.yaml', levels.join('\n')));
    assert.deepEqual(value.problems.map((p) => p.code), ['yaml-alias-limit']);
    assert.deepEqual(value.problems[0]?.range.start, { line: 0, character: 0 });
    assert.equal(value.usable, false);
    assert.ok(ms < 1000, `took ${ms} ms`);
  });

  it('still allows ordinary reuse of anchors', () => {
    const lines = ['newsLens: 1', 'actors:', '  - id: a', '    name: A', '    type: person', '    facts:', '      - statement: first', '        sources: &src [{ url: "https://example.org/a", publication: AFP }]'];
    for (let i = 0; i < 2000; i++) lines.push(`      - { statement: "fact ${i}", sources: *src }`);
    const result = loadFactBase('/ws/main.facts.yaml', () => lines.join('\n'), { root: '/ws' });
    assert.deepEqual(result.problems, []);
    assert.equal(result.factBase.actors[0]?.facts.length, 2001);
  });

  it('refuses deep nesting without overflowing the stack', () => {
    for (const text of ['newsLens: 1\nactors: ' + '['.repeat(20000) + ']'.repeat(20000), 'newsLens: 1\nactors:\n  ' + '- '.repeat(20000) + 'x', '{a: '.repeat(5000) + '1' + '}'.repeat(5000)]) {
      const { value, ms } = timed(() => codes(text));
      assert.deepEqual(value, ['yaml-too-deep']);
      assert.ok(ms < 3000, `took ${ms} ms`);
    }
  });

  it('refuses a file over the size limit without parsing it', () => {
    const { value, ms } = timed(() => codes('#'.repeat(MAX_FILE_LENGTH + 1)));
    assert.deepEqual(value, ['file-too-large']);
    assert.ok(ms < 1000, `took ${ms} ms`);
  });

  it('never throws, whatever the text, and every problem has a sane range', () => {
    const alphabet = ['a', 'id', ':', ' ', '\n', '\r\n', '\t', '-', '[', ']', '{', '}', ',', '&x', '*x', '!', '!!str', '?', '|', '>', '"', "'", '#', '%', '---', '...', '@', '`', 'é', '🇲🇱', '\u0000', '\ufeff', 'newsLens: 1\n', 'actors:\n', '  - '];
    let seed = 42;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 1500; i++) {
      let text = '';
      const length = next(40);
      for (let j = 0; j < length; j++) text += alphabet[next(alphabet.length)]!;
      const lines = text.split(/\r?\n/).length;
      const result = loadFactBase('/ws/main.facts.yaml', () => text, { root: '/ws' });
      for (const p of result.problems) {
        const { start, end } = p.range;
        assert.ok(start.line >= 0 && start.character >= 0 && end.line < lines + 1, `bad range for ${JSON.stringify(text)}`);
        assert.ok(start.line < end.line || (start.line === end.line && start.character <= end.character), `inverted range for ${JSON.stringify(text)}`);
      }
    }
  });
});
