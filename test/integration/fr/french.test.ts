// The French UI, checked inside a real extension host whose display language is French (see
// index.ts): VS Code itself picks package.nls.fr.json for the manifest and l10n/bundle.l10n.fr.json
// for vscode.l10n.t, and core's text goes through vscode.l10n.t. Nothing here configures a
// translator: without those files, or in an English host, every check below reads English and fails.
import * as assert from 'assert';
import * as vscode from 'vscode';
import manifest from '../../../package.json';
import nls from '../../../package.nls.json';
import nlsFr from '../../../package.nls.fr.json';
import { ExtensionId } from '../../../src/vscode/ids';
import { hoverText, newsLens, openArticle, positionOf, waitFor, workspaceUri, writeWorkspaceFile } from '../helpers';

type Messages = Record<string, string | { message: string }>;
const message = (bundle: Messages, key: string): string | undefined => {
  const value = bundle[key];
  return typeof value === 'object' ? value.message : value;
};

/**
 * What VS Code shows for a resolved manifest string: command titles and categories become
 * `{ value, original }` (the localised text and the English one, which the palette also searches).
 */
const shown = (value: unknown): unknown => (typeof value === 'object' && value !== null && 'value' in value ? value.value : value);
const original = (value: unknown): unknown => (typeof value === 'object' && value !== null && 'original' in value ? value.original : undefined);

/** Every `%key%` of the manifest, with its path, and the value VS Code resolved there. */
function localisedStrings(raw: unknown, resolved: unknown, path = ''): { path: string; key: string; value: unknown }[] {
  if (typeof raw === 'string') {
    const key = /^%([^%\s]+)%$/.exec(raw)?.[1];
    return key ? [{ path, key, value: resolved }] : [];
  }
  if (typeof raw !== 'object' || raw === null) return [];
  const other = (typeof resolved === 'object' && resolved !== null ? resolved : {}) as Record<string, unknown>;
  return Object.entries(raw).flatMap(([k, v]) => localisedStrings(v, other[k], `${path}/${k}`));
}

suite('French UI (host started with --locale fr)', () => {
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the host runs in French', () => {
    assert.strictEqual(vscode.env.language, 'fr');
  });

  test('VS Code resolves the manifest from package.nls.fr.json', () => {
    const extension = vscode.extensions.getExtension(ExtensionId);
    assert.ok(extension);
    const json = extension.packageJSON as typeof manifest;
    const toggle: unknown = json.contributes.commands.find((c) => c.command === 'newsLens.toggleHighlighting')?.title;
    assert.deepStrictEqual(toggle, { value: 'Activer/désactiver le surlignage des acteurs', original: 'Toggle Actor Highlighting' });
    const relationships: unknown = json.contributes.views.newsLens.find((v) => v.id === 'newsLens.relationships')?.name;
    assert.strictEqual(relationships, 'Relations');
    const strings = localisedStrings(manifest, json);
    assert.ok(strings.length > 50, `only ${strings.length} %keys% in package.json`);
    // Each string is the French one, or the English one where French has none (VS Code's fallback).
    const wrong = strings.filter(({ key, value }) => {
      const english = original(value);
      return shown(value) !== (message(nlsFr, key) ?? message(nls, key)) || (english !== undefined && english !== message(nls, key));
    });
    assert.deepStrictEqual(wrong, []);
    const french = strings.filter(({ key }) => message(nlsFr, key) !== undefined && message(nlsFr, key) !== message(nls, key));
    assert.ok(french.length > 50, `only ${french.length} strings differ from English`);
  });

  test('vscode.l10n.t reads l10n/bundle.l10n.fr.json', async () => {
    await newsLens(); // VS Code loads an extension's bundle when it activates
    assert.match(vscode.l10n.uri?.path ?? '(no bundle)', /\/l10n\/bundle\.l10n\.fr\.json$/);
    assert.strictEqual(vscode.l10n.t('Show Supporting Sentence'), 'Afficher la phrase à l’appui');
    assert.strictEqual(vscode.l10n.t('Relations on {0}', '28 juil. 2023'), 'Relations à la date\u00a0: 28 juil. 2023');
  });

  test('the hover card over an article is in French', async () => {
    await newsLens();
    const { document } = await openArticle('coup-in-niamey.news');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, 'Bazoum', 1));
    const text = hoverText(hovers);
    assert.match(text, /\*\*Mohamed Bazoum\*\* · Personne\n/, text);
    assert.match(text, /\nAnciennement President of Niger \(jusqu’à 26 juil\\\. 2023\)\n/, text);
    assert.match(text, /\n\*\*Faits\*\*\n/, text);
    assert.match(text, /\n\*\*Relations à la date\u00a0: 28 juil\\\. 2023\*\*\n/, text);
    assert.match(text, /\nMentionné \d+\u00a0fois dans ce document\n/, text);
    assert.match(text, /\[\$\(references\) Trouver toutes les mentions\]\(command:newsLens\.findAllMentions\?/, text);
  });

  test('fact base problems are reported in French', async () => {
    const api = await newsLens();
    const file = 'fr-missing-name.facts.yaml';
    const uri = await writeWorkspaceFile(file, 'newsLens: 1\nactors:\n  - id: tiani\n    type: person\n');
    try {
      const diagnostic = await waitFor('the missing-name diagnostic', () => vscode.languages.getDiagnostics(uri)[0]);
      assert.strictEqual(
        diagnostic.message,
        '`name` manquant\u00a0: chaque acteur en a besoin (par ex. `name: Niger`). News Lens ne charge pas cet acteur tant que ce champ manque.',
      );
    } finally {
      await vscode.workspace.fs.delete(workspaceUri(file));
      await waitFor('the diagnostics to clear', () => vscode.languages.getDiagnostics(uri).length === 0);
      await waitFor('the default fact base', () => api.factBase()?.source === 'default');
    }
  });

  test('the Relationships view groups and relation types are in French', async () => {
    const api = await newsLens();
    const roots = api.relationshipNodes();
    const groups = roots.flatMap((n) => (n.kind === 'group' ? [n.label] : []));
    for (const label of ['Personnes', 'Pays', 'Organisations', 'Groupes armés', 'Lieux']) {
      assert.ok(groups.includes(label), `${label} is missing from ${groups.join(', ')}`);
    }
    const niger = roots.find((n) => n.kind === 'actor' && n.actor.id === 'niger');
    assert.ok(niger, 'Niger is a top-level node');
    const types = api.relationshipNodes(niger).flatMap((n) => (n.kind === 'relationType' ? [n.label] : []));
    for (const label of ['allié à', 'membre de', 'sanctionne']) {
      assert.ok(types.includes(label), `${label} is missing from ${types.join(', ')}`);
    }
  });
});
