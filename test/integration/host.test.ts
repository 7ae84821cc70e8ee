import * as assert from 'assert';
import * as vscode from 'vscode';
import { ExtensionId } from '../../src/vscode/ids';
import { newsLens } from './helpers';

/** Set to "web" by the web build of this suite (scripts/build.mjs); absent in the Node build. */
declare const NEWS_LENS_TEST_HOST: string | undefined;
const expectedHost = typeof NEWS_LENS_TEST_HOST === 'undefined' ? 'node' : NEWS_LENS_TEST_HOST;

suite('Extension host', () => {
  test(`the suite runs in the ${expectedHost === 'web' ? 'web worker' : 'Node'} extension host it was built for`, () => {
    const hasProcess = typeof process !== 'undefined';
    const extensionUri = vscode.extensions.getExtension(ExtensionId)?.extensionUri;
    console.log(`      host: ${hasProcess ? 'Node' : 'web worker'}, uiKind ${vscode.UIKind[vscode.env.uiKind]}, extension at ${extensionUri?.scheme}:`);
    if (expectedHost === 'web') {
      // vscode.dev's host: a browser worker, where Node's `process` does not exist.
      assert.strictEqual(vscode.env.uiKind, vscode.UIKind.Web);
      assert.strictEqual(hasProcess, false, 'a web worker has no `process`');
      assert.strictEqual(typeof (globalThis as { importScripts?: unknown }).importScripts, 'function', 'a worker global scope');
    } else {
      assert.strictEqual(hasProcess && typeof process.versions.node, 'string', 'the Node host has `process`');
    }
  });

  test('the extension activates there and reads the shipped fact base through vscode.workspace.fs', async () => {
    const api = await newsLens();
    const extension = vscode.extensions.getExtension(ExtensionId);
    assert.ok(extension);
    const shipped = vscode.Uri.joinPath(extension.extensionUri, 'facts', 'niger-crisis.facts.yaml');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(shipped));
    assert.match(text, /^newsLens: 1$/m);
    assert.ok((api.factBase()?.actors.length ?? 0) >= 100, 'the shipped actors are loaded');
    assert.strictEqual(api.factBase()?.source, 'default');
  });
});
