import type { GraphLabels } from '../core/graphLabels';

/** What the graph page needs from its webview: URIs it may load and the nonce of its script. */
export interface GraphPageResources {
  /** `webview.cspSource`: the origin of the extension's own files in this webview. */
  readonly cspSource: string;
  readonly scriptUri: string;
  readonly styleUri: string;
  /** Fresh for every page, so no other script can run. */
  readonly nonce: string;
  /** The page's own words, already localised, and the display language for `<html lang>`. */
  readonly text: { readonly lang: string; readonly title: string; readonly filters: string; readonly graph: string; readonly loading: string };
  /** The words the page's script writes, already localised; without them it writes English. */
  readonly labels?: GraphLabels;
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A nonce for a script tag: 128 random bits as hex. */
export function makeNonce(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The Content-Security-Policy of the graph page: nothing but our script (by nonce), our stylesheet and data: images. */
export function graphCsp(r: Pick<GraphPageResources, 'cspSource' | 'nonce'>): string {
  return [`default-src 'none'`, `script-src 'nonce-${r.nonce}'`, `style-src ${r.cspSource}`, `img-src ${r.cspSource} data:`].join('; ');
}

/**
 * The graph page. No inline style: cytoscape's one rule is in graph.css, and the <link> carries
 * the id cytoscape looks for before inserting a <style> of its own (which the CSP would block).
 */
export function graphHtml(r: GraphPageResources): string {
  const t = Object.fromEntries(Object.entries(r.text).map(([k, v]) => [k, escapeHtml(v)])) as GraphPageResources['text'];
  return `<!DOCTYPE html>
<html lang="${t.lang}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${graphCsp(r)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link id="__________cytoscape_stylesheet" rel="stylesheet" href="${r.styleUri}">
<title>${t.title}</title>
</head>
<body${r.labels === undefined ? '' : ` data-labels="${escapeHtml(JSON.stringify(r.labels))}"`}>
<form id="filters" aria-label="${t.filters}"></form>
<div id="status"><p id="summary" role="status" aria-live="polite">${t.loading}</p><p id="detail"></p></div>
<div id="graph" aria-busy="true" role="img" aria-label="${t.graph}"></div>
<details id="actors"></details>
<script nonce="${r.nonce}" src="${r.scriptUri}"></script>
</body>
</html>`;
}
