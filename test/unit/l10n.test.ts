import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as l10n from '@vscode/l10n';

const root = join(__dirname, '..', '..');
const readJson = <T>(...path: string[]): T => JSON.parse(readFileSync(join(root, ...path), 'utf8')) as T;
type Bundle = Record<string, string | { message: string; comment: string[] }>;
const text = (value: Bundle[string] | undefined): string => (typeof value === 'object' ? value.message : (value ?? ''));

const manifest = readJson<unknown>('package.json');
const nls = readJson<Bundle>('package.nls.json');
const nlsFr = readJson<Bundle>('package.nls.fr.json');
const bundle = readJson<Bundle>('l10n', 'bundle.l10n.json');
const bundleFr = readJson<Bundle>('l10n', 'bundle.l10n.fr.json');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** Every string value of the manifest that is a whole `%key%`. */
function manifestKeys(value: unknown): string[] {
  if (typeof value === 'string') return /^%([^%\s]+)%$/.exec(value)?.slice(1) ?? [];
  if (Array.isArray(value)) return value.flatMap(manifestKeys);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(manifestKeys);
  return [];
}

const placeholders = (s: string): string[] => (s.match(/\{\d+\}/g) ?? []).sort();

const LITERAL = String.raw`'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"`;

function unescape(body: string): string {
  return body.replace(/\\u\{?([0-9a-fA-F]+)\}?|\\(.)/g, (_, hex: string | undefined, c: string) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : ({ n: '\n', t: '\t' } as Record<string, string>)[c] ?? c,
  );
}

/** First arguments of `l10n.t('…')` calls with a literal message. */
function l10nKeys(source: string): string[] {
  return [...source.matchAll(new RegExp(String.raw`\bl10n\.t\(\s*(${LITERAL})`, 'g'))].map((m) => unescape(m[1]!.slice(1, -1)));
}

/** The index just after the string or template literal that starts at `i`. */
function skipLiteral(src: string, i: number): number {
  const quote = src[i];
  let j = i + 1;
  while (j < src.length && src[j] !== quote) {
    if (src[j] === '\\') j += 2;
    else if (quote === '`' && src.startsWith('${', j)) j = closing(src, j + 1) + 1;
    else if (quote !== '`' && src[j] === '\n') break;
    else j++;
  }
  return j + 1;
}

/** The index of the bracket that closes the one at `open` (`{` or `(`), skipping literals. */
function closing(src: string, open: number): number {
  const [opener, closer] = src[open] === '(' ? ['(', ')'] : ['{', '}'];
  let depth = 0;
  for (let k = open; k < src.length; ) {
    const c = src[k]!;
    if (c === "'" || c === '"' || c === '`') {
      k = skipLiteral(src, k);
      continue;
    }
    if (c === opener) depth++;
    else if (c === closer && --depth === 0) return k;
    k++;
  }
  return src.length;
}

/** The string and template literals in `src[from, to)`, with a template's `${…}` left out of its text (and scanned itself). */
function literals(src: string, from = 0, to = src.length): { at: number; raw: string; text: string }[] {
  const found: { at: number; raw: string; text: string }[] = [];
  for (let i = from; i < to; ) {
    const c = src[i]!;
    if (c !== "'" && c !== '"' && c !== '`') {
      i++;
      continue;
    }
    const end = Math.min(skipLiteral(src, i), to);
    let text = '';
    for (let j = i + 1; j < end - 1; ) {
      if (c === '`' && src.startsWith('${', j)) {
        const close = closing(src, j + 1);
        found.push(...literals(src, j + 2, close));
        j = close + 1;
      } else text += src[j++];
    }
    found.push({ at: i, raw: src.slice(i, end), text: unescape(text) });
    i = end;
  }
  return found;
}

/** Text a user could read: has a letter and is not a codicon, an id or a command id. */
function readable(value: string): boolean {
  const plain = value.replace(/\$\{[^}]*\}/g, '');
  if (!/\p{L}/u.test(plain)) return false;
  if (/^\s*(\$\([\w~-]+\)\s*)+$/.test(plain)) return false;
  return !/^[\w-]+(\.[\w-]+)+$/.test(plain);
}


