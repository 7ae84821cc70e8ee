import * as vscode from 'vscode';
import { searchActors } from '../core/actorSearch';
import { groupMentionsByActor, mentionAt } from '../core/mentions';
import type { Actor } from '../core/types';
import { findMentionsInWorkspace } from './articleSearch';
import { mentionRange, toLocation } from './convert';
import type { FactBaseStore } from './factBaseStore';
import type { MentionIndex } from './mentionIndex';

const symbolKinds: Record<string, vscode.SymbolKind> = {
  person: vscode.SymbolKind.Object,
  country: vscode.SymbolKind.Namespace,
  organization: vscode.SymbolKind.Class,
  'armed-group': vscode.SymbolKind.Event,
  place: vscode.SymbolKind.Field,
};

const kindOf = (actor: Actor): vscode.SymbolKind => symbolKinds[actor.type] ?? vscode.SymbolKind.Constant;

/** Go to Definition, Find All References and the Outline for actor mentions. */
export class MentionNavigation implements vscode.DefinitionProvider, vscode.ReferenceProvider, vscode.DocumentSymbolProvider {
  constructor(
    private readonly store: FactBaseStore,
    private readonly index: MentionIndex,
  ) {}

  provideDefinition(document: vscode.TextDocument, position: vscode.Position): vscode.Location | undefined {
    const actor = this.actorAt(document, position);
    const active = this.store.active;
    return actor?.location && active ? toLocation(actor.location, active.uriOf) : undefined;
  }

  async provideReferences(
    document: vscode.TextDocument,
    position: vscode.Position,
    _context: vscode.ReferenceContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.Location[]> {
    const actor = this.actorAt(document, position);
    return actor ? findMentionsInWorkspace(this.index, actor.id, token) : [];
  }

  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
    const active = this.store.active;
    if (!active) return [];
    const symbols: vscode.DocumentSymbol[] = [];
    for (const [actorId, mentions] of groupMentionsByActor(this.index.mentionsOf(document))) {
      const actor = active.actorsById.get(actorId);
      const first = mentions[0];
      const last = mentions[mentions.length - 1];
      if (!actor || !first || !last) continue;
      const range = new vscode.Range(document.positionAt(first.start), document.positionAt(last.end));
      const symbol = new vscode.DocumentSymbol(actor.name, `${actor.type} · ${mentions.length}`, kindOf(actor), range, mentionRange(document, first));
      symbol.children = mentions.map((m) => {
        const r = mentionRange(document, m);
        return new vscode.DocumentSymbol(document.getText(r), vscode.l10n.t('line {0}', r.start.line + 1), kindOf(actor), r, r);
      });
      symbols.push(symbol);
    }
    return symbols;
  }

  private actorAt(document: vscode.TextDocument, position: vscode.Position): Actor | undefined {
    const mention = mentionAt(this.index.mentionsOf(document), document.offsetAt(position));
    return mention && this.store.active?.actorsById.get(mention.actorId);
  }
}

/** Workspace symbols: actors by name or alias, located at their fact base entry. */
export class ActorSymbols implements vscode.WorkspaceSymbolProvider {
  constructor(private readonly store: FactBaseStore) {}

  provideWorkspaceSymbols(query: string): vscode.SymbolInformation[] {
    const active = this.store.active;
    if (!active) return [];
    return searchActors(active.factBase.actors, query).flatMap(({ actor, matched }) => {
      const location = actor.location && toLocation(actor.location, active.uriOf);
      return location ? [new vscode.SymbolInformation(actor.name, kindOf(actor), matched === actor.name ? actor.type : matched, location)] : [];
    });
  }
}
