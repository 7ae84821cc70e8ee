// The host bench's harness: loaded by bench/host.bench.ts as the workbench's extensionTestsPath, so
// run() executes inside a real extension host (Node or web worker) with the real `vscode` API.
// It activates News Lens itself, times activation, the fact base load and the first article's
// mentions, takes memory readings at three checkpoints, and prints one result line as JSON.
// In the control run News Lens is not installed: the same steps then show what opening the samples
// costs the host without it. Figures only: nothing here asserts on a timing.
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';
import { ExtensionId } from '../../src/vscode/ids';
import { RESULT_MARKER } from './protocol';
import type { Checkpoint, HostBenchResult, MemoryProbe, NodeMemory } from './protocol';

const ARTICLE = /\.(news|txt|md)$/;
/** Activation events that opening the samples would fire; other extensions on them are activated first. */
const SAMPLE_EVENTS = new Set(['onLanguage', 'onLanguage:news', 'onLanguage:plaintext', 'onLanguage:markdown']);

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function runHostBench(host: 'node' | 'web', probe: MemoryProbe): Promise<void> {
  const extension = vscode.extensions.getExtension<NewsLensApi>(ExtensionId); // undefined: the control run
  const activeAtStart = extension?.isActive ?? false;
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the host bench needs a workspace folder (a copy of samples/)');

  // Other extensions that the samples would activate (Markdown's, in the Node host) are activated
  // now, so that the readings and timings below are News Lens's and not theirs.
  const preactivated: string[] = [];
  for (const other of vscode.extensions.all) {
    if (other.id === ExtensionId || other.isActive) continue;
    const events = (other.packageJSON as { activationEvents?: string[] }).activationEvents ?? [];
    if (!events.some((event) => SAMPLE_EVENTS.has(event))) continue;
    try {
      await other.activate();
      preactivated.push(other.id);
    } catch {
      // runs in another host, or fails on its own: not ours to measure
    }
  }
  await sleep(2000); // let start-up work (other extensions' activation) settle before the first reading

  const memory: Partial<Record<Checkpoint, NodeMemory>> = {};
  const checkpoint = async (name: Checkpoint): Promise<void> => {
    const reading = await probe.read(name);
    if (reading) memory[name] = reading;
  };

  await checkpoint('before activation');
  const activeBeforeActivate = extension?.isActive ?? false;
  const started = performance.now();
  const api = await extension?.activate();
  const activateMs = performance.now() - started;
  await api?.ready();
  const factBaseMs = performance.now() - started;
  const actors = api?.factBase()?.actors.length ?? 0;
  await checkpoint('after activation');

  const files = (await vscode.workspace.fs.readDirectory(folder.uri))
    .filter(([name, type]) => type === vscode.FileType.File && ARTICLE.test(name))
    .map(([name]) => name)
    .sort();
  if (files.length === 0) throw new Error(`no articles in ${folder.uri.toString()}`);
  /** Opens and shows an article, then asks for its mentions; returns their count and when it was shown. */
  const open = async (name: string): Promise<{ mentions: number; shown: number }> => {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, name));
    await vscode.window.showTextDocument(document, { preview: false });
    const shown = performance.now();
    return { mentions: api ? (await api.mentions(document)).length : 0, shown };
  };
  const allStarted = performance.now();
  const first = await open(files[0]!);
  const firstMs = performance.now() - allStarted;
  let mentions = first.mentions;
  for (const name of files.slice(1)) mentions += (await open(name)).mentions;
  const allMs = performance.now() - allStarted;
  await checkpoint('after opening samples');

  const result: HostBenchResult = {
    host,
    newsLens: !!extension,
    uiKind: vscode.UIKind[vscode.env.uiKind],
    activeAtStart,
    activeBeforeActivate,
    preactivated,
    activateMs,
    factBaseMs,
    actors,
    firstArticle: { file: files[0]!, ms: firstMs, shownMs: first.shown - allStarted, mentions: first.mentions },
    allArticles: { files: files.length, ms: allMs, mentions },
    memory,
    gc: probe.gc,
  };
  console.log(`${RESULT_MARKER} ${JSON.stringify(result)}`);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