const CALLS = /\b(?:show(?:Information|Warning|Error)Message|setStatusBarMessage|withProgress|showInputBox|showQuickPick|createQuickPick|createInputBox|showOpenDialog|showSaveDialog|createWebviewPanel|new vscode\.(?:TreeItem|CodeAction|Diagnostic|DocumentSymbol|SymbolInformation))\s*\(/g;
const PROPERTIES = /(?:\b|\.)(?:label|description|detail|tooltip|title|prompt|placeHolder|placeholder|message|text|openLabel|saveLabel|validationMessage)\s*[:=]\s*(?=['"`])/g;
const L10N_CALL = /\bl10n\.t\(/g;

/** User-facing string literals that do not go through `vscode.l10n.t`, as `line: literal`. */
function unlocalised(source: string): string[] {
  const blank = (m: string): string => m.replace(/[^\n]/g, ' ');
  let code = source.replace(/\/\*[\s\S]*?\*\//g, blank).replace(/(^|\s)\/\/.*$/gm, blank);
  // What goes through l10n.t is localised: blank those calls out, arguments and all.
  for (const m of [...code.matchAll(L10N_CALL)].reverse()) {
    const close = closing(code, m.index + m[0].length - 1);
    code = code.slice(0, m.index) + blank(code.slice(m.index, close + 1)) + code.slice(close + 1);
  }
  const found = new Map<number, string>();
  const collect = (from: number, to: number): void => {
    for (const l of literals(code, from, to)) if (readable(l.text)) found.set(l.at, l.raw);
  };
  for (const call of code.matchAll(CALLS)) {
    const open = call.index + call[0].length - 1;
    // Callbacks (withProgress's task, map functions) are code, not text: stop at the first arrow.
    const args = code.slice(open + 1, closing(code, open));
    collect(open + 1, open + 1 + args.split('=>')[0]!.length);
  }
  for (const m of code.matchAll(PROPERTIES)) {
    const at = m.index + m[0].length;
    collect(at, skipLiteral(code, at));
  }
  const lineOf = (at: number): number => code.slice(0, at).split('\n').length;
  return [...found].sort(([a], [b]) => a - b).map(([at, raw]) => `${lineOf(at)}: ${raw}`);
}

describe('localisation', () => {
  it('package.nls.json and package.nls.fr.json have the same keys, and package.json uses only known keys', () => {
    assert.deepEqual(Object.keys(nlsFr).sort(), Object.keys(nls).sort());
    assert.deepEqual(manifestKeys(manifest).filter((k) => !(k in nls)), []);
    assert.deepEqual(Object.keys(nls).filter((k) => !manifestKeys(manifest).includes(k)), [], 'unused keys in package.nls.json');
  });

  it('the French bundle has exactly the keys of the English bundle', () => {
    assert.deepEqual(Object.keys(bundleFr).sort(), Object.keys(bundle).sort());
  });

  it('every vscode.l10n.t literal in src/ is a key of bundle.l10n.json', () => {
    const missing = sourceFiles(join(root, 'src')).flatMap((file) => l10nKeys(readFileSync(file, 'utf8')).filter((k) => !(k in bundle)).map((k) => `${file}: ${k}`));
    assert.deepEqual(missing, [], 'run: npx @vscode/l10n-dev export --outDir ./l10n ./src');
  });

  it('French strings keep the placeholders of the English ones, and none is empty', () => {
    for (const [en, fr] of [[nls, nlsFr], [bundle, bundleFr]] as const) {
      for (const key of Object.keys(en)) {
        assert.ok(text(fr[key]).trim(), `no French for ${key}`);
        assert.deepEqual(placeholders(text(fr[key])), placeholders(text(en[key])), `placeholders of ${key}`);
      }
    }
  });

  it('leaves no user-facing string literal in src/vscode outside vscode.l10n.t', () => {
    const left = sourceFiles(join(root, 'src', 'vscode')).flatMap((file) => unlocalised(readFileSync(file, 'utf8')).map((l) => `${file.slice(root.length + 1)}:${l}`));
    assert.deepEqual(left, []);
  });

  it('the literal check catches what it should and lets ids, codicons and data pass', () => {
    assert.deepEqual(unlocalised(`vscode.window.showInformationMessage('Hello');`), ["1: 'Hello'"]);
    assert.deepEqual(unlocalised(`void vscode.window.showErrorMessage(vscode.l10n.t('Failed: {0}', why), 'Retry');`), ["1: 'Retry'"]);
    assert.deepEqual(unlocalised(`const p = vscode.window.showInputBox({\n  title: t,\n  prompt: \`Name of \${x}\` });`), ['3: `Name of ${x}`']);
    assert.deepEqual(unlocalised(`item.tooltip = "Hover me";\nitem.description = \`\${count} ×\`;`), ['1: "Hover me"']);
    assert.deepEqual(unlocalised(`withProgress({ title: 'Working' }, async () => run('editor.action.x', 'Not text'));`), ["1: 'Working'"]);
    assert.deepEqual(
      unlocalised(`item.text = \`$(eye) \${vscode.l10n.t('On')}\`;\nexecuteCommand('setContext', 'newsLens.on', true);\nnew vscode.TreeItem(node.label, collapsed);\n// label: 'in a comment'`),
      [],
    );
  });

  it('loads the French bundles through @vscode/l10n: UI strings come out in French with placeholders filled', () => {
    try {
      l10n.config({ contents: bundleFr });
      assert.equal(l10n.t('Reload Fact Base'), 'Recharger la base de faits');
      assert.equal(l10n.t('{0} · {1} actors', l10n.t('Default'), 12), 'Base fournie · 12\u00a0acteurs');
      assert.equal(
        l10n.t('News Lens: {0} actors mentioned here. Fact base: {1}, {2} actors, {3} relations. Click to switch or open it.', 3, l10n.t('the shipped default (2023 Niger coup crisis)'), 112, 266),
        'News Lens\u00a0: 3\u00a0acteurs mentionnés ici. Base de faits\u00a0: la base fournie (crise du coup d’État au Niger, 2023), 112\u00a0acteurs, 266\u00a0relations. Cliquez pour en changer ou l’ouvrir.',
      );
      assert.equal(l10n.t('Delete the note “{0}”?', 'coup'), 'Supprimer la note «\u00a0coup\u00a0»\u00a0?');
      assert.equal(l10n.t('Exported {0} articles to {1}.', 7, 'exports'), '7\u00a0articles exportés dans exports.');
      l10n.config({ contents: nlsFr });
      assert.equal(l10n.t('command.annotate.title'), 'Annoter la sélection…');
      assert.equal(l10n.t('view.relationships.name'), 'Relations');
    } finally {
      l10n.config({ contents: {} });
    }
  });
});
