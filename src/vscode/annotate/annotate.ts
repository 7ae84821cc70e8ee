import * as vscode from 'vscode';
import { Commands } from '../ids';
import { annotateAlias } from './aliasAction';
import type { AliasArgs } from './aliasAction';
import type { AnnotateDeps } from './deps';
import { annotateFact } from './factAction';
import type { FactArgs } from './factAction';
import type { WriteResult } from './factBaseWriter';
import { annotateNewActor } from './newActorAction';
import type { NewActorArgs } from './newActorAction';
import { annotateNote } from './noteAction';
import type { NoteArgs } from './noteAction';
import { pickOne } from './prompts';
import { annotateRelation } from './relationAction';
import type { RelationArgs } from './relationAction';
import { findTarget } from './selection';
import type { AnnotationTarget, TargetArgs } from './selection';

/** The one options object `newsLens.annotate` accepts; without `action` the user chooses one. */
export type AnnotateArgs = AliasArgs | NewActorArgs | FactArgs | RelationArgs | NoteArgs;
type Action = AnnotateArgs['action'];

/** `newsLens.annotate`: annotates the selection (or the mention or word at the cursor) through a quick pick, or by its arguments. */
export function registerAnnotate(deps: AnnotateDeps): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.annotate, async (raw?: unknown): Promise<WriteResult | undefined> => {
    const args = readArgs(raw);
    await deps.writer.useWorkspaceFactBase();
    const target = await findTarget(deps.index, args);
    const action = 'action' in args && args.action !== undefined ? args.action : await chooseAction(deps, target);
    switch (action) {
      case 'alias':
        return annotateAlias(deps, target, { ...args, action });
      case 'newActor':
        return annotateNewActor(deps, target, { ...args, action });
      case 'fact':
        return annotateFact(deps, target, { ...args, action });
      case 'relation':
        return annotateRelation(deps, target, { ...args, action });
      case 'note':
        return annotateNote(deps, target, { ...args, action });
      default:
        return undefined;
    }
  });
}

async function chooseAction(deps: AnnotateDeps, target: AnnotationTarget | undefined): Promise<Action | undefined> {
  const active = await deps.store.ready();
  const name = target?.name ?? '';
  const about = target?.mention ? active.actorsById.get(target.mention.actorId)?.name : undefined;
  const quoted = name === '' ? '' : `“${name}”`;
  const items: (vscode.QuickPickItem & { action: Action })[] = [
    { action: 'alias', label: `$(person) ${vscode.l10n.t('This Is an Existing Actor…')}`, description: quoted && vscode.l10n.t('add {0} as a name of an actor', quoted) },
    { action: 'newActor', label: `$(add) ${vscode.l10n.t('New Actor…')}`, description: quoted && vscode.l10n.t('add {0} to the fact base', quoted) },
    { action: 'fact', label: `$(note) ${vscode.l10n.t('Add a Fact…')}`, description: about ? vscode.l10n.t('about {0}, quoting the selection', about) : vscode.l10n.t('quoting the selection') },
    { action: 'relation', label: `$(git-compare) ${vscode.l10n.t('Add a Relation…')}`, description: about ? vscode.l10n.t('from {0} to another actor', about) : vscode.l10n.t('between two actors') },
    { action: 'note', label: `$(comment) ${vscode.l10n.t('Add a Note…')}`, description: vscode.l10n.t('anchored to the selection') },
  ];
  const title = quoted ? vscode.l10n.t('Annotate {0}', quoted) : vscode.l10n.t('Annotate');
  return (await pickOne(items, { title, placeholder: vscode.l10n.t('What do you want to record?') }))?.action;
}

/** The options object, or nothing; a Uri (what editor menus pass) only says which document. */
function readArgs(raw: unknown): Partial<AnnotateArgs> & TargetArgs {
  if (raw instanceof vscode.Uri) return { uri: raw };
  if (typeof raw !== 'object' || raw === null) return {};
  return raw;
}
