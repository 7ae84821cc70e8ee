import * as vscode from 'vscode';
import { countMentions } from '../core/mentions';
import { Disposable } from './disposable';
import { factBaseDescription, factBaseLabel } from './factBaseLabel';
import type { FactBaseStore } from './factBaseStore';
import { Commands } from './ids';
import type { MentionIndex } from './mentionIndex';
import { l10n } from '../core/l10n';
import { countActors, countRelations } from '../core/counts';

/** One status bar item: which fact base is active, and what News Lens sees in the current article. */
export class StatusBar extends Disposable {
  private readonly item = this.register(vscode.window.createStatusBarItem('newsLens.status', vscode.StatusBarAlignment.Right, 100));

  constructor(
    private readonly store: FactBaseStore,
    private readonly index: MentionIndex,
  ) {
    super();
    this.item.name = vscode.l10n.t('News Lens');
    this.item.command = Commands.showStatusMenu;
    this.register(store.onDidChange(() => this.update()));
    this.register(vscode.window.onDidChangeActiveTextEditor(() => this.update()));
    this.register(vscode.workspace.onDidChangeTextDocument((e) => e.document === vscode.window.activeTextEditor?.document && this.update()));
    this.update();
  }

  private update(): void {
    const active = this.store.active;
    const document = vscode.window.activeTextEditor?.document;
    if (!active || !document || !this.index.isArticle(document)) {
      this.item.hide();
      return;
    }
    const name = factBaseLabel(active);
    const which = factBaseDescription(active);
    const skip = this.index.skipReason(document);
    if (skip === 'too-large') {
      this.item.text = `$(warning) ${vscode.l10n.t('News Lens: file too large')}`;
      this.item.tooltip = vscode.l10n.t('This document is larger than the newsLens.highlight.maxFileSize setting, so actors are not highlighted.');
    } else if (active.stale) {
      this.item.text = `$(warning) ${vscode.l10n.t('News Lens: fact base has errors')}`;
      this.item.tooltip = vscode.l10n.t('The workspace fact base has errors (see the Problems panel); the last good version stays active.');
    } else {
      const actors = countMentions(this.index.mentionsOf(document)).length;
      this.item.text = `$(book) ${l10n.plural(actors, { one: '{0} · {1} actor', other: '{0} · {1} actors' }, name, actors)}`;
      const here = l10n.plural(actors, { one: 'News Lens: {0} actor mentioned here.', other: 'News Lens: {0} actors mentioned here.' }, actors);
      // The counts are phrases of their own ('112 actors', French '0 acteur'): each takes its plural form by itself.
      const base = vscode.l10n.t('Fact base: {0}, {1}, {2}. Click to switch or open it.', which, countActors(active.factBase.actors.length), countRelations(active.factBase.relations.length));
      this.item.tooltip = `${here} ${base}`;
    }
    this.item.show();
  }
}
