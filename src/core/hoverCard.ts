import { compareDates, endsBefore, formatDate, formatInterval, formatRange, gapInDays, isValidAt, isValidPartialDate } from './dates';
import type { DateInterval } from './dates';
import { BUILT_IN_ACTOR_TYPES, DEFAULT_ACTOR_ICON, displayTypeLabel } from './factBase/vocabulary';
import { buildRelationGraph } from './graph';
import type { RelationGraph, RelationDirection } from './graph';
import { l10n } from './l10n';
import { commandLink, escapeMarkdown, urlHost, webLink } from './markdown';
import type { CommandLink } from './markdown';
import type { Actor, Fact, FactBase, Role, Source } from './types';

/** The commands a card may offer; each is shown only when given. */
export interface HoverCardCommands {
  readonly revealInTree?: CommandLink;
  readonly goToDefinition?: CommandLink;
  readonly findAllMentions?: CommandLink;
  readonly annotate?: CommandLink;
}

/** Everything a hover card shows; `today` is passed in so rendering stays deterministic. */
export interface HoverCardInput {
  readonly actor: Actor;
  readonly factBase: FactBase;
  /** The relation graph of `factBase` when the caller already built it; built on demand otherwise. */
  readonly graph?: RelationGraph;
  /** The article's date (`YYYY[-MM[-DD]]`); roles, facts and relations are judged at it. */
  readonly articleDate?: string;
  /** `YYYY-MM-DD`; roles are judged at it when the article has no date. */
  readonly today: string;
  readonly mentionCount: number;
  readonly commands: HoverCardCommands;
}

/** At most this many facts are listed on a card. */
export const MAX_CARD_FACTS = 5;
/** At most this many relations are listed on a card. */
export const MAX_CARD_RELATIONS = 8;

const ARROWS: Record<RelationDirection, string> = { out: '→', in: '←', mutual: '↔' };

/** The card's command links, in order, with their codicons and words in the current language. */
function commandTexts(): readonly { key: keyof HoverCardCommands; label: string; tooltip: string }[] {
  return [
    { key: 'revealInTree', label: `$(list-tree) ${escapeMarkdown(l10n.t('Reveal in tree'))}`, tooltip: l10n.t('Reveal this actor in the News Lens tree') },
    { key: 'goToDefinition', label: `$(go-to-file) ${escapeMarkdown(l10n.t('Go to definition'))}`, tooltip: l10n.t('Open the fact base entry') },
    { key: 'findAllMentions', label: `$(references) ${escapeMarkdown(l10n.t('Find all mentions'))}`, tooltip: l10n.t('Find all mentions of this actor') },
    { key: 'annotate', label: `$(comment) ${escapeMarkdown(l10n.t('Annotate'))}`, tooltip: l10n.t('Add a note about this actor') },
  ];
}

function header(actor: Actor, factBase: FactBase): string {
  const info = factBase.actorTypes.find((t) => t.id === actor.type) ?? BUILT_IN_ACTOR_TYPES.find((t) => t.id === actor.type);
  // A declared icon is user data: only a plain codicon name may reach the `$(…)` syntax.
  const icon = info && /^[a-z0-9-]+$/i.test(info.icon) ? info.icon : DEFAULT_ACTOR_ICON;
  const label = info ? displayTypeLabel(info) : actor.type;
  return `$(${icon}) **${escapeMarkdown(actor.name.trim())}** · ${escapeMarkdown(label)}`;
}

function withInterval(text: string, interval: DateInterval): string {
  const when = formatInterval(interval);
  return when === undefined ? escapeMarkdown(text) : `${escapeMarkdown(text)} (${escapeMarkdown(when)})`;
}

/** Latest first; a missing date last. */
function latestFirst(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  return compareDates(b, a);
}

function roleLines(roles: readonly Role[], at: string): string[] {
  const current = roles.filter((r) => isValidAt(r, at)).sort((a, b) => latestFirst(a.since, b.since));
  if (current.length > 0) return current.map((r) => withInterval(r.title, r));
  const former = roles.filter((r) => endsBefore(r, at)).sort((a, b) => latestFirst(a.until, b.until))[0];
  return former ? [withInterval(l10n.t('Former {0}', former.title), { until: former.until })] : [];
}

