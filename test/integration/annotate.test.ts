import * as assert from 'assert';
import * as vscode from 'vscode';
import { Commands } from '../../src/vscode/ids';
import { hoverText, newsLens, openArticle, openUntitled, waitFor, workspaceUri } from './helpers';

const ARTICLE = 'mali-prime-minister.news';
const FACTS = '.newslens/facts.yaml';

interface WriteResult {
  readonly uri: vscode.Uri;
  readonly changed: boolean;
  readonly id?: string;
}

function annotate(args: object): Thenable<WriteResult | undefined> {
  return vscode.commands.executeCommand<WriteResult | undefined>(Commands.annotate, args);
}

/** The range of the n-th occurrence of `needle`. */
function rangeOf(document: vscode.TextDocument, needle: string, nth = 0): vscode.Range {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = document.getText().indexOf(needle, at + 1);
    if (at < 0) throw new Error(`'${needle}' (#${nth}) is not in ${document.uri.path}`);
  }
  return new vscode.Range(document.positionAt(at), document.positionAt(at + needle.length));
}

async function diskText(relative: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(relative)));
}

async function exists(relative: string): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(workspaceUri(relative));
    return true;
  } catch {
    return false;
  }
}

/** Runs a prompting command, accepting each prompt's prefilled answer until the command settles. */
async function acceptingPrompts<T>(run: Thenable<T>): Promise<T> {
  let settled = false;
  const result = Promise.resolve(run).finally(() => (settled = true));
  while (!settled) {
    await new Promise((r) => setTimeout(r, 300));
    if (!settled) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
  }
  return result;
}

