import * as vscode from 'vscode';
import { articleDate } from '../core/articleDate';
import { renderHoverCard } from '../core/hoverCard';
import { mentionAt } from '../core/mentions';
import { mentionRange } from './convert';
import type { FactBaseStore } from './factBaseStore';
import { Commands } from './ids';
import type { MentionIndex } from './mentionIndex';

/** Commands a hover card may link to; nothing else is trusted. */
export const HOVER_COMMANDS = [Commands.goToFactBaseEntry, Commands.findAllMentions, Commands.revealInTree] as const;

/** Shows the actor card for the mention under the pointer; the card itself is rendered by core. */
export class ActorHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly store: FactBaseStore,
    private readonly index: MentionIndex,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const active = this.store.active;
    const mentions = this.index.mentionsOf(document);
    const mention = mentionAt(mentions, document.offsetAt(position));
    const actor = mention && active?.actorsById.get(mention.actorId);
    if (!mention || !actor || !active) return undefined;
    const at = { uri: document.uri.toString(), offset: mention.start };
    const markdown = renderHoverCard({
      actor,
      factBase: active.factBase,
      graph: active.graph,
      articleDate: articleDate(document.getText()),
      today: new Date().toISOString().slice(0, 10),
      mentionCount: mentions.filter((m) => m.actorId === actor.id).length,
      commands: {
        revealInTree: { id: Commands.revealInTree, args: [actor.id] },
        goToDefinition: { id: Commands.goToFactBaseEntry, args: [actor.id] },
        findAllMentions: { id: Commands.findAllMentions, args: [actor.id, at] },
      },
    });
    const content = new vscode.MarkdownString(markdown, true);
    content.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
    content.supportHtml = false;
    return new vscode.Hover(content, mentionRange(document, mention));
  }
}
