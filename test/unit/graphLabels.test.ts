import * as assert from 'node:assert/strict';
import { graphLabels, readGraphLabels } from '../../src/core/graphLabels';
import { fillPlaceholders } from '../../src/core/l10n';
import { graphHtml } from '../../src/vscode/graphHtml';

describe('graphLabels', () => {
  it('gives the graph page its words in English when no translator is installed', () => {
    const labels = graphLabels();
    assert.equal(labels.resetFilters, 'Reset filters');
    assert.equal(fillPlaceholders(labels.actorsShown, 7), 'Actors shown (7)');
    assert.equal(fillPlaceholders(labels.nodeRelations, 'Niger', 'Country', 3).split('. ')[0], 'Niger (Country): 3 relations shown');
    assert.equal(fillPlaceholders(labels.nodeOneRelation, 'Mali', 'Country', 1).split('. ')[0], 'Mali (Country): 1 relation shown');
    assert.equal(labels.language, 'en');
  });

  it('reads labels from untrusted data, falling back field by field', () => {
    const read = readGraphLabels({ resetFilters: 'Réinitialiser les filtres', entry: 42, extra: 'ignored' });
    assert.equal(read.resetFilters, 'Réinitialiser les filtres');
    assert.equal(read.entry, 'Entry');
    assert.equal('extra' in read, false);
    assert.deepEqual(readGraphLabels('not labels'), graphLabels());
    assert.deepEqual(readGraphLabels(null), graphLabels());
  });

  it('reach the page in a data attribute, escaped, and read back as sent', () => {
    const labels = { ...graphLabels(), show: 'Afficher <tout> & "plus"' };
    const text = { lang: 'fr', title: 't', filters: 'f', graph: 'g', loading: 'l' };
    const html = graphHtml({ cspSource: 'https://x', nonce: 'n', scriptUri: 'https://x/graph.js', styleUri: 'https://x/graph.css', text, labels });
    const attribute = /<body data-labels="([^"]*)">/.exec(html)?.[1];
    assert.ok(attribute !== undefined, 'no data-labels on <body>');
    assert.doesNotMatch(attribute, /[<>&"'](?!#)/);
    const decoded = attribute.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
    assert.deepEqual(readGraphLabels(JSON.parse(decoded)), labels);
    assert.match(graphHtml({ cspSource: 'https://x', nonce: 'n', scriptUri: 's', styleUri: 'c', text }), /<body>/);
  });
});