function sourceText(source: Source): string {
  const parts: string[] = [];
  if (source.url !== undefined) parts.push(webLink(source.publication ?? urlHost(source.url) ?? source.url, source.url, source.title));
  else if (source.publication !== undefined || source.title !== undefined) {
    parts.push(escapeMarkdown([source.publication, source.title].filter((s) => s !== undefined).join(', ')));
  }
  if (source.quote) {
    const article = source.quote.article === undefined ? '' : ` (${escapeMarkdown(source.quote.article)})`;
    parts.push(`“${escapeMarkdown(source.quote.exact)}”${article}`);
  }
  return parts.join(' ');
}

function factSpan(fact: Fact): { since: string; until: string } | undefined {
  if (fact.date === undefined || !isValidPartialDate(fact.date)) return undefined;
  return { since: fact.date, until: fact.until !== undefined && isValidPartialDate(fact.until) ? fact.until : fact.date };
}

/** Dated facts first: nearest the article date (else most recent), later ones winning ties; undated last, in file order. */
function rankFacts(facts: readonly Fact[], articleDate: string | undefined): Fact[] {
  const ranked = facts.map((fact, index) => ({ fact, index, span: factSpan(fact) }));
  const gap = (span: DateInterval | undefined): number =>
    span === undefined ? Infinity : articleDate === undefined ? 0 : gapInDays(span, { since: articleDate, until: articleDate });
  return ranked
    .sort((a, b) => {
      if ((a.span === undefined) !== (b.span === undefined)) return a.span === undefined ? 1 : -1;
      return gap(a.span) - gap(b.span) || latestFirst(a.span?.until, b.span?.until) || a.index - b.index;
    })
    .map((r) => r.fact);
}

function factLine(fact: Fact): string {
  const span = factSpan(fact);
  const range = span && (span.since === span.until ? formatDate(span.since) : formatRange(span.since, span.until));
  const statement = escapeMarkdown(fact.statement);
  const text = range === undefined ? statement : l10n.t('{0}: {1}', escapeMarkdown(range), statement);
  const sources = fact.sources.map(sourceText).filter((s) => s !== '');
  return `- ${text}${sources.length > 0 ? ` — ${sources.join(', ')}` : ''}`;
}

function moreLine(hidden: number): string[] {
  return hidden > 0 ? [`- ${escapeMarkdown(l10n.t('+{0} more', hidden))}`] : [];
}

function section(title: string, lines: readonly string[]): string | undefined {
  return lines.length > 0 ? `**${title}**\n\n${lines.join('\n')}` : undefined;
}

/**
 * The Markdown of an actor's hover card (for a MarkdownString with theme icons): header, summary,
 * role at the article date (else today), up to 5 facts, up to 8 relations, mention count, command
 * links. Everything from the fact base is escaped; only http(s) sources and the given commands link.
 */
export function renderHoverCard(input: HoverCardInput): string {
  const { actor } = input;
  const articleDate = input.articleDate !== undefined && isValidPartialDate(input.articleDate) ? input.articleDate : undefined;
  const graph = input.graph ?? buildRelationGraph(input.factBase);
  const facts = rankFacts(actor.facts, articleDate);
  const neighbours = graph.neighbours(actor.id, articleDate === undefined ? undefined : { at: articleDate });
  const relationLines = neighbours.slice(0, MAX_CARD_RELATIONS).map((n) => {
    const label = `${graph.relationTypeLabel(n.relation.type)} ${ARROWS[n.direction]} ${graph.nameOf(n.counterpartId)}`;
    return `- ${withInterval(label, n.relation)}`;
  });
  const relationsTitle = articleDate === undefined ? l10n.t('Relations') : l10n.t('Relations on {0}', escapeMarkdown(formatDate(articleDate)));
  const commands = commandTexts().flatMap(({ key, label, tooltip }) => {
    const command = input.commands[key];
    return command ? [commandLink(label, command, tooltip)] : [];
  });
  const count = input.mentionCount;
  const blocks = [
    header(actor, input.factBase),
    actor.summary.trim() === '' ? undefined : escapeMarkdown(actor.summary.trim()),
    ...roleLines(actor.roles, articleDate ?? input.today),
    section(l10n.t('Facts'), [...facts.slice(0, MAX_CARD_FACTS).map(factLine), ...moreLine(facts.length - MAX_CARD_FACTS)]),
    section(relationsTitle, [...relationLines, ...moreLine(neighbours.length - MAX_CARD_RELATIONS)]),
    '---',
    l10n.plural(count, { one: 'Mentioned {0} time in this document', other: 'Mentioned {0} times in this document' }, count),
    commands.length > 0 ? commands.join(' · ') : undefined,
  ];
  return blocks.filter((b) => b !== undefined).join('\n\n');
}
