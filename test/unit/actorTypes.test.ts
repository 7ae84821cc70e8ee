import * as assert from 'node:assert/strict';
import { actorTypeInfo } from '../../src/core/actorTypes';
import { factBase } from './fixtures/factBaseBuilder';

describe('actorTypeInfo', () => {
  const fb = factBase({ actorTypes: [{ id: 'militia', label: 'Militia', icon: 'shield' }, { id: 'person', label: 'Human', icon: 'account' }] });

  it('takes a declared type from the fact base, which wins over the built-in one', () => {
    assert.deepEqual(actorTypeInfo(fb, 'militia'), { id: 'militia', label: 'Militia', icon: 'shield' });
    assert.equal(actorTypeInfo(fb, 'person').icon, 'account');
  });

  it('falls back to the built-in type, then to a label from the id and the generic icon', () => {
    assert.equal(actorTypeInfo(fb, 'country').icon, 'globe');
    assert.deepEqual(actorTypeInfo(fb, 'trade-union'), { id: 'trade-union', label: 'trade union', icon: 'symbol-misc' });
  });
});
