import * as vscode from 'vscode';
import { mentionOverlapping, nameFromSelection } from '../../core/annotationPlan';
import { createAnchor } from '../../core/anchor';
import type { Mention, Quote } from '../../core/types';
import { articlePath } from '../articlePaths';
import type { MentionIndex } from '../mentionIndex';

/** What is being annotated: a range of an article, its text and the mention there, if any. */
export interface AnnotationTarget {
  readonly document: vscode.TextDocument;
  readonly range: vscode.Range;
  /** The selected text as a name (trimmed of punctuation). */
  readonly name: string;
  readonly mention?: Mention;
}

/** Where the command was pointed by arguments: a document and a range (VS Code or plain `{line, character}` positions). */
export interface TargetArgs {
  readonly uri?: vscode.Uri | string;
  readonly range?: vscode.Range | { readonly start: PlainPosition; readonly end: PlainPosition };
}

interface PlainPosition {
  readonly line: number;
  readonly character: number;
}

/** The target from arguments, else the active editor's selection, else the mention or word under its cursor; undefined when there is nothing. */
export async function findTarget(index: MentionIndex, args: TargetArgs): Promise<AnnotationTarget | undefined> {
  const editor = vscode.window.activeTextEditor;
  const uri = typeof args.uri === 'string' ? vscode.Uri.parse(args.uri) : args.uri;
  const document = uri ? await vscode.workspace.openTextDocument(uri) : editor?.document;
  if (!document) return undefined;
  const mentions = index.mentionsOf(document);
  let range = args.range ? toRange(args.range) : editor?.document === document ? editor.selection : undefined;
  if (!range) return undefined;
  if (range.isEmpty) {
    const offset = document.offsetAt(range.start);
    const mention = mentionOverlapping(mentions, offset, offset);
    range = mention ? new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end)) : document.getWordRangeAtPosition(range.start);
    if (!range) return undefined;
  }
  const start = document.offsetAt(range.start);
  const end = document.offsetAt(range.end);
  const mention = mentionOverlapping(mentions, start, end);
  return { document, range, name: nameFromSelection(document.getText(range)), ...(mention && { mention }) };
}

/** The target's text as an anchored quote, `article` being its workspace-relative path. */
export function quoteOf(target: AnnotationTarget): Quote {
  const text = target.document.getText();
  const anchor = createAnchor(text, target.document.offsetAt(target.range.start), target.document.offsetAt(target.range.end));
  return { ...anchor, article: articlePath(target.document.uri) };
}

function toRange(r: NonNullable<TargetArgs['range']>): vscode.Range {
  return r instanceof vscode.Range ? r : new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}
