import * as assert from 'assert';
import * as vscode from 'vscode';
import { Commands } from '../../src/vscode/ids';
import { hoverText, newsLens, nextFactBaseChange, openArticle, openUntitled, positionOf, waitFor, workspaceUri, writeWorkspaceFile } from './helpers';

const COUP = 'coup-in-niamey.news';

/** What a reader marks in the coup article: surface text and the actor it names. */
const COUP_MENTIONS: readonly [string, string][] = [
  ['Niger', 'niger'],
  ['Abdourahamane Tiani', 'abdourahamane-tiani'],
  ['National Council for the Safeguard of the Homeland', 'cnsp'],
  ['CNSP', 'cnsp'],
  ['Mohamed Bazoum', 'mohamed-bazoum'],
  ['Bazoum', 'mohamed-bazoum'],
  ['Niamey', 'niamey'],
  ['Amadou Abdramane', 'amadou-abdramane'],
  ['Tiani', 'abdourahamane-tiani'],
  ['Tchiani', 'abdourahamane-tiani'],
  ['Nigerien', 'niger'],
  ['African Union', 'african-union'],
  ['AU', 'african-union'],
  ['ECOWAS', 'ecowas'],
  ['Nigeria', 'nigeria'],
  ['Bola Tinubu', 'bola-tinubu'],
  ['Benin', 'benin'],
  ['Patrice Talon', 'patrice-talon'],
  ['Nigerian', 'nigeria'],
  ['Abuja', 'abuja'],
  ['Kremlin', 'kremlin'],
  ['Paris', 'paris'],
  ['Washington', 'washington-dc'],
  ['JNIM', 'jnim'],
  ['al-Qaeda', 'al-qaeda'],
  ['Mali', 'mali'],
  ['Burkina Faso', 'burkina-faso'],
  ['French', 'france'],
  ['Russia', 'russia'],
  ['Wagner group', 'wagner-group'],
  ['Burkinabe', 'burkina-faso'],
  ['Moscow', 'moscow'],
  ['Ibrahim Traoré', 'ibrahim-traore'],
  ['St Petersburg', 'saint-petersburg'],
];

