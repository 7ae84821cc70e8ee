import * as vscode from 'vscode';
import { articleDate } from '../../core/articleDate';
import { isValidPartialDate } from '../../core/dates';
import { addFact } from '../../core/factBaseEdits';
import type { Source } from '../../core/types';
import type { AnnotateDeps, CommonArgs } from './deps';
import type { WriteResult } from './factBaseWriter';
import { ask, pickActor } from './prompts';
import { quoteOf } from './selection';
import type { AnnotationTarget } from './selection';

/** `{action: 'fact', actorId?, statement?, date?, url?}`: `date: ''` means none; the selection is the anchored source quote. */
export interface FactArgs extends CommonArgs {
  readonly action: 'fact';
  readonly actorId?: string;
  readonly statement?: string;
  readonly date?: string;
  readonly url?: string;
}

/** Adds a dated fact about the mention's actor (else a picked one), sourced by the selected quote. */
export async function annotateFact(deps: AnnotateDeps, target: AnnotationTarget | undefined, args: FactArgs): Promise<WriteResult | undefined> {
  const active = await deps.store.ready();
  const actorId = args.actorId ?? target?.mention?.actorId ?? (await pickActor(active.factBase.actors, { title: vscode.l10n.t('Add a Fact About…') }));
  if (actorId === undefined) return undefined;
  const name = active.actorsById.get(actorId)?.name ?? actorId;
  const statement = args.statement ?? (await ask({ title: vscode.l10n.t('Fact About {0} (1/2)', name), prompt: vscode.l10n.t('Statement, e.g. “Named prime minister.”'), required: true }));
  if (statement === undefined || statement === '') return undefined;
  const date = args.date ?? (await askDate(vscode.l10n.t('Fact About {0} (2/2)', name), target));
  if (date === undefined) return undefined;
  const sources: Source[] = [];
  if (target && !target.range.isEmpty) sources.push({ quote: quoteOf(target) });
  if (args.url !== undefined) sources.push({ url: args.url });
  return deps.writer.write({ actorId, create: args.create === true, edit: (yaml) => addFact(yaml, actorId, { statement, sources, ...(date !== '' && { date }) }) });
}

/** Asks for a date, defaulting to the article's; '' for none, undefined on Escape. */
export function askDate(title: string, target: AnnotationTarget | undefined, prompt = vscode.l10n.t('Date (YYYY, YYYY-MM or YYYY-MM-DD; empty for none)')): Promise<string | undefined> {
  const value = target ? (articleDate(target.document.getText()) ?? '') : '';
  return ask({ title, prompt, value, validate: (v) => (v === '' || isValidPartialDate(v) ? undefined : vscode.l10n.t('Write the date as YYYY, YYYY-MM or YYYY-MM-DD.')) });
}
