import { resolveAnchor } from './anchor';
import type { AnchorStatus } from './anchor';
import { l10n } from './l10n';
import { escapeMarkdown } from './markdown';
import type { Note } from './types';

/** A note and where its quote is in the article now (`start`/`end` unless orphaned). */
export interface PlacedNote {
  readonly note: Note;
  readonly status: AnchorStatus;
  readonly start?: number;
  readonly end?: number;
}

/** The notes of one article, in text order. */
export interface ArticleNotes {
  readonly article: string;
  readonly notes: readonly PlacedNote[];
}

/** Notes by article (articles sorted by path), and the orphans: notes whose article is missing or whose quote is no longer found. */
export interface NoteOverview {
  readonly articles: readonly ArticleNotes[];
  readonly orphans: readonly PlacedNote[];
}

/** A quote's article path as a comparable key: `\` as `/`, without `./` segments or a leading `/`. */
export function articleKey(path: string): string {
  return path
    .replace(/\\/g, '/')
    .split('/')
    .filter((s) => s !== '' && s !== '.')
    .join('/');
}

/**
 * The notes whose quote names `article`, or any of its names when given several (workspace-relative
 * paths compared by articleKey), in their order.
 */
export function notesForArticle(notes: readonly Note[], article: string | readonly string[]): Note[] {
  const keys = new Set((typeof article === 'string' ? [article] : article).map(articleKey));
  return notes.filter((n) => n.quote.article !== undefined && keys.has(articleKey(n.quote.article)));
}

/** Re-anchors each note in `text` (exact, moved, fuzzy or orphaned; never a weak match; a verbatim find of a quote without stored offsets is exact), sorted by position, orphans last. */
export function placeNotes(text: string, notes: readonly Note[]): PlacedNote[] {
  const placed = notes.map((note): PlacedNote => {
    const r = resolveAnchor(text, note.quote);
    if (r.start === undefined || r.end === undefined) return { note, status: 'orphaned' };
    const status = r.status === 'moved' && note.quote.start === undefined ? 'exact' : r.status;
    return { note, status, start: r.start, end: r.end };
  });
  return placed.sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity) || (a.end ?? 0) - (b.end ?? 0));
}

/** Groups notes by article, given each article's current text (`textOf` gives undefined for a missing one); orphans go in their own list. */
export function groupNotes(notes: readonly Note[], textOf: (article: string) => string | undefined): NoteOverview {
  const byArticle = new Map<string, Note[]>();
  const orphans: PlacedNote[] = [];
  for (const note of notes) {
    const article = note.quote.article;
    if (article === undefined || articleKey(article) === '') orphans.push({ note, status: 'orphaned' });
    else byArticle.set(articleKey(article), [...(byArticle.get(articleKey(article)) ?? []), note]);
  }
  const articles: ArticleNotes[] = [];
  for (const article of [...byArticle.keys()].sort()) {
    const list = byArticle.get(article) ?? [];
    const text = textOf(article);
    const placed = text === undefined ? list.map((note): PlacedNote => ({ note, status: 'orphaned' })) : placeNotes(text, list);
    orphans.push(...placed.filter((p) => p.status === 'orphaned'));
    const found = placed.filter((p) => p.status !== 'orphaned');
    if (found.length > 0) articles.push({ article, notes: found });
  }
  return { articles, orphans };
}

/** The placed notes covering `offset` (start <= offset <= end). */
export function notesAt(placed: readonly PlacedNote[], offset: number): PlacedNote[] {
  return placed.filter((p) => p.start !== undefined && p.end !== undefined && p.start <= offset && offset <= p.end);
}

/** Hover Markdown for notes: each note's text, escaped, with how its quote was found when not exact. */
export function renderNoteHover(placed: readonly PlacedNote[]): string {
  return placed
    .map((p) => {
      const how =
        p.status === 'moved'
          ? ` _(${l10n.t('moved')})_`
          : p.status === 'fuzzy'
            ? ` _(${l10n.t('quote changed; matched approximately')})_`
            : '';
      const date = p.note.date === undefined ? '' : ` · ${escapeMarkdown(p.note.date)}`;
      return `$(note) **${escapeMarkdown(l10n.t('Note'))}**${date}${how}\n\n${escapeMarkdown(p.note.text)}`;
    })
    .join('\n\n---\n\n');
}
