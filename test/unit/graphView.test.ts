import * as assert from 'node:assert/strict';
import { buildRelationGraph } from '../../src/core/graph';
import { DEFAULT_GRAPH_FILTER, FALLBACK_FOCUS_COUNT, buildGraphView, chooseFocusActors, graphSummary, styleOfType } from '../../src/core/graphView';
import type { GraphFilter, GraphView } from '../../src/core/graphView';
import { actor, factBase, relation, sahelFactBase } from './fixtures/factBaseBuilder';

const filter = (overrides: Partial<GraphFilter> = {}): GraphFilter => ({ ...DEFAULT_GRAPH_FILTER, ...overrides });
const ids = (view: GraphView): { nodes: string[]; edges: string[] } => ({ nodes: view.nodes.map((n) => n.id), edges: view.edges.map((e) => e.id) });

describe('graphView', () => {
  const graph = buildRelationGraph(sahelFactBase());
  const all = ['niger', 'mali', 'russia', 'ecowas'];

  it('shows the focus actors and their neighbours, sorted by name, with every relation among them', () => {
    const view = buildGraphView(graph, ['niger'], DEFAULT_GRAPH_FILTER);
    assert.deepEqual(ids(view).nodes, ['abdourahamane-tiani', 'ecowas', 'mali', 'mohamed-bazoum', 'niger', 'russia']);
    // mali>hired>russia joins two neighbours: it is drawn too.
    assert.equal(view.edges.length, 8);
    assert.deepEqual(view.nodes.filter((n) => n.focus).map((n) => n.id), ['niger']);
    assert.equal(view.summary, '6 actors, 8 relations shown');
  });

  it('leaves out actors that are neither focus actors nor their neighbours', () => {
    const view = buildGraphView(graph, ['mali'], DEFAULT_GRAPH_FILTER);
    assert.deepEqual(ids(view), {
      nodes: ['mali', 'niger', 'russia'],
      edges: ['niger>allied-with>mali', 'mali>hired>russia', 'niger>partner-of>russia'],
    });
  });

  it('draws mutual relations without direction and labels edges with the relation type and details', () => {
    const view = buildGraphView(graph, ['mali'], DEFAULT_GRAPH_FILTER);
    const allied = view.edges.find((e) => e.type === 'allied-with');
    const hired = view.edges.find((e) => e.type === 'hired');
    assert.deepEqual(allied, {
      id: 'niger>allied-with>mali',
      source: 'niger',
      target: 'mali',
      type: 'allied-with',
      label: 'allied with',
      detail: 'Alliance of Sahel States · since 2023-09-16',
      directed: false,
    });
    assert.equal(hired?.directed, true);
    assert.equal(hired?.detail, 'since 2021-12');
    const partner = buildGraphView(graph, ['niger'], DEFAULT_GRAPH_FILTER).edges.find((e) => e.type === 'sanctions');
    assert.equal(partner?.detail, '2023-07-30 – 2024-02-24');
  });

  it('colours nodes by actor type, unknown types as other', () => {
    const view = buildGraphView(graph, all, DEFAULT_GRAPH_FILTER);
    assert.deepEqual(
      view.nodes.map((n) => `${n.id}:${n.style}:${n.typeLabel}`),
      ['abdourahamane-tiani:person:Person', 'ecowas:organization:Organization', 'mali:country:Country', 'mohamed-bazoum:person:Person', 'niger:country:Country', 'russia:country:Country'],
    );
    assert.equal(styleOfType('armed-group'), 'armed-group');
    assert.equal(styleOfType('ministry'), 'other');
  });

  it('keeps only relations valid on the date, and only neighbours reached through them', () => {
    const view = buildGraphView(graph, ['niger'], filter({ at: '2023-08-16' }));
    assert.deepEqual(ids(view), {
      nodes: ['abdourahamane-tiani', 'ecowas', 'niger'],
      edges: ['abdourahamane-tiani>leads>niger', 'niger>member-of>ecowas', 'ecowas>sanctions>niger'],
    });
    assert.equal(view.dateProblem, undefined);
    assert.deepEqual(ids(buildGraphView(graph, ['niger'], filter({ at: ' 2021 ' }))).nodes, ['ecowas', 'mohamed-bazoum', 'niger']);
  });

  it('ignores an invalid date and says why', () => {
    const view = buildGraphView(graph, ['niger'], filter({ at: '2023-02-30' }));
    assert.equal(view.nodes.length, 6);
    assert.match(view.dateProblem ?? '', /2023-02-30.*YYYY-MM-DD/);
  });

  it('hides relation types, and the neighbours only they reached', () => {
    const view = buildGraphView(graph, ['niger'], filter({ hiddenRelationTypes: ['leads', 'hired'] }));
    assert.deepEqual(ids(view).nodes, ['ecowas', 'mali', 'niger', 'russia']);
    assert.ok(view.edges.every((e) => e.type !== 'leads' && e.type !== 'hired'));
  });

  it('hides actor types, focus actors included', () => {
    assert.deepEqual(ids(buildGraphView(graph, ['niger'], filter({ hiddenActorTypes: ['person'] }))).nodes, ['ecowas', 'mali', 'niger', 'russia']);
    const none = buildGraphView(graph, ['niger'], filter({ hiddenActorTypes: ['country'] }));
    assert.deepEqual(ids(none), { nodes: [], edges: [] });
    assert.equal(none.summary, '0 actors, 0 relations shown');
  });

  it('shows every actor with showAll, those without relations too, still by type', () => {
    const base = sahelFactBase();
    const withLoner = buildRelationGraph(factBase({ ...base, actors: [...base.actors, actor({ id: 'lone-wolf', type: 'person' })] }));
    assert.equal(buildGraphView(withLoner, ['mali'], filter({ showAll: true })).nodes.length, 7);
    assert.deepEqual(ids(buildGraphView(withLoner, ['mali'], filter({ showAll: true, hiddenActorTypes: ['country', 'organization'] }))), {
      nodes: ['abdourahamane-tiani', 'lone-wolf', 'mohamed-bazoum'],
      edges: [],
    });
  });

  it('offers every actor and relation type of the fact base with counts, sorted by label', () => {
    const view = buildGraphView(graph, ['mali'], DEFAULT_GRAPH_FILTER);
    assert.deepEqual(view.actorTypes, [
      { id: 'country', label: 'Country', style: 'country', count: 3 },
      { id: 'organization', label: 'Organization', style: 'organization', count: 1 },
      { id: 'person', label: 'Person', style: 'person', count: 2 },
    ]);
    assert.deepEqual(
      view.relationTypes.map((t) => `${t.label}:${t.count}`),
      ['allied with:1', 'hired:1', 'leads:2', 'member of:1', 'partner of:1', 'sanctions:1', 'withdrew from:1'],
    );
  });

  it('uses declared type labels', () => {
    const declared = buildRelationGraph(
      factBase({
        actors: [actor({ id: 'a', type: 'ministry' }), actor({ id: 'b' })],
        relations: [relation({ from: 'a', to: 'b', type: 'advises' })],
        actorTypes: [{ id: 'ministry', label: 'Ministry', icon: 'law' }],
        relationTypes: [{ id: 'advises', label: 'gives advice to', mutual: false }],
      }),
    );
    const view = buildGraphView(declared, ['a'], DEFAULT_GRAPH_FILTER);
    assert.deepEqual(view.nodes.map((n) => `${n.typeLabel}/${n.style}`), ['Ministry/other', 'Country/country']);
    assert.equal(view.edges[0]?.label, 'gives advice to');
  });

  it('says how much is shown, in the singular where it applies', () => {
    assert.equal(graphSummary(1, 1), '1 actor, 1 relation shown');
    assert.equal(graphSummary(500, 0), '500 actors, 0 relations shown');
  });
});

