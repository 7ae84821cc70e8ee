import * as assert from 'node:assert/strict';
import { graphLabels, nodeDescription, readGraphLabels } from '../../src/core/graphLabels';
import { fillPlaceholders } from '../../src/core/l10n';
import { graphHtml } from '../../src/vscode/graphHtml';

describe('graphLabels', () => {
  it('gives the graph page its words in English when no translator is installed', () => {
    const labels = graphLabels();
    assert.equal(labels.resetFilters, 'Reset filters');
    assert.equal(fillPlaceholders(labels.actorsShown, 7), 'Actors shown (7)');
    assert.equal(fillPlaceholders(labels.nodeRelationsOther, 'Niger', 'Country', 3).split('. ')[0], 'Niger (Country): 3 relations shown');
    assert.equal(fillPlaceholders(labels.nodeRelationsOne, 'Mali', 'Country', 1).split('. ')[0], 'Mali (Country): 1 relation shown');
    assert.equal(labels.language, 'en');
  });

  it('describes a node in the form its language’s plural rules choose for the count', () => {
    const labels = { ...graphLabels(), nodeRelationsOne: '{0} ({1}) : {2} relation', nodeRelationsOther: '{0} ({1}) : {2} relations' };
    const describe = (language: string): string[] => [0, 1, 2].map((n) => nodeDescription({ ...labels, language }, 'Niger', 'Pays', n));
    assert.deepEqual(describe('fr'), ['Niger (Pays) : 0 relation', 'Niger (Pays) : 1 relation', 'Niger (Pays) : 2 relations']);
    assert.deepEqual(describe('en'), ['Niger (Pays) : 0 relations', 'Niger (Pays) : 1 relation', 'Niger (Pays) : 2 relations']);
    assert.deepEqual(describe('not a language tag!'), describe('en'), 'a broken tag reads English');
  });

  it('reads labels from untrusted data, falling back field by field', () => {
    const read = readGraphLabels({ resetFilters: 'Réinitialiser les filtres', entry: 42, extra: 'ignored' });
    assert.equal(read.resetFilters, 'Réinitialiser les filtres');
    assert.equal(read.entry, 'Entry');
    assert.equal('extra' in read, false);
    assert.equal(read.language, 'en', 'no language given: English');
    assert.equal(readGraphLabels({ language: 'fr' }).language, 'fr');
    assert.equal(readGraphLabels({ language: ['fr'] }).language, 'en', 'a language that is no text falls back');
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
