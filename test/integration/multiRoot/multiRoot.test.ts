import * as assert from 'assert';
import * as vscode from 'vscode';
import { Commands } from '../../../src/vscode/ids';
import { hoverText, newsLens, waitFor } from '../helpers';

// The workspace (scripts/runIntegration.mjs, multiRootWorkspace): folder `samples`, a copy of
// samples/ with no fact base of its own, then folder `desk`, whose own setting
// `newsLens.factBase.files: ["facts/**/*.yaml", ".newslens/**/*.yaml"]` finds desk/facts/desk.yaml
// (actor Orla Venn), which the default globs would not, and
// desk/report.news, which names her.

function folder(name: string): vscode.WorkspaceFolder {
  const found = vscode.workspace.workspaceFolders?.find((f) => f.name === name);
  if (!found) throw new Error(`the multi-root workspace has no folder named ${name}`);
  return found;
}

const inFolder = (name: string, ...path: string[]): vscode.Uri => vscode.Uri.joinPath(folder(name).uri, ...path);
const DESK_FACTS = (): vscode.Uri => inFolder('desk', 'facts', 'desk.yaml');
const readText = async (uri: vscode.Uri): Promise<string> => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));

function rangeOf(document: vscode.TextDocument, needle: string): vscode.Range {
  const at = document.getText().indexOf(needle);
  if (at < 0) throw new Error(`'${needle}' is not in ${document.uri.path}`);
  return new vscode.Range(document.positionAt(at), document.positionAt(at + needle.length));
}

async function hoverAt(document: vscode.TextDocument, needle: string): Promise<string> {
  const position = rangeOf(document, needle).start.translate(0, 1);
  return hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position));
}

suite('A multi-root workspace', function () {
  // Waits for fact base reloads after writes; see waitFor.
  this.timeout(120_000);
  teardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  test('the workspace has the two folders the runner made', () => {
    assert.deepStrictEqual(
      vscode.workspace.workspaceFolders?.map((f) => f.name),
      ['samples', 'desk'],
    );
  });

  test("every folder's fact base loads, found by that folder's own setting, over the shipped default", async () => {
    const api = await newsLens();
    const facts = await waitFor('the desk fact base', () => api.factBase()?.files.find((u) => u.toString() === DESK_FACTS().toString()));
    assert.strictEqual(api.factBase()?.source, 'workspace');
    assert.deepStrictEqual(api.factBase()?.entries.map((u) => u.toString()), [facts.toString()]);
    const mentions = await api.mentions(inFolder('desk', 'report.news'));
    assert.deepStrictEqual([...new Set(mentions.map((m) => m.actorId))].sort(), ['mohamed-bazoum', 'niamey', 'orla-venn']);

    const report = await vscode.workspace.openTextDocument(inFolder('desk', 'report.news'));
    const definitions = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', report.uri, rangeOf(report, 'Orla Venn').start);
    const target = definitions[0] && ('targetUri' in definitions[0] ? definitions[0].targetUri : definitions[0].uri);
    assert.strictEqual(target?.toString(), DESK_FACTS().toString(), 'Go to Definition lands in the desk folder');
    assert.match(await hoverAt(report, 'Orla Venn'), /member of/i);
  });

  test('a note names its article with the folder, and a bare path still means the first folder', async () => {
    const api = await newsLens();
    await waitFor('the desk fact base', () => api.factBase()?.files.some((u) => u.toString() === DESK_FACTS().toString()));
    const original = await readText(DESK_FACTS());
    try {
      const report = await vscode.workspace.openTextDocument(inFolder('desk', 'report.news'));
      await vscode.window.showTextDocument(report);
      const onReport = await vscode.commands.executeCommand<{ uri: vscode.Uri; id?: string }>(Commands.annotate, { action: 'note', text: 'Ask the desk who confirmed it.', uri: report.uri, range: rangeOf(report, 'still held') });
      assert.strictEqual(onReport?.uri.toString(), DESK_FACTS().toString(), 'the note joins the only workspace fact base');
      assert.match(await readText(DESK_FACTS()), /article: desk\/report\.news\n/);
      await waitFor('the note in the report hover', async () => /Ask the desk/.test(await hoverAt(report, 'still held')));

      const coup = await vscode.workspace.openTextDocument(inFolder('samples', 'coup-in-niamey.news'));
      await vscode.window.showTextDocument(coup);
      await vscode.commands.executeCommand(Commands.annotate, { action: 'note', text: 'Which compound gate?', uri: coup.uri, range: rangeOf(coup, 'presidential compound') });
      const written = await readText(DESK_FACTS());
      assert.match(written, /article: samples\/coup-in-niamey\.news\n/);
      await waitFor('the note in the article hover', async () => /Which compound gate\?/.test(await hoverAt(coup, 'presidential compound')));

      // A note written while the workspace had one folder names the article without it. First a
      // name that matches nothing (the note leaves the hover), then the bare path (it comes back).
      const facts = await vscode.workspace.openTextDocument(DESK_FACTS());
      const renameArticle = async (from: string, to: string): Promise<boolean> => {
        const edit = new vscode.WorkspaceEdit();
        edit.replace(facts.uri, rangeOf(facts, `article: ${from}\n`), `article: ${to}\n`);
        return vscode.workspace.applyEdit(edit);
      };
      assert.ok(await renameArticle('samples/coup-in-niamey.news', 'elsewhere/coup-in-niamey.news'));
      await waitFor('the note to leave the hover', async () => !/Which compound gate\?/.test(await hoverAt(coup, 'presidential compound')));
      assert.ok(await renameArticle('elsewhere/coup-in-niamey.news', 'coup-in-niamey.news'));
      await waitFor('the note of the bare path in the hover', async () => /Which compound gate\?/.test(await hoverAt(coup, 'presidential compound')));
      await facts.save();
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.writeFile(DESK_FACTS(), new TextEncoder().encode(original));
    }
  });

  test('the create command copies the default into the folder it is given', async () => {
    const api = await newsLens();
    const created = await vscode.commands.executeCommand<vscode.Uri | undefined>(Commands.createWorkspaceFactBase, folder('desk').uri);
    assert.ok(created, 'the command returns the new file');
    try {
      assert.strictEqual(vscode.workspace.getWorkspaceFolder(created)?.name, 'desk');
      assert.ok(created.path.endsWith('/desk/.newslens/niger-crisis.facts.yaml'), created.path);
      await waitFor('the copy to be loaded too', () => api.factBase()?.files.some((u) => u.toString() === created.toString()));
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(created, '..'), { recursive: true });
      await waitFor('the copy to be gone', () => !api.factBase()?.files.some((u) => u.path.includes('/.newslens/')));
    }
  });
});
