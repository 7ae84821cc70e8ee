import { currentLanguage, fillPlaceholders, l10n, pluralIsOne } from './l10n';

/**
 * The graph page's own words. The webview cannot call `vscode.l10n`, so the extension localises
 * them and hands them to the page; `{0}`, `{1}`… are filled in by the page (fillPlaceholders).
 */
export interface GraphLabels {
  readonly show: string;
  readonly allActors: string;
  readonly relationsValidOn: string;
  readonly resetFilters: string;
  readonly actorTypes: string;
  readonly relationTypes: string;
  /** `{0}`: how many actors. */
  readonly actorsShown: string;
  /** `{0}`: the actor's name. */
  readonly showInTree: string;
  /** `{0}`: the actor's name. */
  readonly openEntry: string;
  readonly entry: string;
  /**
   * `{0}`: the actor's name, `{1}`: its type, `{2}`: how many relations are shown; the form for a
   * count the language's plural rules call `one` (English: 1; French: 0 and 1), so it shows `{2}` too.
   */
  readonly nodeRelationsOne: string;
  /** The same for every other count: `{0}`: the actor's name, `{1}`: its type, `{2}`: how many relations are shown. */
  readonly nodeRelationsOther: string;
  /** `{0}`: the error. */
  readonly drawFailed: string;
  /** The display language (a BCP 47 tag), whose plural rules choose between nodeRelationsOne and nodeRelationsOther. */
  readonly language: string;
}

/** The graph page's words in the current language. */
export function graphLabels(): GraphLabels {
  return {
    show: l10n.t('Show'),
    allActors: l10n.t('All actors'),
    relationsValidOn: l10n.t('Relations valid on'),
    resetFilters: l10n.t('Reset filters'),
    actorTypes: l10n.t('Actor types'),
    relationTypes: l10n.t('Relation types'),
    actorsShown: l10n.t('Actors shown ({0})'),
    showInTree: l10n.t('Show {0} in the Relationships view'),
    openEntry: l10n.t('Open the fact base entry of {0}'),
    entry: l10n.t('Entry'),
    nodeRelationsOne: l10n.t('{0} ({1}): {2} relation shown. Click: show in the Relationships view; double-click or Ctrl+click: open the fact base entry.'),
    nodeRelationsOther: l10n.t('{0} ({1}): {2} relations shown. Click: show in the Relationships view; double-click or Ctrl+click: open the fact base entry.'),
    drawFailed: l10n.t('The graph could not be drawn: {0}'),
    language: currentLanguage(),
  };
}

/** Labels from untrusted data (the page's data attribute): each missing or non-text field falls back to graphLabels()'s. */
export function readGraphLabels(value: unknown): GraphLabels {
  const fallback = graphLabels();
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fallback;
  const given = value as Record<string, unknown>;
  const pick = (key: keyof GraphLabels): string => {
    const v = given[key];
    return typeof v === 'string' ? v : fallback[key];
  };
  return Object.fromEntries(Object.keys(fallback).map((key) => [key, pick(key as keyof GraphLabels)])) as unknown as GraphLabels;
}

/** The accessible description of a graph node: `Niger (Country): 3 relations shown…`, in the form `labels.language` takes for `relations`. */
export function nodeDescription(labels: GraphLabels, name: string, type: string, relations: number): string {
  return fillPlaceholders(pluralIsOne(relations, labels.language) ? labels.nodeRelationsOne : labels.nodeRelationsOther, name, type, relations);
}
