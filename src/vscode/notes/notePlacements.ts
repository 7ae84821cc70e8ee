import * as vscode from 'vscode';
import { notesForArticle, placeNotes } from '../../core/notePlacement';
import type { PlacedNote } from '../../core/notePlacement';
import { articlePaths } from '../articlePaths';
import { Disposable } from '../disposable';
import type { ActiveFactBase, FactBaseStore } from '../factBaseStore';
import type { MentionIndex } from '../mentionIndex';

interface Entry {
  readonly version: number;
  readonly base: ActiveFactBase;
  readonly placed: readonly PlacedNote[];
}

/** Where each note of an open article is now (re-anchored per document version and fact base). */
export class NotePlacements extends Disposable {
  private readonly cache = new Map<string, Entry>();

  constructor(
    private readonly store: FactBaseStore,
    private readonly index: MentionIndex,
  ) {
    super();
    this.register(store.onDidChange(() => this.cache.clear()));
    this.register(vscode.workspace.onDidCloseTextDocument((d) => this.cache.delete(d.uri.toString())));
  }

  /** The article's notes with their current offsets (orphans included, last); [] for documents News Lens skips. */
  placementsOf(document: vscode.TextDocument): readonly PlacedNote[] {
    const base = this.store.active;
    if (!base || base.factBase.notes.length === 0 || this.index.skipReason(document)) return [];
    const key = document.uri.toString();
    const hit = this.cache.get(key);
    if (hit && hit.version === document.version && hit.base === base) return hit.placed;
    const notes = notesForArticle(base.factBase.notes, articlePaths(document.uri));
    const placed = notes.length === 0 ? [] : placeNotes(document.getText(), notes);
    this.cache.set(key, { version: document.version, base, placed });
    return placed;
  }
}
