import * as assert from 'node:assert/strict';
import { basenamePath, dirnamePath, displayPath, isInside, joinPath, normalisePath, relativePath, rootOf } from '../../../src/core/factBase/paths';

describe('fact base paths', () => {
  it('normalises dots, repeated and trailing slashes', () => {
    assert.equal(normalisePath('/a/./b//c/../d/'), '/a/b/d');
    assert.equal(normalisePath('/../a'), '/a');
    assert.equal(normalisePath('a/../../b'), '../b');
    assert.equal(normalisePath(''), '.');
  });

  it('handles URI paths and Windows drive paths', () => {
    assert.equal(normalisePath('/C:/Users/x/../y'), '/C:/Users/y');
    assert.equal(normalisePath('C:\\Users\\x\\facts.yaml'), 'C:/Users/x/facts.yaml');
    assert.equal(normalisePath('c:/..'), 'c:');
  });

  it('joins relative paths onto a folder and lets absolute ones win', () => {
    assert.equal(joinPath('/ws/dir', '../people.facts.yaml'), '/ws/people.facts.yaml');
    assert.equal(joinPath('/ws/dir', '/etc/passwd'), '/etc/passwd');
    assert.equal(joinPath('c:/ws', 'x.yaml'), 'c:/ws/x.yaml');
  });

  it('takes the folder of a path', () => {
    assert.equal(dirnamePath('/ws/a.yaml'), '/ws');
    assert.equal(dirnamePath('/a.yaml'), '/');
    assert.equal(dirnamePath('a.yaml'), '.');
  });

  it('takes the last segment of a path', () => {
    assert.equal(basenamePath('/ws/.newslens/main.facts.yaml'), 'main.facts.yaml');
    assert.equal(basenamePath('a.yaml'), 'a.yaml');
  });

  it('checks containment by whole segments', () => {
    assert.ok(isInside('/ws', '/ws/a/b.yaml'));
    assert.ok(isInside('/ws/', '/ws'));
    assert.ok(!isInside('/ws', '/ws2/a.yaml'));
    assert.ok(!isInside('/ws', '/ws/../etc'));
    assert.ok(isInside('/', '/anything'));
    assert.ok(isInside('/c:/ws', '/C:/ws/a.yaml'));
    assert.ok(isInside('C:\\ws', 'c:/ws/a.yaml'));
  });

  it('shows paths relative to the root when inside it', () => {
    assert.equal(displayPath('/ws/sub/a.yaml', '/ws'), 'sub/a.yaml');
    assert.equal(displayPath('/other/a.yaml', '/ws'), '/other/a.yaml');
    assert.equal(displayPath('/other/a.yaml'), '/other/a.yaml');
    assert.equal(relativePath('/ws', '/ws/sub/a.yaml'), 'sub/a.yaml');
    assert.equal(relativePath('/ws/', '/ws'), '');
    assert.equal(relativePath('/ws', '/wsx/a.yaml'), undefined);
  });

  it('with several roots (a multi-root workspace), shows a path under the name of the innermost root that holds it', () => {
    const roots = ['/desk', '/ws', '/ws/nested'];
    assert.equal(displayPath('/desk/a.yaml', roots), 'desk/a.yaml');
    assert.equal(displayPath('/ws/b.yaml', roots), 'ws/b.yaml');
    assert.equal(displayPath('/ws/nested/c.yaml', roots), 'nested/c.yaml');
    assert.equal(displayPath('/ws/b.yaml', ['/ws']), 'b.yaml', 'one root in a list: no folder name');
    assert.equal(displayPath('/elsewhere/d.yaml', roots), '/elsewhere/d.yaml');
    assert.equal(rootOf(roots, '/ws/nested/c.yaml'), '/ws/nested');
    assert.equal(rootOf([], '/ws/a.yaml'), undefined);
  });
});
