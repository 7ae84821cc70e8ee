import * as assert from 'node:assert/strict';
import { emptyFactBase, mergeFactBases } from '../../../src/core/factBase/load';
import type { Actor, FactBase, Relation } from '../../../src/core/types';

function actor(id: string, overrides: Partial<Actor> = {}): Actor {
  return { id, name: id.toUpperCase(), type: 'person', aliases: [], demonyms: [], summary: '', roles: [], ids: {}, facts: [], ...overrides };
}

function relation(from: string, type: string, to: string, overrides: Partial<Relation> = {}): Relation {
  return { id: `${from}>${type}>${to}`, from, to, type, mutual: false, sources: [], ...overrides };
}

function factBase(overrides: Partial<FactBase>): FactBase {
  return { ...emptyFactBase(), ...overrides };
}

describe('mergeFactBases', () => {
  it('replaces actors with the same id in place and appends new ones', () => {
    const base = factBase({ actors: [actor('a'), actor('b'), actor('c')], files: ['/default.facts.yaml'] });
    const overlay = factBase({ actors: [actor('d'), actor('b', { name: 'Better B' })], files: ['/ws/main.facts.yaml'] });
    const merged = mergeFactBases(base, overlay);
    assert.deepEqual(merged.actors.map((a) => `${a.id}:${a.name}`), ['a:A', 'b:Better B', 'c:C', 'd:D']);
    assert.deepEqual(merged.files, ['/default.facts.yaml', '/ws/main.facts.yaml']);
  });

  it('replaces relations by id, adds the rest, and drops relations whose ends are missing after the merge', () => {
    const base = factBase({ actors: [actor('a'), actor('b')], relations: [relation('a', 'supports', 'b'), relation('b', 'opposes', 'a')] });
    const overlay = factBase({
      actors: [actor('c')],
      relations: [relation('a', 'supports', 'b', { label: 'now' }), relation('c', 'leads', 'a'), relation('c', 'leads', 'ghost')],
    });
    const merged = mergeFactBases(base, overlay);
    assert.deepEqual(merged.relations.map((r) => `${r.id}${r.label ? `(${r.label})` : ''}`), ['a>supports>b(now)', 'b>opposes>a', 'c>leads>a']);
  });

  it('merges the vocabularies and notes by id and keeps the base mode', () => {
    const base = factBase({ mode: 'extend', notes: [{ id: 'note-1', text: 'old', quote: { exact: 'q' } }] });
    const overlay = factBase({
      mode: 'replace',
      actorTypes: [{ id: 'person', label: 'Human', icon: 'person' }, { id: 'militia', label: 'Militia', icon: 'shield' }],
      notes: [{ id: 'note-1', text: 'new', quote: { exact: 'q' } }, { id: 'note-2', text: 'more', quote: { exact: 'q' } }],
    });
    const merged = mergeFactBases(base, overlay);
    assert.equal(merged.mode, 'extend');
    assert.deepEqual(merged.actorTypes.map((t) => `${t.id}:${t.label}`), ['person:Human', 'country:Country', 'organization:Organization', 'armed-group:Armed group', 'place:Place', 'militia:Militia']);
    assert.deepEqual(merged.relationTypes.length, emptyFactBase().relationTypes.length);
    assert.deepEqual(merged.notes.map((n) => n.text), ['new', 'more']);
  });

  it('leaves its inputs untouched', () => {
    const base = factBase({ actors: [actor('a')] });
    const overlay = factBase({ actors: [actor('a', { name: 'X' })] });
    mergeFactBases(base, overlay);
    assert.equal(base.actors[0]?.name, 'A');
  });
});