suite('Editor: mentions, hovers and navigation', () => {
  teardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  test('every actor a reader would mark in a sample article is reported, at the right place', async () => {
    const api = await newsLens();
    const editor = await openArticle(COUP);
    const mentions = await api.mentions(editor.document);
    const found = new Set(mentions.map((m) => `${m.text}=>${m.actorId}`));
    const missing = COUP_MENTIONS.filter(([text, id]) => !found.has(`${text}=>${id}`));
    assert.deepStrictEqual(missing, []);
    for (const m of mentions) assert.strictEqual(editor.document.getText(m.range), m.text);
    const text = editor.document.getText();
    const inWords = mentions.filter((m) => /[\p{L}\p{N}]/u.test(text.charAt(m.end)) || /[\p{L}\p{N}]/u.test(text.charAt(m.start - 1)));
    assert.deepStrictEqual(inWords.map((m) => m.text), [], 'a mention inside a longer word (Niger in Nigeria)');
  });

  test('offsets hold in a CRLF article and in Markdown with front matter', async () => {
    const api = await newsLens();
    for (const name of ['french-exit.txt', 'sahel-alliance.md']) {
      const { document } = await openArticle(name);
      const mentions = await api.mentions(document);
      assert.ok(mentions.length > 10, `${name}: ${mentions.length} mentions`);
      for (const m of mentions) assert.strictEqual(document.getText(m.range).replace(/\s+/g, ' '), m.text.replace(/\s+/g, ' '));
    }
  });

  test('hovering "Bazoum" names him and his deposition in July 2023', async () => {
    await newsLens();
    const { document } = await openArticle(COUP);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, 'Bazoum', 1));
    const text = hoverText(hovers);
    assert.match(text, /Mohamed Bazoum/);
    assert.match(text, /President of Niger/);
    assert.match(text, /26 Jul 2023/);
    assert.match(text, /command:newsLens\.goToFactBaseEntry/);
  });

  test('Go to Definition on a mention lands on the actor entry in the YAML', async () => {
    await newsLens();
    const { document } = await openArticle(COUP);
    const result = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', document.uri, positionOf(document, 'Bazoum', 1));
    assert.strictEqual(result.length, 1);
    const first = result[0]!;
    const uri = 'targetUri' in first ? first.targetUri : first.uri;
    const range = 'targetRange' in first ? first.targetRange : first.range;
    assert.match(uri.path, /facts\.yaml$/);
    const yaml = await vscode.workspace.openTextDocument(uri);
    assert.match(yaml.lineAt(range.start.line).text, /id: mohamed-bazoum/);
  });

  test('Find All References finds Bazoum in every sample article that names him', async () => {
    await newsLens();
    const { document } = await openArticle(COUP);
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, positionOf(document, 'Bazoum', 1));
    const files = new Set(locations.map((l) => l.uri.path.slice(l.uri.path.lastIndexOf('/') + 1)));
    const expected = new Set<string>();
    for (const uri of await vscode.workspace.findFiles('**/*.{news,txt,md}')) {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      if (text.includes('Bazoum')) expected.add(uri.path.slice(uri.path.lastIndexOf('/') + 1));
    }
    assert.ok(expected.size >= 5, `only ${expected.size} samples name Bazoum`);
    assert.deepStrictEqual([...files].sort(), [...expected].sort());
  });

  test('the Outline lists the article’s actors with their mentions', async () => {
    await newsLens();
    const { document } = await openArticle(COUP);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    const bazoum = symbols.find((s) => s.name === 'Mohamed Bazoum');
    assert.ok(bazoum, symbols.map((s) => s.name).join(', '));
    assert.ok(bazoum.children.length >= 4);
  });

  test('workspace symbols find an actor by alias', async () => {
    await newsLens();
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Tchiani');
    assert.ok(symbols.some((s) => s.name === 'Abdourahamane Tiani'), symbols.map((s) => s.name).join(', '));
  });

  test('next and previous mention step through the actor under the cursor', async () => {
    await newsLens();
    const editor = await openArticle(COUP);
    const start = positionOf(editor.document, 'Mohamed Bazoum', 0);
    editor.selection = new vscode.Selection(start, start);
    await vscode.commands.executeCommand(Commands.nextMention);
    assert.strictEqual(editor.document.getText(editor.selection), 'Bazoum');
    assert.ok(editor.selection.start.line > start.line, 'the next mention is in a later paragraph');
    await vscode.commands.executeCommand(Commands.previousMention);
    assert.strictEqual(editor.document.getText(editor.selection), 'Mohamed Bazoum');
    assert.strictEqual(editor.selection.start.line, start.line);
    await vscode.commands.executeCommand(Commands.previousMention);
    assert.ok(editor.selection.start.line > start.line, 'previous from the first mention wraps to the last');
  });

  test('an empty document, a binary-looking one and a CRLF untitled one do not break anything', async () => {
    const api = await newsLens();
    for (const content of ['', '\u0000\u0001\u0002 Niger \uFFFD', 'Niger\r\nand\r\nBurkina\r\nFaso']) {
      const document = await openUntitled(content);
      await vscode.window.showTextDocument(document);
      const mentions = await api.mentions(document);
      for (const m of mentions) assert.strictEqual(document.getText(m.range).replace(/\s+/g, ' '), m.text.replace(/\s+/g, ' '));
    }
    const crlf = await openUntitled('Niger\r\nand\r\nBurkina\r\nFaso');
    assert.deepStrictEqual((await api.mentions(crlf)).map((m) => m.actorId), ['niger', 'burkina-faso']);
  });

  test('a document over the size limit is left plain and says why', async () => {
    const api = await newsLens();
    const config = vscode.workspace.getConfiguration('newsLens');
    const before = config.inspect<number>('highlight.maxFileSize')?.globalValue;
    const document = await openUntitled('Niger and Mali. '.repeat(2000));
    try {
      assert.ok((await api.mentions(document)).length > 0);
      await config.update('highlight.maxFileSize', 10_000, vscode.ConfigurationTarget.Global);
      assert.strictEqual(api.skipReason(document), 'too-large');
      assert.deepStrictEqual(await api.mentions(document), []);
    } finally {
      await config.update('highlight.maxFileSize', before, vscode.ConfigurationTarget.Global);
    }
    assert.strictEqual(api.skipReason(document), undefined);
  });

  test('the toggle command turns highlighting off and on', async () => {
    await newsLens();
    const config = () => vscode.workspace.getConfiguration('newsLens');
    const before = config().inspect<boolean>('highlight.enabled')?.globalValue;
    try {
      await vscode.commands.executeCommand(Commands.toggleHighlighting, false);
      assert.strictEqual(config().get('highlight.enabled'), false);
      await vscode.commands.executeCommand(Commands.toggleHighlighting);
      assert.strictEqual(config().get('highlight.enabled'), true);
    } finally {
      await config().update('highlight.enabled', before, vscode.ConfigurationTarget.Global);
    }
  });
});

