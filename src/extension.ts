import * as vscode from 'vscode';
import { useTranslator } from './core/l10n';
import { registerAnnotating } from './vscode/annotate/register';
import { createApi } from './vscode/api';
import { ArticleActorsView } from './vscode/articleActorsView';
import type { NewsLensApi } from './vscode/api';
import { registerCreateWorkspaceFactBase } from './vscode/commands/createWorkspaceFactBase';
import { registerFindAllMentions } from './vscode/commands/findAllMentions';
import { registerGoToFactBaseEntry } from './vscode/commands/goToFactBaseEntry';
import { registerOpenFactBase } from './vscode/commands/openFactBase';
import { registerOpenSampleArticle } from './vscode/commands/openSampleArticle';
import { registerReloadFactBase } from './vscode/commands/reloadFactBase';
import { registerShowGraph } from './vscode/commands/showGraph';
import { registerShowStatusMenu } from './vscode/commands/showStatusMenu';
import { registerSwitchFactBase } from './vscode/commands/switchFactBase';
import { registerStepMention } from './vscode/commands/stepMention';
import { registerToggleHighlighting } from './vscode/commands/toggleHighlighting';
import { FactBaseStore } from './vscode/factBaseStore';
import { GraphPanel } from './vscode/graphPanel';
import { Highlighter } from './vscode/highlighter';
import { ActorHoverProvider } from './vscode/hoverProvider';
import { MentionIndex } from './vscode/mentionIndex';
import { ActorSymbols, MentionNavigation } from './vscode/navigationProviders';
import { RelationshipsView } from './vscode/relationshipsView';
import { readSettings } from './vscode/settings';
import { StatusBar } from './vscode/statusBar';

export type { NewsLensApi } from './vscode/api';
export type { FactBaseChoice } from './vscode/factBaseStore';

export function activate(context: vscode.ExtensionContext): NewsLensApi {
  // Plural rules follow the display language only where News Lens speaks it: untranslated, the text is English.
  useTranslator((message, ...args) => vscode.l10n.t(message, ...args), vscode.l10n.bundle ? vscode.env.language : 'en');
  const log = vscode.window.createOutputChannel('News Lens', { log: true });
  const store = new FactBaseStore(context.extensionUri, context.workspaceState, log);
  const index = new MentionIndex(store);
  const highlighter = new Highlighter(store, index);
  const articles = readSettings().highlightLanguages.map((language) => ({ language }));
  const navigation = new MentionNavigation(store, index);
  const graph = new GraphPanel(store, context.extensionUri);
  const relationships = new RelationshipsView(store, index);
  const articleActors = new ArticleActorsView(store, index);
  context.subscriptions.push(
    log,
    store,
    index,
    highlighter,
    new StatusBar(store, index),
    vscode.languages.registerHoverProvider(articles, new ActorHoverProvider(store, index)),
    vscode.languages.registerDefinitionProvider(articles, navigation),
    vscode.languages.registerReferenceProvider(articles, navigation),
    vscode.languages.registerDocumentSymbolProvider(articles, navigation, { label: 'News Lens' }),
    vscode.languages.registerWorkspaceSymbolProvider(new ActorSymbols(store)),
    registerToggleHighlighting(highlighter),
    registerCreateWorkspaceFactBase(store),
    registerOpenFactBase(store),
    registerReloadFactBase(store),
    registerSwitchFactBase(store),
    registerStepMention(index),
    registerFindAllMentions(index),
    registerGoToFactBaseEntry(store, index),
    registerShowStatusMenu(store),
    registerOpenSampleArticle(context.extensionUri),
    registerAnnotating(store, index, context.extensionUri),
    graph,
    relationships,
    articleActors,
    registerShowGraph(graph),
  );
  void store.reload('activation');
  return createApi((context.extension.packageJSON as { version: string }).version, { store, index, graph, relationships, articleActors });
}

export function deactivate(): void {}
