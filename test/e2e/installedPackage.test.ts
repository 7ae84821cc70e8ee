import * as assert from 'assert';
import { readdirSync, readFileSync } from 'fs';
import { basename, join } from 'path';
import { e2eSession } from './session';
import { useWorkbench } from './workbench';

/** The first sample article (by path) in the workspace, a copy of samples/. */
function firstArticle(workspace: string): { name: string; firstLine: string } {
  const path = readdirSync(workspace, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.news'))
    .sort()[0];
  assert.ok(path, `samples/ should contain a .news file (looked in ${workspace})`);
  const firstLine = readFileSync(join(workspace, path), 'utf8').split(/\r?\n/).find((line) => line.trim()) ?? '';
  return { name: basename(path), firstLine: firstLine.trim() };
}

suite('The installed .vsix in VS Code', () => {
  const workbench = useWorkbench();

  test('the workbench opens the samples folder', async () => {
    const { workspace } = e2eSession();
    const entries = readdirSync(workspace);
    const labels = await workbench().explorerLabels();
    assert.ok(labels.length > 0, 'the Explorer shows no files');
    for (const label of labels) assert.ok(entries.includes(label), `"${label}" is not in samples/`);
  });

  test('a sample article opens through Quick Open as a News Article', async () => {
    const article = firstArticle(e2eSession().workspace);

    await workbench().quickOpen(article.name);

    const text = await workbench().editorText();
    const expected = article.firstLine.slice(0, 40);
    assert.ok(text.includes(expected), `the editor should show "${expected}"; it shows:\n${text}`);
    assert.strictEqual(await workbench().statusBarLanguage(), 'News Article');
    await workbench().screenshot('news-article-open');
  });

  test('the extension runs from the installed package', async () => {
    const { extension, workspace } = e2eSession();
    await workbench().quickOpen(firstArticle(workspace).name); // opening an article activates it
    await workbench().runCommand('Developer: Show Running Extensions');
    const row = workbench().treeRow(extension.id.split('.')[1] ?? extension.id, '.runtime-extensions-editor');
    await row.waitFor();
    assert.strictEqual((await row.locator('.name').innerText()).trim(), 'News Lens');
    assert.strictEqual((await row.locator('.version').innerText()).trim(), extension.version);
    assert.match(await row.locator('.activation-time').innerText(), /Activation/);
    await workbench().screenshot('running-extensions');
  });
});
