/** The signature of `vscode.l10n.t`: a message with `{0}`, `{1}`… placeholders, and their values. */
export type Translate = (message: string, ...args: (string | number | boolean)[]) => string;

/** `message` with `{0}`, `{1}`… replaced by `args`; a placeholder without a value stays as written. */
export function fillPlaceholders(message: string, ...args: (string | number | boolean)[]): string {
  return message.replace(/\{(\d+)\}/g, (match, i: string) => (i in args ? String(args[Number(i)]) : match));
}

/** English: the message itself, its placeholders filled. */
const english: Translate = fillPlaceholders;

let translate: Translate = english;

/**
 * Core's user-facing text: `l10n.t` takes the English message as a string literal (the key of
 * `l10n/bundle.l10n.json`, as for `vscode.l10n.t`) and its placeholder values. Call it where the
 * text is built, never into a module-level constant: the adapter installs its translator after
 * modules load.
 */
export const l10n = {
  t(message: string, ...args: (string | number | boolean)[]): string {
    return translate(message, ...args);
  },
};

/**
 * Routes `l10n.t` through `translator` (the extension passes `vscode.l10n.t`), or back to English
 * when it is undefined. The one piece of global state in core, set once at activation; the CLI
 * and unit tests never set it, so they read English.
 */
export function useTranslator(translator: Translate | undefined): void {
  translate = translator ?? english;
}

/** `text` with its first letter in upper case: for a sentence that may start with a placeholder. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