suite('Editor: the workspace fact base', function () {
  // Each test waits for file watchers several times; see waitFor.
  this.timeout(120_000);
  const FILE = 'integration-extra.facts.yaml';
  const GOOD = 'newsLens: 1\nmode: extend\nactors:\n  - id: zorblax-quint\n    name: Zorblax Quint\n    type: person\n    summary: A person made up for this test.\n';
  const BAD = 'newsLens: 1\nmode: extend\nactors:\n  - id: zorblax-quint\n    name: Zorblax: Quint\n    type: person\n';

  suiteTeardown(async () => {
    try {
      await vscode.workspace.fs.delete(workspaceUri(FILE));
    } catch {
      // already gone
    }
  });

  test('a workspace fact base extends the default, and an invalid one keeps the last good version active', async () => {
    const api = await newsLens();
    const probe = await openUntitled('Zorblax Quint met Bazoum in Niamey.');

    let changed = nextFactBaseChange(api);
    const uri = await writeWorkspaceFile(FILE, GOOD);
    await changed;
    await waitFor('the workspace actor', async () => (await api.mentions(probe)).some((m) => m.actorId === 'zorblax-quint')).catch(async (error: Error) => {
      // Say which side failed: the file's report, the search, or the load.
      const loaded = api.factBase()?.files.map(String) ?? [];
      // Taken at once, before the awaits below let another load land.
      const known = api.factBase()?.actors.some((a) => a.id === 'zorblax-quint');
      const found = (await api.mentions(probe)).map((m) => `${m.text}=${m.actorId}`);
      const searched = (await vscode.workspace.findFiles('**/*.facts.yaml', '**/node_modules/**')).map(String);
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      const problems = vscode.languages.getDiagnostics(uri).map((d) => d.message);
      const state = `actor in the fact base: ${known}; the probe's mentions: ${JSON.stringify(found)}; then stale: ${api.factBase()?.stale}, ${api.factBase()?.actors.length} actors, problems: ${JSON.stringify(problems)}`;
      throw new Error(`${error.message} (loaded: ${JSON.stringify(loaded)}; ${state}; the search finds: ${JSON.stringify(searched)}; on disk: ${JSON.stringify(text)})`);
    });
    assert.strictEqual(api.factBase()?.source, 'workspace');
    assert.ok((await api.mentions(probe)).some((m) => m.actorId === 'mohamed-bazoum'), 'the default actors stay (mode: extend)');

    changed = nextFactBaseChange(api);
    await writeWorkspaceFile(FILE, BAD);
    await changed;
    const diagnostics = await waitFor('a diagnostic on the broken line', () => {
      const list = vscode.languages.getDiagnostics(uri);
      return list.length > 0 ? list : undefined;
    });
    assert.ok(diagnostics.some((d) => d.range.start.line === 4 && d.severity === vscode.DiagnosticSeverity.Error), JSON.stringify(diagnostics.map((d) => [d.range.start.line, d.message])));
    assert.strictEqual(api.factBase()?.stale, true);
    assert.ok((await api.mentions(probe)).some((m) => m.actorId === 'zorblax-quint'), 'highlighting continues with the last good fact base');

    await writeWorkspaceFile(FILE, GOOD);
    await waitFor('the diagnostics to clear', () => vscode.languages.getDiagnostics(uri).length === 0);
    await waitFor('the fixed fact base to be active', () => api.factBase()?.stale === false);

    // A watcher may still report the last write, so wait for the state rather than the next event.
    await vscode.workspace.fs.delete(uri);
    await waitFor('the default fact base after the delete', () => api.factBase()?.source === 'default');
    assert.ok(!(await api.mentions(probe)).some((m) => m.actorId === 'zorblax-quint'));
  });

  test('colliding aliases and a YAML file that is no fact base are reported where they are', async () => {
    const api = await newsLens();
    const collide = 'newsLens: 1\nactors:\n  - id: fake-niger\n    name: Fake Niger\n    type: country\n    aliases: [Nigerien Republic, Niger]\n';
    const uri = await writeWorkspaceFile(FILE, collide);
    const notFacts = await writeWorkspaceFile('shopping.facts.yaml', 'milk: 2\neggs: 12\n');
    try {
      const onCollision = await waitFor('the duplicate-alias diagnostic', () => vscode.languages.getDiagnostics(uri).find((d) => d.code === 'duplicate-alias'));
      assert.strictEqual(onCollision.range.start.line, 5);
      await waitFor('the not-a-fact-base diagnostic', () => vscode.languages.getDiagnostics(notFacts).some((d) => d.code === 'not-a-fact-base'));
      const probe = await openUntitled('Niger and the Nigerien Republic.');
      const mentions = await api.mentions(probe);
      assert.strictEqual(mentions.find((m) => m.text === 'Niger')?.actorId, 'niger', 'the shipped actor keeps its name');
    } finally {
      await vscode.workspace.fs.delete(uri);
      await vscode.workspace.fs.delete(notFacts);
      await waitFor('the default fact base', () => api.factBase()?.source === 'default');
    }
  });

  test('an unsaved edit of an open fact base takes effect, and closing it without saving reverts', async () => {
    const api = await newsLens();
    const uri = await writeWorkspaceFile(FILE, GOOD);
    await waitFor('the workspace fact base', () => api.factBase()?.source === 'workspace');
    const probe = await openUntitled('Quux Bellamy spoke.');
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((b) => b.insert(document.positionAt(document.getText().length), '  - id: quux-bellamy\n    name: Quux Bellamy\n    type: person\n    summary: Another invented person.\n'));
    await waitFor('the unsaved actor', async () => (await api.mentions(probe)).some((m) => m.actorId === 'quux-bellamy'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor('the unsaved actor to go', async () => !(await api.mentions(probe)).some((m) => m.actorId === 'quux-bellamy'));
    await vscode.workspace.fs.delete(uri);
    await waitFor('the default fact base', () => api.factBase()?.source === 'default');
  });

  test('fact bases created, renamed, saved or deleted from VS Code load where no file watcher reports them', async () => {
    // The runner's workspace settings keep the file watcher out of unwatched/ (scripts/runIntegration.mjs).
    const api = await newsLens();
    const probe = await openUntitled('Veldra Moss wrote to Torvin Ash.');
    const actorsIn = async (): Promise<string[]> => [...new Set((await api.mentions(probe)).map((m) => m.actorId))].sort();
    const person = (id: string, name: string): string => `  - id: ${id}\n    name: ${name}\n    type: person\n    summary: Made up for this test.\n`;
    const made = workspaceUri('unwatched/editor-made.facts.yaml');
    const renamed = workspaceUri('unwatched/renamed.facts.yaml');
    const saved = workspaceUri('unwatched/saved.facts.yaml');
    const loadedFiles = (): string[] => (api.factBase()?.files ?? []).map((u) => u.toString()).sort();
    const apply = async (build: (edit: vscode.WorkspaceEdit) => void): Promise<void> => {
      const edit = new vscode.WorkspaceEdit();
      build(edit);
      assert.ok(await vscode.workspace.applyEdit(edit), 'the workspace edit applies');
    };
    try {
      await apply((e) => e.createFile(made, { contents: new TextEncoder().encode(`newsLens: 1\nactors:\n${person('veldra-moss', 'Veldra Moss')}`) }));
      await waitFor('the actor of the created file', async () => (await actorsIn()).includes('veldra-moss'));

      await apply((e) => e.renameFile(made, renamed));
      await waitFor('the renamed file to be the one loaded', () => loadedFiles().join() === renamed.toString());

      await writeWorkspaceFile('unwatched/saved.facts.yaml', 'newsLens: 1\nactors:\n');
      const document = await vscode.workspace.openTextDocument(saved);
      const editor = await vscode.window.showTextDocument(document);
      await editor.edit((b) => b.insert(document.positionAt(document.getText().length), person('torvin-ash', 'Torvin Ash')));
      assert.ok(await document.save(), 'the document saves');
      await waitFor('the actor of the saved file', async () => (await actorsIn()).join() === 'torvin-ash,veldra-moss');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await apply((e) => {
        for (const uri of [made, renamed, saved]) e.deleteFile(uri, { ignoreIfNotExists: true });
      });
    }
    await waitFor('the default fact base after the deletes', () => api.factBase()?.source === 'default');
    assert.deepStrictEqual(await actorsIn(), []);
  });

  test('a fact base that changes just after it was read is read again, though no watcher reports the change', async () => {
    // As when a file is read half-written and the watcher's one event came before the last write.
    const api = await newsLens();
    const probe = await openUntitled('Ismo Varga spoke.');
    // The premise: no watcher reports what happens in unwatched/.
    const folder = vscode.workspace.workspaceFolders![0]!;
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, 'unwatched/**'));
    const seen: string[] = [];
    const note = (what: string) => (uri: vscode.Uri) => seen.push(`${what} ${uri.path}`);
    const watching = vscode.Disposable.from(watcher, watcher.onDidCreate(note('created')), watcher.onDidChange(note('changed')), watcher.onDidDelete(note('deleted')));
    const uri = await writeWorkspaceFile('unwatched/half-written.facts.yaml', 'newsLens: 1\nmode: extend\nactors: []\n');
    try {
      await vscode.commands.executeCommand(Commands.reloadFactBase);
      assert.deepStrictEqual(
        api.factBase()?.files.map(String),
        [uri.toString()],
        'the reload found the file (the search does not depend on the watcher)',
      );
      await writeWorkspaceFile('unwatched/half-written.facts.yaml', 'newsLens: 1\nmode: extend\nactors:\n  - id: ismo-varga\n    name: Ismo Varga\n    type: person\n');
      await waitFor('the actor of the completed file', async () => (await api.mentions(probe)).some((m) => m.actorId === 'ismo-varga'));
      assert.deepStrictEqual(seen, [], 'no watcher reported the writes');
    } finally {
      watching.dispose();
      await vscode.workspace.fs.delete(uri);
      await vscode.commands.executeCommand(Commands.reloadFactBase);
    }
    assert.strictEqual(api.factBase()?.source, 'default');
  });

  test('the create command copies the default fact base into the workspace without overwriting', async () => {
    const api = await newsLens();
    const created = await vscode.commands.executeCommand<vscode.Uri | undefined>(Commands.createWorkspaceFactBase);
    assert.ok(created, 'the command returns the new file');
    try {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(created));
      assert.match(text, /^mode: replace$/m);
      await waitFor('the workspace copy to be active', () => api.factBase()?.source === 'workspace' && api.factBase()?.stale === false);
      assert.ok((api.factBase()?.actors.length ?? 0) >= 60);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(created, '..'), { recursive: true });
      await waitFor('the default fact base', () => api.factBase()?.source === 'default');
    }
  });
});