suite('Annotating: from a selection to the fact base', () => {
  teardown(async () => {
    for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    if (await exists('.newslens')) await vscode.workspace.fs.delete(workspaceUri('.newslens'), { recursive: true });
    const api = await newsLens();
    await waitFor('the default fact base', () => api.factBase()?.source === 'default');
  });

  test('a new actor is written to a new workspace fact base and highlighted at once in every open article', async () => {
    const api = await newsLens();
    const editor = await openArticle(ARTICLE);
    const other = await openUntitled('Abdoulaye Maïga spoke for the government.');
    const range = rangeOf(editor.document, 'Abdoulaye Maïga');
    assert.ok(!(await api.mentions(editor.document)).some((m) => m.text === 'Abdoulaye Maïga'), 'unknown before');
    const result = await annotate({ action: 'newActor', name: 'Abdoulaye Maïga', type: 'person', summary: 'Malian army officer and government spokesman.', create: true, uri: editor.document.uri, range });
    assert.strictEqual(result?.id, 'abdoulaye-maiga');
    const yaml = await diskText(FACTS);
    assert.match(yaml, /^# News Lens fact base/, 'made from the commented template');
    assert.match(yaml, /actors:\n {2}- id: abdoulaye-maiga\n {4}name: Abdoulaye Maïga\n {4}type: person\n {4}summary: Malian army officer and government spokesman\.\n/);
    const mentions = (await api.mentions(editor.document)).filter((m) => m.actorId === 'abdoulaye-maiga');
    assert.deepStrictEqual(mentions.map((m) => m.text), ['Abdoulaye Maïga', 'Abdoulaye Maïga', 'Abdoulaye Maïga']);
    assert.ok((await api.mentions(other)).some((m) => m.actorId === 'abdoulaye-maiga'), 'the other open article too');
    assert.strictEqual(api.factBase()?.source, 'workspace');
  });

  test('annotating while the shipped default alone is chosen brings the workspace fact base back first', async () => {
    const api = await newsLens();
    const editor = await openArticle(ARTICLE);
    const range = rangeOf(editor.document, 'Abdoulaye Maïga');
    const actor = { action: 'newActor', name: 'Abdoulaye Maïga', type: 'person', summary: 'Malian government spokesman.', create: true, uri: editor.document.uri, range };
    assert.strictEqual((await annotate(actor))?.id, 'abdoulaye-maiga');
    await vscode.commands.executeCommand(Commands.switchFactBase, 'default');
    assert.deepStrictEqual(api.factBase()?.choice, { kind: 'default' });
    assert.ok(!(await api.mentions(editor.document)).some((m) => m.actorId === 'abdoulaye-maiga'), 'the workspace actor is out of view');

    // The same name again: checked against the workspace fact base it would join, so refused.
    assert.strictEqual(await annotate(actor), undefined);
    assert.strictEqual((await diskText(FACTS)).match(/id: abdoulaye-maiga\n/g)?.length, 1, 'no second actor of that name was written');
    assert.deepStrictEqual(api.factBase()?.choice, { kind: 'workspace' });
    assert.ok((await api.mentions(editor.document)).some((m) => m.actorId === 'abdoulaye-maiga'), 'the workspace actor is back in view');
  });

  test('an alias of a shipped actor copies the actor into the workspace file, then highlights the new name', async () => {
    const api = await newsLens();
    const editor = await openArticle(ARTICLE);
    const range = rangeOf(editor.document, "Mali's military leader");
    const result = await annotate({ action: 'alias', actorId: 'assimi-goita', create: true, uri: editor.document.uri, range });
    assert.strictEqual(result?.changed, true);
    const yaml = await diskText(FACTS);
    assert.match(yaml, /- id: assimi-goita\n {4}name: Assimi Goïta\n {4}type: person\n/);
    assert.match(yaml, /- Mali's military leader\n/);
    const shipped = api.factBase()?.actors.find((a) => a.id === 'assimi-goita');
    assert.ok(shipped && shipped.facts.length > 1, 'the copy keeps the shipped facts');
    const mention = (await api.mentions(editor.document)).find((m) => m.text === "Mali's military leader");
    assert.strictEqual(mention?.actorId, 'assimi-goita');
  });

  test('a fact quotes the selection as its anchored source and takes the article date by default', async () => {
    await newsLens();
    const editor = await openArticle(ARTICLE);
    const range = rangeOf(editor.document, 'a day after dismissing Choguel Kokalla Maïga');
    const result = await acceptingPrompts(annotate({ action: 'fact', actorId: 'assimi-goita', statement: 'Dismissed Prime Minister Choguel Kokalla Maïga.', create: true, uri: editor.document.uri, range }));
    assert.strictEqual(result?.changed, true);
    const yaml = await diskText(FACTS);
    const offset = editor.document.offsetAt(range.start);
    assert.ok(
      yaml.includes(
        `      - statement: Dismissed Prime Minister Choguel Kokalla Maïga.\n        date: 2024-11-22\n        sources:\n          - quote:\n              exact: a day after dismissing Choguel Kokalla Maïga\n`,
      ),
      yaml,
    );
    const end = offset + 'a day after dismissing Choguel Kokalla Maïga'.length;
    assert.ok(yaml.includes(`              article: ${ARTICLE}\n              start: ${offset}\n              end: ${end}\n`), yaml);
  });

  test('a relation between the selection’s actor and another, with type, label and date', async () => {
    const api = await newsLens();
    const editor = await openArticle(ARTICLE);
    const range = rangeOf(editor.document, 'Assimi Goïta');
    const refused = await annotate({ action: 'relation', to: 'abdoulaye-maiga', type: 'supports', label: 'appointed him prime minister', since: '2024-11-21', create: true, uri: editor.document.uri, range });
    assert.strictEqual(refused, undefined, 'abdoulaye-maiga is no actor yet');
    assert.strictEqual(await exists(FACTS), false);
    const result = await annotate({ action: 'relation', to: 'mali', type: 'leads', label: 'transitional president', since: '2021-05', create: true, uri: editor.document.uri, range });
    assert.strictEqual(result?.changed, true);
    assert.match(await diskText(FACTS), /relations:\n {2}- from: assimi-goita\n {4}to: mali\n {4}type: leads\n {4}label: transitional president\n {4}since: 2021-05\n {4}sources:\n {6}- quote:\n {10}exact: Assimi Goïta\n/);
    assert.ok(api.factBase()?.relations.some((r) => r.from === 'assimi-goita' && r.to === 'mali' && r.label === 'transitional president'));
  });

  test('a note is anchored, shown in the hover, follows edits, and can be re-attached and deleted', async () => {
    await newsLens();
    const editor = await openArticle(ARTICLE);
    const document = editor.document;
    const range = rangeOf(document, 'a decree read on state television');
    const result = await annotate({ action: 'note', text: 'Which channel? Check *ORTM*.', create: true, uri: document.uri, range });
    assert.strictEqual(result?.id, 'note-1');
    const yaml = await diskText(FACTS);
    assert.match(yaml, /notes:\n {2}- id: note-1\n {4}text: Which channel\? Check \*ORTM\*\.\n {4}date: \d{4}-\d{2}-\d{2}\n {4}quote:\n {6}exact: a decree read on state television\n/);
    const hover = async (): Promise<string> => hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, rangeOf(document, 'state television').start.translate(0, 2)));
    assert.match(await hover(), /Which channel\? Check \\\*ORTM\\\*\\\./);

    await editor.edit((b) => b.insert(new vscode.Position(1, 0), 'UPDATED: '));
    const moved = await waitFor('the moved note', async () => {
      const text = await hover();
      return /moved/.test(text) ? text : undefined;
    });
    assert.match(moved, /Which channel/);

    const replacement = rangeOf(document, 'state television');
    const reattached = await vscode.commands.executeCommand<WriteResult>(Commands.reattachNote, { noteId: 'note-1', uri: document.uri, range: replacement });
    assert.strictEqual(reattached.changed, true);
    assert.match(await diskText(FACTS), /quote:\n {6}exact: state television\n/);

    const deleted = await vscode.commands.executeCommand<WriteResult>(Commands.deleteNote, { noteId: 'note-1', confirm: false });
    assert.strictEqual(deleted.changed, true);
    assert.doesNotMatch(await diskText(FACTS), /note-1/);
    assert.doesNotMatch(await hover(), /Which channel/);
  });

  test('the edit is one undoable WorkspaceEdit in the YAML editor', async () => {
    const api = await newsLens();
    await annotate({ action: 'newActor', name: 'Abdoulaye Maïga', type: 'person', summary: '', create: true });
    const yamlEditor = await vscode.window.showTextDocument(workspaceUri(FACTS));
    const before = yamlEditor.document.getText();
    await annotate({ action: 'alias', actorId: 'abdoulaye-maiga', text: 'Abdoulaye Maiga Junior' });
    assert.match(yamlEditor.document.getText(), /aliases: \[Abdoulaye Maiga Junior\]|aliases:\n {6}- Abdoulaye Maiga Junior/);
    await vscode.window.showTextDocument(yamlEditor.document);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(yamlEditor.document.getText(), before);
    const probe = await openUntitled('Abdoulaye Maiga Junior');
    await waitFor('the alias to go', async () => !(await api.mentions(probe)).some((m) => m.text === 'Abdoulaye Maiga Junior'));
  });

  test('an unsaved fact base buffer receives the edit, keeping what the user typed, and is not saved', async () => {
    await newsLens();
    await annotate({ action: 'newActor', name: 'Abdoulaye Maïga', type: 'person', summary: 'Spokesman.', create: true });
    const yaml = await vscode.window.showTextDocument(workspaceUri(FACTS));
    const typed = '# my unsaved thought about Mali\n';
    await yaml.edit((b) => b.insert(new vscode.Position(0, 0), typed));
    assert.ok(yaml.document.isDirty);
    const result = await annotate({ action: 'alias', actorId: 'abdoulaye-maiga', text: 'Colonel Abdoulaye Maïga' });
    assert.strictEqual(result?.changed, true);
    const buffer = yaml.document.getText();
    assert.ok(buffer.startsWith(typed), 'the typed line stays');
    assert.match(buffer, /Colonel Abdoulaye Maïga/);
    assert.ok(yaml.document.isDirty, 'a buffer with unsaved changes is left unsaved');
    const disk = await diskText(FACTS);
    assert.ok(!disk.includes('my unsaved thought'), 'the disk does not get the unsaved text');
  });

  test('a fact base with a YAML syntax error is refused and left as it is', async () => {
    await newsLens();
    await annotate({ action: 'newActor', name: 'Abdoulaye Maïga', type: 'person', summary: '', create: true });
    const saved = await diskText(FACTS);
    const yaml = await vscode.window.showTextDocument(workspaceUri(FACTS));
    await yaml.edit((b) => b.insert(yaml.document.positionAt(yaml.document.getText().indexOf('relations: []')), 'broken: [unclosed\n'));
    const buffer = yaml.document.getText();
    const result = await annotate({ action: 'alias', actorId: 'abdoulaye-maiga', text: 'Maïga' });
    assert.strictEqual(result, undefined);
    assert.strictEqual(yaml.document.getText(), buffer, 'the buffer is untouched');
    assert.strictEqual(await diskText(FACTS), saved, 'the disk is untouched');
  });

  test('Escape at a prompt changes nothing', async () => {
    await newsLens();
    const editor = await openArticle(ARTICLE);
    const pending = annotate({ action: 'newActor', create: true, uri: editor.document.uri, range: rangeOf(editor.document, 'Abdoulaye Maïga') });
    await new Promise((r) => setTimeout(r, 500));
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.strictEqual(await pending, undefined);
    assert.strictEqual(await exists(FACTS), false);
  });

  test('unknown names are hints with quick fixes that run the annotate command', async () => {
    await newsLens();
    const { document } = await openArticle(ARTICLE);
    const hint = await waitFor('an unknown-name hint on Abdoulaye Maïga', () =>
      vscode.languages.getDiagnostics(document.uri).find((d) => d.code === 'unknown-name' && document.getText(d.range) === 'Abdoulaye Maïga'),
    );
    assert.strictEqual(hint.severity, vscode.DiagnosticSeverity.Hint);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, hint.range);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Add “Abdoulaye Maïga” as actor…'), titles.join(', '));
    assert.ok(titles.includes('Add “Abdoulaye Maïga” as alias of…'), titles.join(', '));
    const add = actions.find((a) => a.title === 'Add “Abdoulaye Maïga” as actor…');
    assert.strictEqual(add?.command?.command, Commands.annotate);

    const config = vscode.workspace.getConfiguration('newsLens');
    const before = config.inspect<string>('unknownNames.hints')?.globalValue;
    try {
      await config.update('unknownNames.hints', 'off', vscode.ConfigurationTarget.Global);
      await waitFor('the hints to go', () => !vscode.languages.getDiagnostics(document.uri).some((d) => d.code === 'unknown-name'));
    } finally {
      await config.update('unknownNames.hints', before, vscode.ConfigurationTarget.Global);
    }
  });

  test('export writes brat, W3C and CSV files through the workspace file system', async () => {
    await newsLens();
    const outDir = workspaceUri('export-test-out');
    const article = workspaceUri(ARTICLE);
    try {
      const csv = await vscode.commands.executeCommand<vscode.Uri[]>(Commands.export, { format: 'csv', outDir });
      const rows = new TextDecoder().decode(await vscode.workspace.fs.readFile(csv[0]!)).split('\r\n');
      assert.ok(rows.some((r) => r.startsWith('mali-prime-minister.news,assimi-goita,mali,')), rows.slice(0, 5).join('\n'));
      assert.ok(rows.some((r) => r.startsWith('coup-in-niamey.news,')), 'every workspace article without uris');
      const brat = await vscode.commands.executeCommand<vscode.Uri[]>(Commands.export, { format: 'brat', uris: [article], outDir });
      assert.deepStrictEqual(brat.map((u) => u.path.slice(u.path.lastIndexOf('/') + 1)), ['mali-prime-minister.txt', 'mali-prime-minister.ann', 'annotation.conf']);
      const ann = new TextDecoder().decode(await vscode.workspace.fs.readFile(brat[1]!));
      assert.match(ann, /^T\d+\tPerson \d+ \d+\tAssimi Goïta$/m);
      const w3c = await vscode.commands.executeCommand<vscode.Uri[]>(Commands.export, { format: 'w3c', uris: [article], outDir });
      assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(w3c[0]!)), /"type": "AnnotationCollection"/);
    } finally {
      await vscode.workspace.fs.delete(outDir, { recursive: true });
    }
  });
});
