import * as assert from 'node:assert/strict';
import { DEFAULT_FOCUS_ACTORS, buildRelationGraph, toDot, toJson, toMermaid } from '../../src/core/graph';
import type { GraphJson, Neighbour } from '../../src/core/graph';
import { actor, factBase, relation, sahelFactBase } from './fixtures/factBaseBuilder';

const summary = (ns: readonly Neighbour[]): string[] => ns.map((n) => `${n.relation.type} ${n.direction} ${n.counterpartId}`);

describe('graph', () => {
  const graph = buildRelationGraph(sahelFactBase());

  it('gives Niger its relations to Mali, Russia and ECOWAS with types and directions, sorted by type then name', () => {
    assert.deepEqual(summary(graph.neighbours('niger')), [
      'allied-with mutual mali',
      'leads in abdourahamane-tiani',
      'leads in mohamed-bazoum',
      'member-of out ecowas',
      'partner-of mutual russia',
      'sanctions in ecowas',
      'withdrew-from out ecowas',
    ]);
  });

  it('sees a mutual relation as mutual from both ends', () => {
    assert.deepEqual(summary(graph.neighbours('mali')), ['allied-with mutual niger', 'hired out russia']);
  });

  it('filters neighbours by date, partial bounds included', () => {
    assert.deepEqual(summary(graph.neighbours('niger', { at: '2023-08-16' })), [
      'leads in abdourahamane-tiani',
      'member-of out ecowas',
      'sanctions in ecowas',
    ]);
    // partner-of since 2023-12 holds from 1 December; member-of until 2024-01-28 includes that day.
    assert.deepEqual(summary(graph.neighbours('niger', { at: '2023-12-01', types: ['partner-of', 'member-of'] })), [
      'member-of out ecowas',
      'partner-of mutual russia',
    ]);
    assert.deepEqual(summary(graph.neighbours('niger', { at: '2023-11-30', types: ['partner-of'] })), []);
  });

  it('filters neighbours by type', () => {
    assert.deepEqual(summary(graph.neighbours('niger', { types: ['sanctions', 'withdrew-from'] })), [
      'sanctions in ecowas',
      'withdrew-from out ecowas',
    ]);
    assert.deepEqual(graph.neighbours('niger', { types: [] }), []);
    assert.deepEqual(graph.neighbours('nobody'), []);
  });

  it('lists relations valid at a date', () => {
    assert.deepEqual(
      graph.relationsAt('2024-02').map((r) => r.id),
      ['niger>allied-with>mali', 'mali>hired>russia', 'abdourahamane-tiani>leads>niger', 'niger>partner-of>russia', 'ecowas>sanctions>niger', 'niger>withdrew-from>ecowas'],
    );
  });

  it('lists relations among the focus actors by default and among a given set', () => {
    assert.deepEqual(DEFAULT_FOCUS_ACTORS, ['niger', 'mali', 'russia', 'ecowas']);
    assert.equal(graph.relationsAmong().length, 6);
    assert.ok(graph.relationsAmong().every((r) => r.type !== 'leads'));
    assert.deepEqual(
      graph.relationsAmong(['niger', 'mohamed-bazoum', 'ecowas'], { at: '2023-07-26' }).map((r) => r.id),
      ['mohamed-bazoum>leads>niger', 'niger>member-of>ecowas'],
    );
  });

  it('reports the relation types in use and their labels', () => {
    assert.deepEqual(graph.relationTypes(), ['allied-with', 'hired', 'leads', 'member-of', 'partner-of', 'sanctions', 'withdrew-from']);
    assert.equal(graph.relationTypeLabel('allied-with'), 'allied with');
    const declared = buildRelationGraph(factBase({ relationTypes: [{ id: 'trains', label: 'trains troops of', mutual: false }] }));
    assert.equal(declared.relationTypeLabel('trains'), 'trains troops of');
    assert.equal(graph.nameOf('ecowas'), 'ECOWAS');
    assert.equal(graph.nameOf('ghost'), 'ghost');
  });

  it('walks cycles without looping', () => {
    const cyclic = buildRelationGraph(
      factBase({
        actors: [actor({ id: 'a' }), actor({ id: 'b' }), actor({ id: 'c' }), actor({ id: 'd' })],
        relations: [
          relation({ from: 'a', to: 'b', type: 'supports' }),
          relation({ from: 'b', to: 'c', type: 'supports' }),
          relation({ from: 'c', to: 'a', type: 'supports' }),
          relation({ from: 'a', to: 'a', type: 'opposes' }),
          relation({ from: 'c', to: 'd', type: 'opposes', since: '2030' }),
        ],
      }),
    );
    assert.deepEqual(cyclic.reachable('a', 100), ['a', 'b', 'c', 'd']);
    assert.deepEqual(cyclic.reachable('a', 100, { at: '2024' }), ['a', 'b', 'c']);
    assert.deepEqual(cyclic.reachable('a', 0), ['a']);
    assert.deepEqual(summary(cyclic.neighbours('a')), ['opposes out a', 'supports out b', 'supports in c']);
    assert.equal(cyclic.subgraph('all').relations.length, 5);
  });

  describe('subgraph and export', () => {
    const subset = graph.subgraph(['niger', 'mali', 'ecowas'], { at: '2024-02-01' });

    it('keeps the named actors, sorted by name, and the relations among them', () => {
      assert.deepEqual(subset.actors.map((a) => a.id), ['ecowas', 'mali', 'niger']);
      assert.deepEqual(subset.relations.map((r) => r.id), ['niger>allied-with>mali', 'ecowas>sanctions>niger', 'niger>withdrew-from>ecowas']);
      assert.deepEqual(graph.subgraph(['niger', 'ghost']).actors.map((a) => a.id), ['niger']);
    });

    it("'all' keeps only actors that take part in a relation passing the filter", () => {
      const all = graph.subgraph('all', { types: ['hired'] });
      assert.deepEqual(all.actors.map((a) => a.id), ['mali', 'russia']);
    });

    it('exports JSON with the documented shape, omitting absent fields', () => {
      const json = JSON.parse(toJson(subset)) as GraphJson;
      assert.deepEqual(json.actors[0], { id: 'ecowas', name: 'ECOWAS', type: 'organization' });
      assert.deepEqual(json.relations[0], {
        id: 'niger>allied-with>mali',
        from: 'niger',
        to: 'mali',
        type: 'allied-with',
        label: 'Alliance of Sahel States',
        since: '2023-09-16',
        mutual: true,
      });
      assert.ok(toJson(subset).endsWith('}\n'));
    });

    it('exports DOT with undirected mutual edges', () => {
      assert.equal(
        toDot(subset),
        [
          'digraph "News Lens" {',
          '  rankdir=LR;',
          '  node [shape=box];',
          '  "ecowas" [label="ECOWAS"];',
          '  "mali" [label="Mali"];',
          '  "niger" [label="Niger"];',
          '  "niger" -> "mali" [label="allied with", tooltip="Alliance of Sahel States", dir=none];',
          '  "ecowas" -> "niger" [label="sanctions"];',
          '  "niger" -> "ecowas" [label="withdrew from"];',
          '}',
          '',
        ].join('\n'),
      );
    });

    it('exports Mermaid with --- for mutual and --> for directed relations', () => {
      assert.equal(
        toMermaid(subset),
        [
          'flowchart LR',
          '  a_ecowas["ECOWAS"]',
          '  a_mali["Mali"]',
          '  a_niger["Niger"]',
          '  a_niger ---|"allied with"| a_mali',
          '  a_ecowas -->|"sanctions"| a_niger',
          '  a_niger -->|"withdrew from"| a_ecowas',
          '',
        ].join('\n'),
      );
    });

    it('is deterministic whatever the input order', () => {
      const base = sahelFactBase();
      const shuffled = buildRelationGraph({ ...base, actors: [...base.actors].reverse(), relations: [...base.relations].reverse() });
      assert.equal(toDot(shuffled.subgraph('all')), toDot(graph.subgraph('all')));
      assert.equal(toMermaid(shuffled.subgraph('all')), toMermaid(graph.subgraph('all')));
      assert.equal(toJson(shuffled.subgraph('all')), toJson(graph.subgraph('all')));
    });
  });

  describe('escaping hostile labels', () => {
    const hostile = buildRelationGraph(
      factBase({
        actors: [
          actor({ id: 'q', name: 'The "Quoted" \\N [x]\nline2' }),
          actor({ id: 'end', name: 'end' }),
          actor({ id: 'Odd_id', name: 'a | b; (c) {d} <e> #f `g` %h' }),
        ],
        relations: [relation({ from: 'q', to: 'end', type: 'x-y', label: 'say "hi"\r\nnow', mutual: true })],
        relationTypes: [{ id: 'x-y', label: 'a]"b\\', mutual: true }],
      }),
    );
    const all = hostile.subgraph(['q', 'end', 'Odd_id']);

    it('escapes quotes, backslashes and newlines in DOT', () => {
      const dot = toDot(all);
      assert.ok(dot.includes('"q" [label="The \\"Quoted\\" \\\\N [x]\\nline2"];'), dot);
      assert.ok(dot.includes('"q" -> "end" [label="a]\\"b\\\\", tooltip="say \\"hi\\"\\nnow", dir=none];'), dot);
    });

    it('codes every label-breaking character in Mermaid and prefixes ids', () => {
      const mermaid = toMermaid(all);
      assert.ok(mermaid.includes('  a_end["end"]'), mermaid);
      assert.ok(mermaid.includes('  a_q["The #34;Quoted#34; #92;N #91;x#93;<br>line2"]'), mermaid);
      assert.ok(mermaid.includes('  x__4f_dd_5f_id["a #124; b#59; #40;c#41; #123;d#125; #60;e#62; #35;f #96;g#96; #37;h"]'), mermaid);
      assert.ok(mermaid.includes('  a_q ---|"a#93;#34;b#92;"| a_end'), mermaid);
    });
  });
});
