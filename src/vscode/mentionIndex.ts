import * as vscode from 'vscode';
import { supportingSentence } from '../core/supportingSentence';
import type { Span } from '../core/supportingSentence';
import type { Mention } from '../core/types';
import { Disposable } from './disposable';
import type { ActiveFactBase, FactBaseStore } from './factBaseStore';
import { readSettings } from './settings';

interface Entry {
  readonly version: number;
  readonly base: ActiveFactBase;
  readonly mentions: readonly Mention[];
}

/** Why a document has no mentions computed. */
export type Skip = 'language' | 'too-large' | 'loading';

/** Mentions per open document, computed once per document version and fact base. */
export class MentionIndex extends Disposable {
  private readonly cache = new Map<string, Entry>();

  constructor(private readonly store: FactBaseStore) {
    super();
    this.register(store.onDidChange(() => this.cache.clear()));
    this.register(vscode.workspace.onDidCloseTextDocument((d) => this.cache.delete(d.uri.toString())));
  }

  /** True when the document's language is one News Lens reads. */
  isArticle(document: vscode.TextDocument): boolean {
    return readSettings().highlightLanguages.includes(document.languageId);
  }

  /** Why mentions are not available for this document, or undefined when they are. */
  skipReason(document: vscode.TextDocument): Skip | undefined {
    if (!this.isArticle(document)) return 'language';
    const max = readSettings().highlightMaxFileSize;
    if (max > 0 && documentLength(document) > max) return 'too-large';
    if (!this.store.active) return 'loading';
    return undefined;
  }

  /** The document's mentions (sorted, non-overlapping), or [] when skipped. */
  mentionsOf(document: vscode.TextDocument): readonly Mention[] {
    const base = this.store.active;
    if (!base || this.skipReason(document)) return [];
    const key = document.uri.toString();
    const hit = this.cache.get(key);
    if (hit && hit.version === document.version && hit.base === base) return hit.mentions;
    const mentions = base.matcher.findMentions(document.getText());
    this.cache.set(key, { version: document.version, base, mentions });
    return mentions;
  }

  /** True when mentionsOf() would answer from the cache. */
  isCached(document: vscode.TextDocument): boolean {
    const hit = this.cache.get(document.uri.toString());
    return !!hit && hit.version === document.version && hit.base === this.store.active;
  }

  /** Mentions inside the given ranges only, without caching: a cheap first paint of a large document. */
  mentionsIn(document: vscode.TextDocument, ranges: readonly vscode.Range[]): Mention[] {
    const base = this.store.active;
    if (!base || this.skipReason(document)) return [];
    const text = document.getText();
    return ranges.flatMap((r) => {
      const from = document.offsetAt(r.start.with({ character: 0 }));
      const to = document.offsetAt(document.lineAt(r.end.line).range.end);
      return base.matcher.findMentions(text, { from, to });
    });
  }

  /** The first sentence of the document naming both actors, as offsets. */
  supportingSentence(document: vscode.TextDocument, actorA: string, actorB: string): Span | undefined {
    return supportingSentence(document.getText(), this.mentionsOf(document), actorA, actorB);
  }

  /** Mentions of a text that is not open (workspace-wide searches). */
  mentionsOfText(text: string): readonly Mention[] {
    return this.store.active?.matcher.findMentions(text) ?? [];
  }
}

/** Length of a document in UTF-16 units without copying its text. */
function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}