suite('Editor: switching the fact base', function () {
  // Waits for file watchers; see waitFor.
  this.timeout(120_000);
  const ALPHA = 'switch-alpha.facts.yaml';
  const BETA = 'switch-beta.facts.yaml';
  const actor = (id: string, name: string): string => `newsLens: 1\nactors:\n  - id: ${id}\n    name: ${name}\n    type: person\n    summary: Made up for this test.\n`;
  const switchTo = (choice: unknown): Thenable<unknown> => vscode.commands.executeCommand(Commands.switchFactBase, choice);

  suiteTeardown(async () => {
    await switchTo('workspace');
    for (const file of [ALPHA, BETA]) await vscode.workspace.fs.delete(workspaceUri(file)).then(undefined, () => undefined);
    const api = await newsLens();
    await waitFor('the default fact base', () => api.factBase()?.source === 'default');
  });

  test('all workspace files, one of them, or the shipped default alone; the choice survives reloads', async () => {
    const api = await newsLens();
    const probe = await openUntitled('Alpha Quorn met Beta Varn and Bazoum.');
    const actorsIn = async (): Promise<string[]> => [...new Set((await api.mentions(probe)).map((m) => m.actorId))].sort();
    const alpha = await writeWorkspaceFile(ALPHA, actor('alpha-quorn', 'Alpha Quorn'));
    await writeWorkspaceFile(BETA, actor('beta-varn', 'Beta Varn'));
    await waitFor('both workspace files', () => api.factBase()?.entries.length === 2);
    await waitFor('both actors', async () => (await actorsIn()).join() === 'alpha-quorn,beta-varn,mohamed-bazoum');
    assert.deepStrictEqual(api.factBase()?.choice, { kind: 'workspace' });

    assert.deepStrictEqual(await switchTo(alpha), { kind: 'file', uri: alpha.toString() });
    assert.deepStrictEqual(await actorsIn(), ['alpha-quorn', 'mohamed-bazoum'], 'one file, still over the default');
    assert.deepStrictEqual(api.factBase()?.files.map(String), [alpha.toString()]);
    await vscode.commands.executeCommand(Commands.reloadFactBase);
    assert.deepStrictEqual(await actorsIn(), ['alpha-quorn', 'mohamed-bazoum'], 'a reload keeps the choice');

    await switchTo('default');
    assert.strictEqual(api.factBase()?.source, 'default');
    assert.deepStrictEqual(await actorsIn(), ['mohamed-bazoum']);
    assert.strictEqual(api.factBase()?.entries.length, 2, 'the workspace files are still known, just not used');

    assert.strictEqual(await switchTo('no-such-fact-base'), undefined, 'an unknown choice changes nothing');
    assert.strictEqual(api.factBase()?.source, 'default');

    await switchTo('workspace');
    assert.deepStrictEqual(await actorsIn(), ['alpha-quorn', 'beta-varn', 'mohamed-bazoum']);
  });

  test('the parts a fact base includes are not offered as fact bases of their own', async () => {
    const api = await newsLens();
    const main = await writeWorkspaceFile(ALPHA, 'newsLens: 1\ninclude: [switch-beta.facts.yaml]\n');
    const part = await writeWorkspaceFile(BETA, 'actors:\n  - id: beta-varn\n    name: Beta Varn\n    type: person\n    summary: Made up for this test.\n');
    // The files of the test before had these names: wait for the new contents to be loaded.
    await waitFor('the part to be seen as included', () => api.factBase()?.entries.length === 1);
    assert.deepStrictEqual(api.factBase()?.entries.map(String), [main.toString()]);
    assert.ok(api.factBase()?.actors.some((a) => a.id === 'beta-varn'), 'the included actor is loaded');
    assert.strictEqual(await switchTo(part), undefined, 'a part is not a fact base to switch to');
    assert.deepStrictEqual(await switchTo(main), { kind: 'file', uri: main.toString() });
    assert.ok(api.factBase()?.actors.some((a) => a.id === 'beta-varn'), 'the chosen file brings its parts');
    assert.strictEqual(api.factBase()?.stale, false);
    await switchTo('workspace');
  });

  test('a chosen file that is deleted falls back to every workspace file', async () => {
    const api = await newsLens();
    const alpha = await writeWorkspaceFile(ALPHA, actor('alpha-quorn', 'Alpha Quorn'));
    await writeWorkspaceFile(BETA, actor('beta-varn', 'Beta Varn'));
    await waitFor('both workspace files', () => api.factBase()?.entries.length === 2);
    await switchTo(alpha);
    await vscode.workspace.fs.delete(alpha);
    await waitFor('the other file', () => api.factBase()?.files.some((f) => f.path.endsWith(BETA)));
    assert.deepStrictEqual(api.factBase()?.choice, { kind: 'workspace' });
  });
});
