import * as assert from 'node:assert/strict';
import { adjacentMention, countMentions, groupMentionsByActor, mentionAt } from '../../src/core/mentions';
import type { Mention } from '../../src/core/types';

const m = (start: number, end: number, actorId: string): Mention => ({ start, end, actorId, alias: actorId });
const mentions = [m(0, 5, 'niger'), m(10, 14, 'mali'), m(20, 25, 'niger'), m(30, 35, 'niger'), m(40, 44, 'mali')];

describe('mentions', () => {
  it('finds the mention under an offset, including at its end', () => {
    assert.equal(mentionAt(mentions, 0)?.start, 0);
    assert.equal(mentionAt(mentions, 5)?.start, 0);
    assert.equal(mentionAt(mentions, 12)?.actorId, 'mali');
    assert.equal(mentionAt(mentions, 7), undefined);
    assert.equal(mentionAt([], 3), undefined);
  });

  it('steps to the next and previous mention of the same actor, wrapping around', () => {
    assert.equal(adjacentMention(mentions, 'niger', 2, 'next')?.start, 20);
    assert.equal(adjacentMention(mentions, 'niger', 32, 'next')?.start, 0);
    assert.equal(adjacentMention(mentions, 'niger', 22, 'previous')?.start, 0);
    assert.equal(adjacentMention(mentions, 'niger', 2, 'previous')?.start, 30);
    assert.equal(adjacentMention(mentions, 'russia', 2, 'next'), undefined);
  });

  it('groups by actor in order of first appearance and counts most mentioned first', () => {
    assert.deepEqual([...groupMentionsByActor(mentions).keys()], ['niger', 'mali']);
    assert.deepEqual(countMentions(mentions), [
      { actorId: 'niger', count: 3 },
      { actorId: 'mali', count: 2 },
    ]);
  });
});
