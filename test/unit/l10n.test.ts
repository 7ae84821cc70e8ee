import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as l10n from '@vscode/l10n';
import { buildRelationGraph } from '../../src/core/graph';
import { graphLabels, nodeDescription } from '../../src/core/graphLabels';
import { graphSummary } from '../../src/core/graphView';
import { renderHoverCard } from '../../src/core/hoverCard';
import { currentLanguage, fillPlaceholders, pluralIsOne, useTranslator } from '../../src/core/l10n';
import { formatDate } from '../../src/core/dates';
import { parseFactFile } from '../../src/core/factBase/load';
import { displayTypeLabel } from '../../src/core/factBase/vocabulary';
import { relationDates, treeRoots } from '../../src/core/relationTree';
import { actor, fact, factBase, relation, role } from './fixtures/factBaseBuilder';

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

const PLURAL_FORMS = new RegExp(String.raw`^l10n\.plural\(\s*[^,{}]+,\s*\{\s*one:\s*(${LITERAL})\s*,\s*other:\s*(${LITERAL})\s*,?\s*\}`);

/**
 * The forms of each `l10n.plural(count, { one: '…', other: '…' }, …)` call in `source`, in order;
 * undefined for a call whose forms are not written there as literals (its keys could not be checked).
 */
function pluralForms(source: string): ({ one: string; other: string } | undefined)[] {
  return [...source.matchAll(/\bl10n\.plural\(/g)].map((m) => {
    const forms = PLURAL_FORMS.exec(source.slice(m.index));
    return forms ? { one: unescape(forms[1]!.slice(1, -1)), other: unescape(forms[2]!.slice(1, -1)) } : undefined;
  });
}

/** First arguments of `l10n.t('…')` calls with a literal message, and both forms of `l10n.plural(n, { one: '…', other: '…' })`. */
function l10nKeys(source: string): string[] {
  const single = [...source.matchAll(new RegExp(String.raw`\bl10n\.t\(\s*(${LITERAL})`, 'g'))].map((m) => unescape(m[1]!.slice(1, -1)));
  return [...single, ...pluralForms(source).flatMap((forms) => (forms ? [forms.one, forms.other] : []))];
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
const L10N_CALL = /\bl10n\.(?:t|plural)\(/g;

/** `source` with comments and whole `l10n.t(…)` calls blanked out (what goes through l10n.t is localised), lines kept. */
function withoutL10nCalls(source: string): string {
  const blank = (m: string): string => m.replace(/[^\n]/g, ' ');
  let code = source.replace(/\/\*[\s\S]*?\*\//g, blank).replace(/(^|\s)\/\/.*$/gm, blank);
  for (const m of [...code.matchAll(L10N_CALL)].reverse()) {
    const close = closing(code, m.index + m[0].length - 1);
    code = code.slice(0, m.index) + blank(code.slice(m.index, close + 1)) + code.slice(close + 1);
  }
  return code;
}

/** User-facing string literals that do not go through `vscode.l10n.t`, as `line: literal`. */
function unlocalised(source: string): string[] {
  const code = withoutL10nCalls(source);
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

/** `source` with comments and regular expression literals blanked out (a quote in a regex is no string), lines kept. */
function withoutRegexes(source: string): string {
  const blank = (m: string): string => m.replace(/[^\n]/g, ' ');
  // Code from `i` up to the end, or to the `}` closing a template's `${` when `inner`: [text, index of the stop].
  const code = (i: number, inner: boolean): [string, number] => {
    let out = '';
    for (let depth = 0; i < source.length; ) {
      const c = source[i]!;
      if (inner && c === '}' && depth === 0) break;
      if (c === '`') {
        const [text, end] = template(i);
        out += text;
        i = end;
        continue;
      }
      let end = i + 1;
      if (c === "'" || c === '"') end = skipLiteral(source, i);
      else if (source.startsWith('//', i)) end = source.indexOf('\n', i) < 0 ? source.length : source.indexOf('\n', i);
      else if (source.startsWith('/*', i)) end = source.indexOf('*/', i) < 0 ? source.length : source.indexOf('*/', i) + 2;
      else if (c === '/' && /(?:^|[(,=:[!&|?{};]|\breturn)$/.test(out.trimEnd())) {
        // A slash where a value starts opens a regex: it ends at the next unescaped slash outside [...].
        for (let inClass = false; end < source.length && source[end] !== '\n' && (inClass || source[end] !== '/'); end++) {
          if (source[end] === '\\') end++;
          else if (source[end] === '[') inClass = true;
          else if (source[end] === ']') inClass = false;
        }
        end++;
        while (/[a-z]/.test(source[end] ?? '')) end++;
      } else if (c === '{') depth++;
      else if (c === '}') depth--;
      const piece = source.slice(i, end);
      out += c === '/' && end > i + 1 ? blank(piece) : piece;
      i = end;
    }
    return [out, i];
  };
  // A template literal from its opening backtick, its `${…}` scanned as code: [text, index after it].
  const template = (i: number): [string, number] => {
    let out = '`';
    let j = i + 1;
    while (j < source.length && source[j] !== '`') {
      if (source[j] === '\\') {
        out += source.slice(j, j + 2);
        j += 2;
      } else if (source.startsWith('${', j)) {
        const [inner, end] = code(j + 2, true);
        out += `\${${inner}}`;
        j = end + 1;
      } else out += source[j++];
    }
    return [`${out}\``, j + 1];
  };
  return code(0, false)[0];
}

/**
 * Literals that read as English (two words in a row, a capitalised word, or a word after a
 * placeholder as in `${n} more`) outside `l10n.t`, as
 * `line: literal`. Core and the graph page build text for people in many shapes (problem
 * messages, refusals, Markdown, labels), so every literal counts; `[…]`/`{…}` YAML examples pass.
 */
function englishProse(source: string): string[] {
  const code = withoutL10nCalls(withoutRegexes(source));
  const lineOf = (at: number): number => code.slice(0, at).split('\n').length;
  return literals(code)
    .filter((l) => !/^\s*[[{]/.test(l.text) && (/\p{L}{2,} +\p{L}{2,}/u.test(l.text) || /(?:^|[^\p{L}])\p{Lu}\p{Ll}+/u.test(l.text) || /\} +\p{L}{2,}/u.test(l.raw)))
    .sort((a, b) => a.at - b.at)
    .map((l) => `${lineOf(l.at)}: ${l.raw}`);
}

// Text in src/core and src/webview left in English on purpose: a whole file, or the literals listed.
const NOT_LOCALISED: Readonly<Record<string, 'all' | readonly string[]>> = {
  // Export formats: brat and W3C Web Annotation files are read by other tools (the collection's
  // label included), and validateBrat's findings are for the export tests.
  'src/core/export/brat.ts': 'all',
  'src/core/export/w3c.ts': 'all',
  // The starter fact base is a file in the user's repository; its comments document the format's English keys.
  'src/core/edits/template.ts': 'all',
  // Stop words the name finder skips in English and French articles: vocabulary it reads, not text it shows.
  'src/core/unknownNames.ts': 'all',
  // The built-in type labels are data a loaded fact base carries (displayTypeLabel shows them
  // localised); `Niger` is the example actor name the shipped fact base uses.
  'src/core/factBase/vocabulary.ts': ["'Person'", "'Country'", "'Organization'", "'Armed group'", "'Place'", "'Niger'"],
  // Graphviz and Mermaid output of `news-lens graph`, machine formats.
  'src/core/graph.ts': [`'digraph "News Lens" {'`, "'flowchart LR'"],
  // cytoscape's class and event names.
  'src/webview/graphCanvas.ts': ["'faded labelled'", "'dragfree viewport'"],
  // A bug in graphHtml.ts, not a message for users: the page's ids are fixed.
  'src/webview/dom.ts': ['`the graph page lacks #${id}`'],
};

/** englishProse over the .ts files under `dir`, minus NOT_LOCALISED, as `path:line: literal`. */
function englishLeftIn(...dir: string[]): string[] {
  return sourceFiles(join(root, ...dir)).flatMap((file) => {
    const path = file.slice(root.length + 1).replace(/\\/g, '/');
    const allowed = NOT_LOCALISED[path] ?? [];
    if (allowed === 'all') return [];
    return englishProse(readFileSync(file, 'utf8'))
      .filter((found) => !allowed.includes(found.slice(found.indexOf(': ') + 2)))
      .map((found) => `${path}:${found}`);
  });
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
    // l10n-dev reads only files that import vscode or @vscode/l10n, so it misses src/core: add core's keys by hand.
    assert.deepEqual(missing, [], 'add the keys to l10n/bundle.l10n.json (l10n-dev export sees src/vscode only, and rewrites the file without src/core keys)');
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

  it('every l10n.plural call writes its one and other forms as literals, so their keys are checked', () => {
    const hidden = sourceFiles(join(root, 'src')).flatMap((file) =>
      pluralForms(readFileSync(file, 'utf8')).flatMap((forms, i) => (forms ? [] : [`${file.slice(root.length + 1)}: l10n.plural call ${i + 1}`])),
    );
    assert.deepEqual(hidden, []);
  });

  it('the key extraction reads both forms of l10n.plural, and the literal check lets them pass', () => {
    assert.deepEqual(
      l10nKeys(`vscode.l10n.t('Hi');\nitem.description = l10n.plural(n, { one: '{0} cat', other: "{0} cats" }, n);\nl10n.plural(\n  items.length,\n  { one: 'It\\'s {0}', other: 'They\\'re {0}' },\n  items.length,\n);`),
      ['Hi', '{0} cat', '{0} cats', "It's {0}", "They're {0}"],
    );
    assert.deepEqual(pluralForms(`l10n.plural(n, forms, n); l10n.plural(n, { one: '{0} cat', other: '{0} cats' }, n);`), [undefined, { one: '{0} cat', other: '{0} cats' }]);
    assert.deepEqual(unlocalised(`item.description = l10n.plural(n, { one: '{0} Note', other: '{0} Notes' }, n);\nitem.tooltip = 'Left over';`), ["2: 'Left over'"]);
    assert.deepEqual(englishProse(`return l10n.plural(count, { one: 'Mentioned {0} time', other: 'Mentioned {0} times' }, count);`), []);
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
      assert.equal(l10n.t('News Lens: {0} actors mentioned here.', 3), 'News Lens\u00a0: 3\u00a0acteurs mentionnés ici.');
      assert.equal(
        l10n.t('Fact base: {0}, {1}, {2}. Click to switch or open it.', l10n.t('the shipped default (2023 Niger coup crisis)'), l10n.t('{0} actors', 112), l10n.t('{0} relations', 266)),
        'Base de faits\u00a0: la base fournie (crise du coup d’État au Niger, 2023), 112\u00a0acteurs, 266\u00a0relations. Cliquez pour en changer ou l’ouvrir.',
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

describe('localisation of core and the graph page', () => {
  it('has every l10n.t literal of src/core and src/webview in both bundles', () => {
    const keys = ['core', 'webview'].flatMap((dir) => sourceFiles(join(root, 'src', dir)).flatMap((file) => l10nKeys(readFileSync(file, 'utf8'))));
    assert.ok(keys.length > 200, `only ${keys.length} l10n.t calls found in src/core`);
    assert.deepEqual(keys.filter((k) => !(k in bundle) || !(k in bundleFr)), [], 'add them to both bundles by hand: l10n-dev export does not read src/core');
  });

  it('leaves no English text in src/core or src/webview outside l10n.t, but what is listed with a reason', () => {
    assert.deepEqual([...englishLeftIn('src', 'core'), ...englishLeftIn('src', 'webview')], []);
  });

  it('the prose check catches sentences, words and Markdown, and lets codes, ids and YAML examples pass', () => {
    assert.deepEqual(englishProse(`report(ctx, 'error', 'duplicate-id', \`The id \${id} is taken.\`, file, range);`), ['1: `The id ${id} is taken.`']);
    assert.deepEqual(englishProse(`return { ok: false, problem: 'nothing was changed' };\nsection('Facts', lines);`), ["1: 'nothing was changed'", "2: 'Facts'"]);
    assert.deepEqual(englishProse(`const title = \`**\${l10n.t('Relations on {0}', day)}**\`;\nreturn hidden > 0 ? [\`- \\\\+\${hidden} more\`] : [];`), ['2: `- \\\\+${hidden} more`']);
    assert.deepEqual(
      englishProse(`r.report('error', 'wrong-type', l10n.t('\`{0}\` must be text.', key), node);\nr.list(f.get('roles'), '[{ title: President of Niger }]');\nconst id = \`\${base}-\${n}\`;\n// 'Not text'\nimport { x } from './factBase/vocabulary';`),
      [],
    );
  });

  it('fills placeholders in English when no translator is installed', () => {
    assert.equal(fillPlaceholders('{1} before {0}, {0} again, {2} kept', 'a', 2), '2 before a, a again, {2} kept');
    assert.equal(fillPlaceholders('`{ text: …, case: … }` is no placeholder'), '`{ text: …, case: … }` is no placeholder');
  });

  it('speaks French once the French bundle is installed as core’s translator, and English again after', () => {
    const fb = factBase({
      actors: [
        actor({
          id: 'mohamed-bazoum',
          type: 'person',
          roles: [role({ title: 'President of Niger', of: 'niger', since: '2021-04-02', until: '2023-07-26' })],
          facts: [fact({ statement: 'Detained by the presidential guard.', date: '2023-07-26' })],
        }),
        actor({ id: 'niger' }),
        actor({ id: 'wagner', name: 'Wagner Group', type: 'armed-group' }),
      ],
      relations: [
        relation({ from: 'mohamed-bazoum', to: 'niger', type: 'leads', since: '2021-04-02', until: '2023-07-26' }),
        relation({ from: 'wagner', to: 'mohamed-bazoum', type: 'opposes', since: '2023-08' }),
      ],
    });
    const graph = buildRelationGraph(fb);
    const card = (): string =>
      renderHoverCard({ actor: fb.actors[0]!, factBase: fb, graph, articleDate: '2023-09', today: '2024-01-01', mentionCount: 3, commands: { findAllMentions: { id: 'newsLens.findAllMentions', args: [] } } });
    const problem = (): string => parseFactFile('people.facts.yaml', 'newsLens: 1\nactors:\n  - id: tiani\n    type: person\n').problems.map((p) => p.message).join('\n');
    const groups = (): string[] => treeRoots(graph, ['niger']).flatMap((n) => (n.kind === 'group' ? [n.label] : []));
    const english = { card: card(), problem: problem(), groups: groups() };
    try {
      l10n.config({ contents: bundleFr });
      useTranslator(l10n.t, 'fr');
      const french = card();
      assert.match(french, /^\$\(person\) \*\*Mohamed Bazoum\*\* · Personne\n/);
      assert.match(french, /\nAnciennement President of Niger \(jusqu’à 26 juil\\\. 2023\)\n/);
      assert.match(french, /\n\*\*Faits\*\*\n\n- 26 juil\\\. 2023\u00a0: Detained by the presidential guard\\\.\n/);
      assert.match(french, /\n\*\*Relations à la date\u00a0: sept\\\. 2023\*\*\n\n- s’oppose à ← Wagner Group \(depuis août 2023\)\n/);
      assert.match(french, /\nMentionné 3\u00a0fois dans ce document\n/);
      assert.match(french, /\[\$\(references\) Trouver toutes les mentions\]\(command:newsLens\.findAllMentions\?%5B%5D "Trouver toutes les mentions de cet acteur"\)/);
      assert.equal(problem(), '`name` manquant\u00a0: chaque acteur en a besoin (par ex. `name: Niger`). News Lens ne charge pas cet acteur tant que ce champ manque.');
      assert.deepEqual(groups(), ['Personnes', 'Groupes armés']);
      assert.equal(relationDates(fb.relations[0]!), '2 avr. 2021 – 26 juil. 2023');
      assert.equal(relationDates({ ...fb.relations[0]!, until: undefined }), 'depuis 2 avr. 2021');
      assert.equal(formatDate('2021-04-01'), '1er avr. 2021', 'French writes the first of the month 1er');
      assert.equal(graph.relationTypeLabel('leads'), 'dirige');
      assert.equal(displayTypeLabel({ id: 'armed-group', label: 'Armed group' }), 'Groupe armé');
      assert.equal(displayTypeLabel({ id: 'person', label: 'Journalist' }), 'Journalist', 'a label the fact base declares is data');
      assert.equal(graphSummary(1, 2), '1\u00a0acteur et 2\u00a0relations affichés');
      assert.equal(graphLabels().resetFilters, 'Réinitialiser les filtres');
    } finally {
      useTranslator(undefined);
      l10n.config({ contents: {} });
    }
    assert.deepEqual({ card: card(), problem: problem(), groups: groups() }, english);
    assert.equal(english.problem, 'Missing `name`: every actor needs one (e.g. `name: Niger`). This actor is not loaded until it has one.');
    assert.deepEqual(english.groups, ['People', 'Armed groups']);
    assert.equal(formatDate('2023-09-16'), '16 Sep 2023');
    assert.equal(formatDate('2021-04-01'), '1 Apr 2021');
  });

  it('counts with the display language’s plural rules: French 0 and 1 are singular, English 1 only', () => {
    const fb = factBase({ actors: [actor({ id: 'niger' })] });
    const graph = buildRelationGraph(fb);
    const mentioned = (count: number): string =>
      renderHoverCard({ actor: fb.actors[0]!, factBase: fb, graph, today: '2024-01-01', mentionCount: count, commands: {} }).split('\n').find((line) => /^Mention/.test(line)) ?? '';
    assert.deepEqual([0, 1, 2].map((n) => graphSummary(n, n)), ['0 actors, 0 relations shown', '1 actor, 1 relation shown', '2 actors, 2 relations shown']);
    assert.deepEqual([0, 1, 2].map(mentioned), ['Mentioned 0 times in this document', 'Mentioned 1 time in this document', 'Mentioned 2 times in this document']);
    // French writes “fois” for both forms: which key was asked for shows the form chosen.
    const asked: string[] = [];
    const askedFor = (run: () => string): [string, string[]] => {
      asked.length = 0;
      return [run(), asked.filter((key) => key.startsWith('Mentioned'))];
    };
    try {
      l10n.config({ contents: bundleFr });
      useTranslator((message, ...args) => {
        asked.push(message);
        return l10n.t(message, ...args);
      }, 'fr');
      assert.deepEqual(
        [0, 1, 2].map((n) => graphSummary(n, n)),
        ['0\u00a0acteur et 0\u00a0relation affichés', '1\u00a0acteur et 1\u00a0relation affichés', '2\u00a0acteurs et 2\u00a0relations affichés'],
      );
      assert.deepEqual(
        [0, 1, 2].map((n) => askedFor(() => mentioned(n))),
        [
          ['Mentionné 0\u00a0fois dans ce document', ['Mentioned {0} time in this document']],
          ['Mentionné 1\u00a0fois dans ce document', ['Mentioned {0} time in this document']],
          ['Mentionné 2\u00a0fois dans ce document', ['Mentioned {0} times in this document']],
        ],
      );
      assert.equal(graphLabels().language, 'fr', 'the graph page chooses its forms with the same rules');
      assert.deepEqual(
        [0, 1, 2].map((n) => nodeDescription(graphLabels(), 'Niger', 'Pays', n).split('. ')[0]),
        ['Niger (Pays)\u00a0: 0\u00a0relation affichée', 'Niger (Pays)\u00a0: 1\u00a0relation affichée', 'Niger (Pays)\u00a0: 2\u00a0relations affichées'],
      );
      useTranslator(l10n.t, 'not a language tag!');
      assert.equal(graphSummary(0, 1), '0\u00a0acteurs et 1\u00a0relation affichés', 'an invalid tag counts with English rules');
      useTranslator(undefined, 'fr');
      assert.equal(currentLanguage(), 'en', 'no translator: English, whatever the language given');
    } finally {
      useTranslator(undefined);
      l10n.config({ contents: {} });
    }
    assert.equal(graphLabels().language, 'en');
    assert.equal(graphSummary(0, 0), '0 actors, 0 relations shown');
    assert.deepEqual([0, 1, 2, 1.5].map((n) => pluralIsOne(n, 'fr')), [true, true, false, true]);
    assert.deepEqual([0, 1, 2].map((n) => pluralIsOne(n, 'en')), [false, true, false]);
    assert.deepEqual([0, 1].map((n) => pluralIsOne(n, 'not a language tag!')), [false, true], 'an invalid tag reads English');
    assert.deepEqual([0, 1].map((n) => pluralIsOne(n, '')), [false, true], 'an empty tag reads English');
    assert.deepEqual([0, 1].map((n) => pluralIsOne(n, 'zz')), [false, true], 'a language without rules reads English, not the runtime’s locale');
    assert.deepEqual([0, 1].map((n) => pluralIsOne(n, 'fr-CA')), [true, true], 'a regional tag follows its language');
  });

  it('the singular form of every counted message shows the count, since French also uses it for 0', () => {
    const forms = sourceFiles(join(root, 'src')).flatMap((file) => pluralForms(readFileSync(file, 'utf8')).flatMap((f) => (f ? [f.one] : [])));
    assert.ok(forms.length >= 10, `only ${forms.length} l10n.plural calls found`);
    const graphOne = graphLabels().nodeRelationsOne;
    assert.match(graphOne, /\{2\}/, 'the graph page’s singular form takes the count too');
    const literalOne = (one: string): boolean => placeholders(one).length === 0 || /(^|[^{\d])1(?!\d)/.test(one);
    assert.deepEqual([...forms, graphOne].filter(literalOne), []);
    assert.deepEqual([...forms, graphOne].map((one) => text(bundleFr[one])).filter(literalOne), [], 'nor their French');
  });
});