describe('chooseFocusActors', () => {
  const graph = buildRelationGraph(sahelFactBase());

  it('keeps the wanted actors that exist, once each', () => {
    assert.deepEqual(chooseFocusActors(graph, ['mali', 'atlantis', 'mali']), ['mali']);
  });

  it('falls back to the default focus actors when the setting names none that exist', () => {
    assert.deepEqual(chooseFocusActors(graph, undefined), ['niger', 'mali', 'russia', 'ecowas']);
    assert.deepEqual(chooseFocusActors(graph, []), ['niger', 'mali', 'russia', 'ecowas']);
    assert.deepEqual(chooseFocusActors(graph, ['atlantis']), ['niger', 'mali', 'russia', 'ecowas']);
  });

  it('picks the most related actors of a fact base without the default ones', () => {
    const hub = buildRelationGraph(
      factBase({
        actors: ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => actor({ id })),
        relations: [
          relation({ from: 'a', to: 'b', type: 'supports' }),
          relation({ from: 'a', to: 'c', type: 'supports' }),
          relation({ from: 'a', to: 'd', type: 'supports' }),
          relation({ from: 'b', to: 'c', type: 'opposes' }),
          relation({ from: 'e', to: 'f', type: 'opposes' }),
        ],
      }),
    );
    assert.equal(FALLBACK_FOCUS_COUNT, 4);
    assert.deepEqual(chooseFocusActors(hub, ['zzz']), ['a', 'b', 'c', 'd']);
    assert.deepEqual(chooseFocusActors(buildRelationGraph(factBase({ actors: [actor({ id: 'x' })] })), undefined), []);
  });
});
