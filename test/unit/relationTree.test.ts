import * as assert from 'node:assert/strict';
import { buildRelationGraph } from '../../src/core/graph';
import { actorNodeFor, relationDates, treeChildren, treeRoots } from '../../src/core/relationTree';
import type { ActorNode, RelationNode, TreeNode } from '../../src/core/relationTree';
import { sentenceSpans, supportingSentence } from '../../src/core/supportingSentence';
import { actor, factBase, relation } from './fixtures/factBaseBuilder';

const fb = factBase({
  actors: [
    actor({ id: 'niger', name: 'Niger', type: 'country' }),
    actor({ id: 'mali', name: 'Mali', type: 'country' }),
    actor({ id: 'russia', name: 'Russia', type: 'country' }),
    actor({ id: 'ecowas', name: 'ECOWAS', type: 'organization' }),
    actor({ id: 'tiani', name: 'Abdourahamane Tiani', type: 'person' }),
    actor({ id: 'wagner', name: 'Wagner Group', type: 'armed-group' }),
  ],
  relations: [
    relation({ from: 'niger', to: 'mali', type: 'allied-with', mutual: true, since: '2023-09-16', label: 'AES' }),
    relation({ from: 'ecowas', to: 'niger', type: 'sanctions', since: '2023-07-30', until: '2024-02-24' }),
    relation({ from: 'russia', to: 'niger', type: 'supports', since: '2023-12' }),
    relation({ from: 'tiani', to: 'niger', type: 'leads', since: '2023-07-28' }),
    relation({ from: 'mali', to: 'wagner', type: 'hired', since: '2021-12' }),
  ],
});
const graph = buildRelationGraph(fb);
const focus = ['niger', 'mali', 'russia', 'ecowas'];
const labels = (nodes: TreeNode[]): string[] => nodes.map((n) => (n.kind === 'actor' ? n.actor.name : n.kind === 'relation' ? n.label : n.label));

