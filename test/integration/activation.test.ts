import * as assert from 'assert';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';
import { ExtensionId } from '../../src/vscode/ids';

suite('Activation', () => {
  test('the extension is present in the extension host', () => {
    const extension = vscode.extensions.getExtension(ExtensionId);
    assert.ok(extension, `${ExtensionId} is not loaded`);
  });

  test('activate() returns the API, whose version is the package version', async () => {
    const extension = vscode.extensions.getExtension<NewsLensApi>(ExtensionId);
    assert.ok(extension);
    const api = await extension.activate();
    assert.strictEqual(extension.isActive, true);
    assert.strictEqual(api.version, (extension.packageJSON as { version: string }).version);
  });

  test('a .news file from the workspace opens with languageId "news"', async () => {
    const [uri] = await vscode.workspace.findFiles('**/*.news', undefined, 1);
    assert.ok(uri, 'the workspace (a copy of samples/) should contain a .news file');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    try {
      assert.strictEqual(document.languageId, 'news');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  });
});
