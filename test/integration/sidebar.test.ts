import * as assert from 'assert';
import * as vscode from 'vscode';
import type { RelationNode, TreeNode } from '../../src/core/relationTree';
import type { NewsLensApi } from '../../src/extension';
import { Commands } from '../../src/vscode/ids';
import { hoverText, newsLens, nextFactBaseChange, openArticle, positionOf, waitFor, workspaceUri, writeWorkspaceFile } from './helpers';

/** Niger's relations as `type direction counterpart`, from the Relationships view. */
function nigerRelations(api: NewsLensApi): string[] {
  const niger = api.relationshipNodes().find((n) => n.kind === 'actor' && n.actor.id === 'niger');
  assert.ok(niger, 'Niger is a top-level node');
  return api
    .relationshipNodes(niger)
    .flatMap((t: TreeNode) => api.relationshipNodes(t))
    .map((r) => r as RelationNode)
    .map((r) => `${r.relation.type} ${r.direction} ${r.counterpart.id}`);
}

suite('Sidebar: relationships and the actors of the article', () => {
  teardown(async () => {
    await vscode.commands.executeCommand(Commands.filterRelationTypes, []);
    await vscode.commands.executeCommand(Commands.clearDateFilter);
    await vscode.commands.executeCommand(Commands.showAllActors);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the focus actors come first and Niger relates to Mali, Russia and ECOWAS with the right types and directions', async () => {
    const api = await newsLens();
    const roots = api.relationshipNodes();
    assert.deepStrictEqual(roots.slice(0, 4).map((n) => (n.kind === 'actor' ? n.actor.id : n.id)), ['niger', 'mali', 'russia', 'ecowas']);
    assert.ok(roots.slice(4).every((n) => n.kind === 'group'), 'the other actors are grouped by type');
    const relations = nigerRelations(api);
    for (const expected of ['allied-with mutual mali', 'supports in russia', 'sanctions in ecowas', 'threatens in ecowas', 'member-of out ecowas', 'withdrew-from out ecowas']) {
      assert.ok(relations.includes(expected), `${expected} is missing from ${relations.join(', ')}`);
    }
  });

  test('the type filter and the date filter change what is shown', async () => {
    const api = await newsLens();
    await vscode.commands.executeCommand(Commands.filterRelationTypes, ['sanctions']);
    const sanctions = nigerRelations(api);
    assert.ok(sanctions.includes('sanctions in ecowas'), sanctions.join(', '));
    assert.deepStrictEqual(sanctions.filter((r) => !r.startsWith('sanctions ')), []);
    await vscode.commands.executeCommand(Commands.filterRelationTypes, []);

    await openArticle('coup-in-niamey.news'); // dated 2023-07-28: before the AES alliance and Russia's support
    await vscode.commands.executeCommand(Commands.filterByArticleDate);
    const atCoup = nigerRelations(api);
    assert.ok(!atCoup.includes('allied-with mutual mali') && !atCoup.includes('supports in russia'), atCoup.join(', '));
    assert.ok(atCoup.includes('member-of out ecowas'));
    await openArticle('us-withdrawal.news'); // dated 2024-05-20
    const later = nigerRelations(api);
    assert.ok(later.includes('allied-with mutual mali') && later.includes('supports in russia'), later.join(', '));
  });

  test('"only actors in the current article" keeps just the article’s actors', async () => {
    const api = await newsLens();
    await openArticle('kremlin-call.txt');
    await vscode.commands.executeCommand(Commands.showOnlyArticleActors);
    const inArticle = new Set(api.articleActors().map((a) => a.actorId));
    const shown = api.relationshipNodes().flatMap((n) => (n.kind === 'group' ? api.relationshipNodes(n) : [n]));
    assert.ok(shown.length > 3);
    for (const node of shown) assert.ok(node.kind === 'actor' && inArticle.has(node.actor.id), node.id);
  });

  test('an edit of the fact base updates the tree', async () => {
    const api = await newsLens();
    const file = 'sidebar-extra.facts.yaml';
    const changed = nextFactBaseChange(api);
    await writeWorkspaceFile(
      file,
      'newsLens: 1\nmode: extend\nrelationTypes:\n  - id: trains\n    label: trains\n    mutual: false\nrelations:\n  - from: niger\n    to: ghana\n    type: trains\n    label: made up for this test\n    sources: [https://example.org/]\n',
    );
    try {
      await changed;
      await waitFor('the new relation in the tree', () => nigerRelations(api).includes('trains out ghana'));
    } finally {
      await vscode.workspace.fs.delete(workspaceUri(file));
      await waitFor('the default fact base', () => api.factBase()?.source === 'default');
    }
    assert.ok(!nigerRelations(api).includes('trains out ghana'));
  });

  test('reveal in tree selects an actor, inside its type group when it is not a focus actor', async () => {
    const api = await newsLens();
    await vscode.commands.executeCommand(Commands.revealInTree, 'assimi-goita');
    assert.strictEqual(await waitFor('a selection', () => api.relationshipsSelection()), 'assimi-goita');
    await vscode.commands.executeCommand(Commands.revealInTree, 'mali');
    assert.strictEqual(await waitFor('Mali selected', () => api.relationshipsSelection() === 'mali'), true);
  });

  test('the article view lists the actors with counts, most mentioned first', async () => {
    const api = await newsLens();
    const editor = await openArticle('coup-in-niamey.news');
    const rows = await waitFor('the article actors', () => (api.articleActors().length > 0 ? api.articleActors() : undefined));
    const counts = rows.map((r) => r.count);
    assert.deepStrictEqual(counts, [...counts].sort((a, b) => b - a));
    const mentions = await api.mentions(editor.document);
    const bazoum = rows.find((r) => r.actorId === 'mohamed-bazoum');
    assert.strictEqual(bazoum?.count, mentions.filter((m) => m.actorId === 'mohamed-bazoum').length);
    await vscode.commands.executeCommand(Commands.goToNextMentionOf, 'mohamed-bazoum');
    assert.match(editor.document.getText(editor.selection), /Bazoum/);
  });

  test('the view’s description states the filters, and its message says where the fact base comes from', async () => {
    const api = await newsLens();
    assert.strictEqual(api.relationshipsHeader().description, undefined);
    assert.match(api.relationshipsHeader().message ?? '', /shipped/);
    await openArticle('coup-in-niamey.news');
    await vscode.commands.executeCommand(Commands.filterRelationTypes, ['sanctions', 'leads']);
    await vscode.commands.executeCommand(Commands.filterByArticleDate);
    await vscode.commands.executeCommand(Commands.showOnlyArticleActors);
    assert.strictEqual(api.relationshipsHeader().description, 'at 28 Jul 2023 · 2 types · this article');
    await vscode.commands.executeCommand(Commands.filterRelationTypes, ['sanctions']);
    assert.strictEqual(api.relationshipsHeader().description, 'at 28 Jul 2023 · 1 type · this article');
  });

  test('context menus pass the tree row: reveal, go to the fact base entry and find all mentions take it', async () => {
    const api = await newsLens();
    const editor = await openArticle('coup-in-niamey.news');
    await waitFor('the article actors', () => api.articleActors().length > 0);
    // What VS Code passes to a view/item/context command: the row's element.
    const row = { actor: { id: 'ecowas', name: 'ECOWAS' }, count: 1 };
    await vscode.commands.executeCommand(Commands.revealInTree, row);
    assert.strictEqual(await waitFor('ECOWAS selected', () => api.relationshipsSelection() === 'ecowas'), true);
    const locations = await vscode.commands.executeCommand<vscode.Location[]>(Commands.findAllMentions, row);
    assert.ok(locations.length > 0 && locations.every((l) => l.uri.path.match(/\.(news|txt|md)$/)), 'mentions of ECOWAS in the articles');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand(Commands.goToFactBaseEntry, row);
    const yaml = await waitFor('the fact base entry', () => (vscode.window.activeTextEditor?.document.uri.path.endsWith('.yaml') ? vscode.window.activeTextEditor : undefined));
    assert.match(yaml.document.lineAt(yaml.selection.start.line).text, /id: ecowas\b/);
  });

  test('the hover card links to the actor in the Relationships view', async () => {
    await newsLens();
    const { document } = await openArticle('coup-in-niamey.news');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, 'Bazoum'));
    assert.ok(hoverText(hovers).includes(`command:${Commands.revealInTree}?${encodeURIComponent(JSON.stringify(['mohamed-bazoum']))}`), hoverText(hovers));
  });

  test('selecting a relation reveals the sentence of the article that supports it', async () => {
    const api = await newsLens();
    const editor = await openArticle('coup-in-niamey.news');
    const tiani = api.relationshipNodes().flatMap((n) => (n.kind === 'group' ? api.relationshipNodes(n) : [])).find((n) => n.kind === 'actor' && n.actor.id === 'abdourahamane-tiani');
    assert.ok(tiani);
    const leads = api.relationshipNodes(tiani).flatMap((t) => api.relationshipNodes(t)).find((r) => r.kind === 'relation' && r.counterpart.id === 'cnsp') as RelationNode | undefined;
    assert.ok(leads, 'Tiani leads the CNSP');
    await vscode.commands.executeCommand(Commands.showRelationEvidence, leads.relation);
    const sentence = editor.document.getText(editor.selection);
    assert.match(sentence, /Tiani/);
    assert.match(sentence, /CNSP|National Council/);
  });
});