describe('relationTree', () => {
  it('puts the focus actors first, then the others grouped by type', () => {
    assert.deepEqual(labels(treeRoots(graph, focus)), ['Niger', 'Mali', 'Russia', 'ECOWAS', 'People', 'Armed groups']);
    const people = treeRoots(graph, focus).find((n) => n.kind === 'group' && n.actorType === 'person')!;
    assert.deepEqual(labels(treeChildren(graph, people)), ['Abdourahamane Tiani']);
  });

  it('shows Niger’s relations grouped by type, with direction and counterpart', () => {
    const niger = treeRoots(graph, focus)[0]!;
    const types = treeChildren(graph, niger);
    assert.deepEqual(labels(types), ['allied with', 'leads', 'sanctions', 'supports']);
    const relations = types.flatMap((t) => treeChildren(graph, t)) as RelationNode[];
    assert.deepEqual(relations.map((r) => r.label), ['↔ Mali', '← Abdourahamane Tiani', '← ECOWAS', '← Russia']);
    assert.equal(relations[0]!.description, 'since 16 Sep 2023 · AES', 'dates first: labels can be long');
    assert.equal(relations[2]!.description, '30 Jul 2023 – 24 Feb 2024');
    assert.deepEqual(relations.map((r) => r.summary), ['Niger allied with Mali', 'Abdourahamane Tiani leads Niger', 'ECOWAS sanctions Niger', 'Russia supports Niger']);
  });

  it('expands a counterpart in turn but never an actor already on the path', () => {
    const niger = treeRoots(graph, focus)[0]!;
    const mali = treeChildren(graph, treeChildren(graph, niger)[0]!)[0] as RelationNode;
    assert.equal(mali.repeated, false);
    assert.equal(mali.counterpartType.icon, 'globe');
    const maliTypes = treeChildren(graph, mali);
    assert.deepEqual(labels(maliTypes), ['allied with', 'hired']);
    const backToNiger = treeChildren(graph, maliTypes[0]!)[0] as RelationNode;
    assert.equal(backToNiger.counterpart.id, 'niger');
    assert.equal(backToNiger.repeated, true);
    assert.deepEqual(treeChildren(graph, backToNiger), []);
  });

  it('keeps node ids stable and unique along the path', () => {
    const niger = treeRoots(graph, focus)[0]!;
    const again = treeRoots(graph, focus)[0]!;
    assert.equal(niger.id, again.id);
    const ids = treeChildren(graph, niger).flatMap((t) => [t.id, ...treeChildren(graph, t).map((r) => r.id)]);
    assert.equal(new Set(ids).size, ids.length);
  });

  it('filters by relation type, by date and by the actors of an article', () => {
    const niger = (f: object): string[] => labels(treeChildren(graph, treeRoots(graph, focus, f)[0]!, f));
    assert.deepEqual(niger({ types: ['sanctions', 'supports'] }), ['sanctions', 'supports']);
    assert.deepEqual(niger({ at: '2023-08-16' }), ['leads', 'sanctions']);
    assert.deepEqual(niger({ at: '2024-06-01' }), ['allied with', 'leads', 'supports']);
    const only = { onlyActors: new Set(['niger', 'ecowas']) };
    assert.deepEqual(labels(treeRoots(graph, focus, only)), ['Niger', 'ECOWAS']);
    assert.deepEqual(niger(only), ['sanctions']);
  });

  it('finds the node to reveal for a focus actor and for a grouped one', () => {
    assert.equal(actorNodeFor(graph, focus, 'mali')?.id, 'a:mali');
    const tiani = actorNodeFor(graph, focus, 'tiani') as ActorNode;
    assert.equal(tiani.parent?.actorType, 'person');
    assert.equal(actorNodeFor(graph, focus, 'atlantis'), undefined);
  });

  it('formats relation dates', () => {
    assert.equal(relationDates(relation({ from: 'a', to: 'b', type: 't' })), '');
    assert.equal(relationDates(relation({ from: 'a', to: 'b', type: 't', until: '2024-01' })), 'until Jan 2024');
  });

  it('skips focus ids the fact base lacks and groups declared types after the built-in ones, with their label and icon', () => {
    const withMilitia = buildRelationGraph(
      factBase({
        actors: [...fb.actors, actor({ id: 'dozo', name: 'Dozo hunters', type: 'militia' })],
        relations: fb.relations,
        actorTypes: [{ id: 'militia', label: 'Militia', icon: 'shield' }],
      }),
    );
    const roots = treeRoots(withMilitia, ['atlantis', 'mali', 'niger']);
    assert.deepEqual(labels(roots), ['Mali', 'Niger', 'People', 'Countries', 'Organisations', 'Armed groups', 'Militia']);
    const militia = roots.at(-1)!;
    assert.ok(militia.kind === 'group');
    assert.equal(militia.typeInfo.icon, 'shield');
    assert.equal((roots[0] as ActorNode).typeInfo.label, 'Country');
  });

  it('marks a counterpart as repeated anywhere on the path, not only one step back', () => {
    const triangle = buildRelationGraph(
      factBase({
        actors: [actor({ id: 'a' }), actor({ id: 'b' }), actor({ id: 'c' })],
        relations: [relation({ from: 'a', to: 'b', type: 'supports' }), relation({ from: 'b', to: 'c', type: 'supports' }), relation({ from: 'c', to: 'a', type: 'supports' })],
      }),
    );
    const a = treeRoots(triangle, ['a'])[0]!;
    const step = (node: TreeNode, to: string): RelationNode =>
      treeChildren(triangle, node)
        .flatMap((t) => treeChildren(triangle, t))
        .find((r): r is RelationNode => r.kind === 'relation' && r.counterpart.id === to && r.direction === 'out')!;
    const c = step(step(a, 'b'), 'c');
    assert.deepEqual(c.path, ['a', 'b']);
    const backToA = step(c, 'a');
    assert.equal(backToA.repeated, true, 'a is the root of the path');
    assert.deepEqual(treeChildren(triangle, backToA), []);
    assert.ok(backToA.id.startsWith(c.id + '/'), 'ids follow the path');
  });

  it('combines filters, and a type filter that matches nothing leaves an actor without children', () => {
    const f = { types: ['allied-with', 'sanctions'], at: '2023-08-16' };
    const niger = treeRoots(graph, focus, f)[0] as ActorNode;
    assert.deepEqual(labels(treeChildren(graph, niger, f)), ['sanctions']);
    assert.equal(niger.relationCount, 1);
    const none = { types: ['occupies'] };
    const quiet = treeRoots(graph, focus, none)[0] as ActorNode;
    assert.equal(quiet.relationCount, 0);
    assert.deepEqual(treeChildren(graph, quiet, none), []);
  });

  it('filters the actors inside a type group by the article’s actors', () => {
    const only = { onlyActors: new Set(['niger', 'tiani']) };
    const roots = treeRoots(graph, focus, only);
    assert.deepEqual(labels(roots), ['Niger', 'People']);
    assert.deepEqual(labels(treeChildren(graph, roots[1]!, only)), ['Abdourahamane Tiani']);
    assert.equal(actorNodeFor(graph, focus, 'wagner', only), undefined);
  });
});

describe('supportingSentence', () => {
  const text = 'Niger’s junta met envoys. Mali said it backs Niger! ECOWAS was silent.\n\nRussia spoke';
  const m = (word: string, actorId: string, nth = 0) => {
    let at = -1;
    for (let i = 0; i <= nth; i++) at = text.indexOf(word, at + 1);
    return { start: at, end: at + word.length, actorId, alias: word };
  };
  const mentions = [m('Niger', 'niger'), m('Mali', 'mali'), m('Niger', 'niger', 1), m('ECOWAS', 'ecowas'), m('Russia', 'russia')];

  it('splits sentences at end punctuation and blank lines', () => {
    assert.deepEqual(sentenceSpans(text).map((s) => text.slice(s.start, s.end)), ['Niger’s junta met envoys.', 'Mali said it backs Niger!', 'ECOWAS was silent.', 'Russia spoke']);
  });

  it('does not end a sentence after an abbreviation, initials or before a lower-case word', () => {
    const news = 'Gen. Tiani met U.S. envoys and Mr. Bazoum’s aides, i.e. nobody. “We refuse!” he said. Then Mali spoke.';
    assert.deepEqual(sentenceSpans(news).map((s) => news.slice(s.start, s.end)), [
      'Gen. Tiani met U.S. envoys and Mr. Bazoum’s aides, i.e. nobody.',
      '“We refuse!” he said.',
      'Then Mali spoke.',
    ]);
    assert.deepEqual(sentenceSpans(''), []);
    assert.deepEqual(sentenceSpans('  \n\n '), []);
  });

  it('returns the first sentence naming both actors, or nothing', () => {
    const s = supportingSentence(text, mentions, 'niger', 'mali')!;
    assert.equal(text.slice(s.start, s.end), 'Mali said it backs Niger!');
    assert.equal(supportingSentence(text, mentions, 'niger', 'russia'), undefined);
  });
});
