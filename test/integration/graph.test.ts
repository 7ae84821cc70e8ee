import * as assert from 'assert';
import * as vscode from 'vscode';
import { isValidAt } from '../../src/core/dates';
import type { GraphPanelState, GraphRender } from '../../src/vscode/graphPanel';
import { Commands, WebviewPanels } from '../../src/vscode/ids';
import { newsLens, waitFor, workspaceUri, writeWorkspaceFile } from './helpers';
import type { NewsLensApi } from '../../src/extension';

const FOCUS = ['niger', 'mali', 'russia', 'ecowas'];

function graphTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(WebviewPanels.graph));
}

async function openGraph(api: NewsLensApi): Promise<GraphPanelState> {
  await vscode.commands.executeCommand(Commands.showGraph);
  return waitFor('the graph panel', () => api.graphPanel());
}

/** Waits until the webview has drawn the panel's latest view (its script ran under the CSP). */
function drawn(api: NewsLensApi, timeoutMs = 15_000): Promise<GraphRender> {
  return waitFor(
    'the webview to draw the latest view',
    () => {
      const state = api.graphPanel();
      return state?.rendered && state.rendered.revision === state.revision ? state.rendered : undefined;
    },
    timeoutMs,
  );
}

async function removeQuietly(relative: string): Promise<void> {
  try {
    await vscode.workspace.fs.delete(workspaceUri(relative));
  } catch {
    // already gone
  }
}

