import type { HighlightStyle } from '../core/mentions';

/** Every command id the extension contributes; package.json must list exactly these. */
export const Commands = {
  toggleHighlighting: 'newsLens.toggleHighlighting',
  createWorkspaceFactBase: 'newsLens.createWorkspaceFactBase',
  openFactBase: 'newsLens.openFactBase',
  reloadFactBase: 'newsLens.reloadFactBase',
  switchFactBase: 'newsLens.switchFactBase',
  nextMention: 'newsLens.nextMention',
  previousMention: 'newsLens.previousMention',
  findAllMentions: 'newsLens.findAllMentions',
  goToFactBaseEntry: 'newsLens.goToFactBaseEntry',
  showStatusMenu: 'newsLens.showStatusMenu',
  annotate: 'newsLens.annotate',
  reattachNote: 'newsLens.reattachNote',
  deleteNote: 'newsLens.deleteNote',
  export: 'newsLens.export',
  openSampleArticle: 'newsLens.openSampleArticle',
  revealInTree: 'newsLens.revealInTree',
  refreshRelationships: 'newsLens.refreshRelationships',
  filterRelationTypes: 'newsLens.filterRelationTypes',
  showOnlyArticleActors: 'newsLens.showOnlyArticleActors',
  showAllActors: 'newsLens.showAllActors',
  filterByArticleDate: 'newsLens.filterByArticleDate',
  clearDateFilter: 'newsLens.clearDateFilter',
  showRelationEvidence: 'newsLens.showRelationEvidence',
  goToNextMentionOf: 'newsLens.goToNextMentionOf',
  showGraph: 'newsLens.showGraph',
} as const;

/** Every setting key (without the `newsLens.` section prefix where noted). */
export const Settings = {
  section: 'newsLens',
  factBaseFiles: 'factBase.files',
  highlightEnabled: 'highlight.enabled',
  highlightLanguages: 'highlight.languages',
  highlightMaxFileSize: 'highlight.maxFileSize',
  articleFiles: 'articles.files',
  focusActors: 'relationships.focusActors',
  unknownNamesHints: 'unknownNames.hints',
} as const;

/** The theme colour ids of a highlight style: background and (high-contrast) border. */
export function highlightColorIds(style: HighlightStyle): { background: string; border: string } {
  const camel = style.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
  return { background: `newsLens.${camel}Highlight`, border: `newsLens.${camel}HighlightBorder` };
}

/** The activity-bar view container and its views; package.json must list exactly these. */
export const Views = {
  container: 'newsLens',
  relationships: 'newsLens.relationships',
  articleActors: 'newsLens.articleActors',
  annotations: 'newsLens.annotations',
} as const;

/** View types of the extension's webview panels. */
export const WebviewPanels = {
  graph: 'newsLens.graph',
} as const;

/** Context keys the extension sets for `when` clauses. */
export const ContextKeys = {
  highlightEnabled: 'newsLens.highlightEnabled',
  onlyArticleActors: 'newsLens.onlyArticleActors',
  dateFilter: 'newsLens.dateFilter',
  factBaseSource: 'newsLens.factBaseSource',
  factBaseStale: 'newsLens.factBaseStale',
  articleOpen: 'newsLens.articleOpen',
} as const;

export const ExtensionId = 'newslens.news-lens';
