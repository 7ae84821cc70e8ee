import * as assert from 'node:assert/strict';
import { graphCsp, graphHtml, makeNonce } from '../../src/vscode/graphHtml';

// graphHtml.ts builds strings only, so it loads without the vscode module.
describe('graph page', () => {
  const text = { lang: 'fr', title: 'Graphe des relations', filters: 'Filtres du graphe', graph: 'Graphe <des> acteurs', loading: 'Chargement du graphe…' };
  const resources = { cspSource: 'https://file+.vscode-resource.vscode-cdn.net', nonce: 'n0nce', scriptUri: 'https://x/graph.js', styleUri: 'https://x/graph.css', text };

  it('allows only its own script by nonce, its own stylesheet and data: images', () => {
    assert.equal(
      graphCsp(resources),
      "default-src 'none'; script-src 'nonce-n0nce'; style-src https://file+.vscode-resource.vscode-cdn.net; img-src https://file+.vscode-resource.vscode-cdn.net data:",
    );
    assert.doesNotMatch(graphCsp(resources), /unsafe/);
  });

  it('puts the policy first and carries the nonce on its one script', () => {
    const html = graphHtml(resources);
    assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<link'));
    assert.deepEqual([...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]), ['<script nonce="n0nce" src="https://x/graph.js">']);
    assert.doesNotMatch(html, /<style|style=/, 'no inline style');
    assert.match(html, /<link id="__________cytoscape_stylesheet" rel="stylesheet" href="https:\/\/x\/graph.css">/);
  });

  it('shows its own words in the display language, escaped', () => {
    const html = graphHtml(resources);
    assert.match(html, /<html lang="fr">/);
    assert.match(html, /<title>Graphe des relations<\/title>/);
    assert.match(html, /aria-label="Graphe &#60;des&#62; acteurs"/);
    assert.match(html, /aria-live="polite">Chargement du graphe…<\/p>/);
  });

  it('makes a fresh 128-bit nonce each time', () => {
    const a = makeNonce();
    assert.match(a, /^[0-9a-f]{32}$/);
    assert.notEqual(a, makeNonce());
  });
});