suite('Relationship graph', () => {
  teardown(async () => {
    await vscode.window.tabGroups.close(graphTabs());
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the command opens one panel with the focus actors and their neighbours, drawn by the webview', async () => {
    const api = await newsLens();
    const panel = await openGraph(api);
    assert.ok(panel.visible);
    assert.deepEqual([...panel.focus], FOCUS);

    const relations = api.factBase()?.relations ?? [];
    const touching = relations.filter((r) => FOCUS.includes(r.from) || FOCUS.includes(r.to));
    const expected = [...new Set([...FOCUS, ...touching.flatMap((r) => [r.from, r.to])])].sort();
    assert.deepEqual([...panel.shown.actors].sort(), expected);
    const elsewhere = (api.factBase()?.actors ?? []).filter((a) => !expected.includes(a.id));
    assert.ok(elsewhere.length > 0, 'the default view leaves some actors out');
    assert.ok(panel.shown.relations.includes('niger>allied-with>mali'));

    const rendered = await drawn(api);
    assert.strictEqual(rendered.nodes, panel.shown.actors.length);
    assert.strictEqual(rendered.edges, panel.shown.relations.length);

    await vscode.commands.executeCommand(Commands.showGraph);
    assert.strictEqual(graphTabs().length, 1, 'running the command again reveals the open panel');
  });

  test('filters change what is shown, and the webview redraws', async () => {
    const api = await newsLens();
    const panel = await openGraph(api);
    await drawn(api);
    const types = [...new Set((api.factBase()?.relations ?? []).map((r) => r.type))];

    panel.setFilter({ hiddenRelationTypes: types.filter((t) => t !== 'allied-with') });
    let state = api.graphPanel()!;
    assert.deepEqual([...state.shown.relations].sort(), ['mali>allied-with>burkina-faso', 'niger>allied-with>burkina-faso', 'niger>allied-with>mali']);
    assert.deepEqual([...state.shown.actors].sort(), ['burkina-faso', 'ecowas', 'mali', 'niger', 'russia']);
    assert.strictEqual((await drawn(api)).nodes, 5);

    panel.setFilter({ at: '2023-08-16' });
    state = api.graphPanel()!;
    const byId = new Map((api.factBase()?.relations ?? []).map((r) => [r.id, r]));
    assert.ok(state.shown.relations.length > 0);
    assert.ok(state.shown.relations.every((id) => isValidAt(byId.get(id)!, '2023-08-16')));
    assert.ok(!state.shown.relations.includes('niger>allied-with>mali'), 'the alliance is from September 2023');

    panel.setFilter({ hiddenActorTypes: ['person'] });
    const people = new Set((api.factBase()?.actors ?? []).filter((a) => a.type === 'person').map((a) => a.id));
    assert.ok(api.graphPanel()!.shown.actors.every((id) => !people.has(id)));

    panel.setFilter({ showAll: true });
    assert.strictEqual(api.graphPanel()!.shown.actors.length, api.factBase()?.actors.length);
    await drawn(api);
  });

  test('a hidden panel comes back with its layout, from the webview state, without a new layout', async () => {
    const api = await newsLens();
    await openGraph(api);
    const first = await drawn(api);
    assert.ok(first.layoutMs > 0, 'the first drawing runs the layout');
    // Wait for the webview to store the positions (it saves shortly after the layout).
    await new Promise((r) => setTimeout(r, 500));
    const article = await vscode.workspace.openTextDocument(workspaceUri('coup-in-niamey.news'));
    // Opened in the panel's group (the active one), the article hides the panel.
    await vscode.window.showTextDocument(article, { viewColumn: vscode.ViewColumn.Active, preview: false });
    await waitFor('the panel to be hidden', () => api.graphPanel()?.visible === false);
    await vscode.commands.executeCommand(Commands.showGraph);
    const again = await drawn(api);
    assert.strictEqual(again.nodes, first.nodes);
    assert.strictEqual(again.layoutMs, 0, 'the saved positions were reused');
  });

  test('the panel follows fact base changes', async () => {
    const api = await newsLens();
    const FILE = 'graph-extra.facts.yaml';
    try {
      await openGraph(api);
      await writeWorkspaceFile(
        FILE,
        'newsLens: 1\nmode: extend\nactors:\n  - id: zorblax-quint\n    name: Zorblax Quint\n    type: person\nrelations:\n  - from: zorblax-quint\n    to: niger\n    type: supports\n',
      );
      await waitFor('the new neighbour of Niger', () => api.graphPanel()?.shown.actors.includes('zorblax-quint'));
      assert.ok(api.graphPanel()?.shown.relations.includes('zorblax-quint>supports>niger'));
      await drawn(api);
    } finally {
      await removeQuietly(FILE);
    }
    await waitFor('the neighbour to go', () => api.factBase()?.source === 'default' && !api.graphPanel()?.shown.actors.includes('zorblax-quint'));
  });

  test('500 actors are laid out and drawn', async function () {
    this.timeout(90_000);
    const api = await newsLens();
    const FILE = 'graph-500.facts.yaml';
    const types = ['person', 'country', 'organization', 'armed-group', 'place'];
    const relationTypes = ['supports', 'opposes', 'allied-with', 'member-of', 'sanctions'];
    const actors = Array.from({ length: 500 }, (_, i) => `  - id: synthetic-${i}\n    name: Synthetic Actor ${i}\n    type: ${types[i % types.length]}\n`);
    const relations = Array.from({ length: 1000 }, (_, i) => {
      const from = i % 500;
      const to = (from + 1 + ((i * 7 + Math.floor(i / 500) * 101) % 499)) % 500;
      return `  - from: synthetic-${from}\n    to: synthetic-${to}\n    type: ${relationTypes[i % relationTypes.length]}\n`;
    });
    try {
      await writeWorkspaceFile(FILE, `newsLens: 1\nmode: replace\nactors:\n${actors.join('')}relations:\n${relations.join('')}`);
      await waitFor('the synthetic fact base', () => api.factBase()?.actors.length === 500, 20_000);
      const panel = await openGraph(api);
      panel.setFilter({ showAll: true });
      const rendered = await drawn(api, 60_000);
      assert.strictEqual(rendered.nodes, 500);
      assert.strictEqual(rendered.edges, api.graphPanel()?.shown.relations.length);
      console.log(`      layout of ${rendered.nodes} actors and ${rendered.edges} relations: ${Math.round(rendered.layoutMs)} ms`);
    } finally {
      await removeQuietly(FILE);
    }
    await waitFor('the default fact base', () => api.factBase()?.source === 'default', 20_000);
  });
});
