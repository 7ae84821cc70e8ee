import * as vscode from 'vscode';
import { findActors } from '../../core/annotationPlan';
import type { Actor } from '../../core/types';

interface ActorItem extends vscode.QuickPickItem {
  readonly id: string;
}

const SHOWN = 50;

/** Lets the user pick an actor, searching names, aliases, demonyms and ids (core searchActors); undefined on Escape. */
export function pickActor(actors: readonly Actor[], options: { title: string; placeholder?: string; exclude?: string }): Promise<string | undefined> {
  const pick = vscode.window.createQuickPick<ActorItem>();
  pick.title = options.title;
  pick.placeholder = options.placeholder ?? vscode.l10n.t('Type a name, alias or type');
  pick.matchOnDescription = true;
  const show = (query: string): void => {
    pick.items = findActors(actors, query, options.exclude)
      .slice(0, SHOWN).map(({ actor, matched }) => ({
      id: actor.id,
      label: actor.name,
      description: actor.type,
      detail: matched !== actor.name && matched !== actor.type ? vscode.l10n.t('matches “{0}”', matched) : actor.summary || undefined,
      alwaysShow: true,
    }));
  };
  show('');
  pick.onDidChangeValue(show);
  return choose(pick, (item) => item.id);
}

/** A quick pick of fixed items; undefined on Escape. */
export function pickOne<T extends vscode.QuickPickItem>(items: readonly T[], options: { title: string; placeholder?: string }): Promise<T | undefined> {
  return Promise.resolve(vscode.window.showQuickPick(items, { title: options.title, placeHolder: options.placeholder, ignoreFocusOut: false }));
}

/** An input box; undefined on Escape. `required` refuses blank text. */
export function ask(options: { title: string; prompt: string; value?: string; required?: boolean; validate?: (value: string) => string | undefined }): Promise<string | undefined> {
  return Promise.resolve(
    vscode.window.showInputBox({
      title: options.title,
      prompt: options.prompt,
      value: options.value ?? '',
      validateInput: (value) => (options.required && value.trim() === '' ? vscode.l10n.t('Required') : options.validate?.(value.trim())),
    }),
  ).then((v) => (v === undefined ? undefined : v.trim()));
}

function choose<T extends vscode.QuickPickItem, R>(pick: vscode.QuickPick<T>, result: (item: T) => R): Promise<R | undefined> {
  return new Promise((resolve) => {
    let done = false;
    pick.onDidAccept(() => {
      const item = pick.selectedItems[0];
      if (!item) return;
      done = true;
      resolve(result(item));
      pick.hide();
    });
    pick.onDidHide(() => {
      if (!done) resolve(undefined);
      pick.dispose();
    });
    pick.show();
  });
}
