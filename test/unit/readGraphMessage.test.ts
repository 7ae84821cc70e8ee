import * as assert from 'node:assert/strict';
import { DEFAULT_GRAPH_FILTER } from '../../src/core/graphView';
import { readGraphFilter, readGraphMessage } from '../../src/core/readGraphMessage';

describe('readGraphMessage', () => {
  it('reads each message the webview sends', () => {
    assert.deepEqual(readGraphMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(readGraphMessage({ type: 'open', actorId: 'niger', target: 'entry', extra: 1 }), { type: 'open', actorId: 'niger', target: 'entry' });
    assert.deepEqual(readGraphMessage({ type: 'rendered', revision: 3, nodes: 10, edges: 12, layoutMs: 41.5 }), {
      type: 'rendered',
      revision: 3,
      nodes: 10,
      edges: 12,
      layoutMs: 41.5,
    });
    const filter = { showAll: true, hiddenRelationTypes: ['leads'], hiddenActorTypes: ['place'], at: '2023' };
    assert.deepEqual(readGraphMessage({ type: 'filter', filter }), { type: 'filter', filter });
  });

  it('refuses anything else', () => {
    for (const bad of [undefined, null, 'ready', [], {}, { type: 'eval' }, { type: 'open', actorId: 3, target: 'tree' }, { type: 'open', actorId: 'x', target: 'web' }, { type: 'rendered', revision: -1, nodes: 1, edges: 1, layoutMs: 1 }, { type: 'rendered', revision: 1, nodes: Infinity, edges: 1, layoutMs: 1 }]) {
      assert.equal(readGraphMessage(bad), undefined, JSON.stringify(bad));
    }
  });

  it('repairs a filter field by field', () => {
    assert.deepEqual(readGraphFilter(undefined), DEFAULT_GRAPH_FILTER);
    assert.deepEqual(readGraphFilter({ showAll: 'yes', hiddenRelationTypes: ['a', 1], hiddenActorTypes: ['person'], at: 2023 }), {
      ...DEFAULT_GRAPH_FILTER,
      hiddenActorTypes: ['person'],
    });
  });
});
