/** The signature of `vscode.l10n.t`: a message with `{0}`, `{1}`… placeholders, and their values. */
export type Translate = (message: string, ...args: (string | number | boolean)[]) => string;

/** `message` with `{0}`, `{1}`… replaced by `args`; a placeholder without a value stays as written. */
export function fillPlaceholders(message: string, ...args: (string | number | boolean)[]): string {
  return message.replace(/\{(\d+)\}/g, (match, i: string) => (i in args ? String(args[Number(i)]) : match));
}

/** English: the message itself, its placeholders filled. */
const english: Translate = fillPlaceholders;

let translate: Translate = english;
let language = 'en';
const pluralRules = new Map<string, Intl.PluralRules>();

/** The two forms of a counted message: `one` (which must show the count as a placeholder, since French also uses it for 0) and `other`. */
export interface PluralForms {
  readonly one: string;
  readonly other: string;
}

/**
 * True when `count` takes the singular form in `lang` (English: 1 only; French: 0 and 1). A tag
 * that is invalid, or whose language the runtime has no rules for, reads English (not the
 * runtime's own locale).
 */
export function pluralIsOne(count: number, lang: string): boolean {
  let rules = pluralRules.get(lang);
  if (!rules) {
    try {
      rules = new Intl.PluralRules([lang, 'en']);
    } catch {
      rules = new Intl.PluralRules('en');
    }
    pluralRules.set(lang, rules);
  }
  return rules.select(count) === 'one';
}

/** The display language core's text is in (`vscode.env.language` in the extension, else 'en'). */
export function currentLanguage(): string {
  return language;
}

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
  /**
   * A counted message: `forms.one` or `forms.other` as the display language's plural rules choose
   * for `count` (both are literal keys, like `t`'s message), translated with `args`.
   */
  plural(count: number, forms: PluralForms, ...args: (string | number | boolean)[]): string {
    return translate(pluralIsOne(count, language) ? forms.one : forms.other, ...args);
  },
};

/**
 * Routes `l10n.t` through `translator` (the extension passes `vscode.l10n.t` and
 * `vscode.env.language`, whose plural rules `l10n.plural` follows), or back to English when it is
 * undefined. The one piece of global state in core, set once at activation; the CLI
 * and unit tests never set it, so they read English.
 */
export function useTranslator(translator: Translate | undefined, displayLanguage = 'en'): void {
  translate = translator ?? english;
  language = translator ? displayLanguage : 'en';
}

/** `text` with its first letter in upper case: for a sentence that may start with a placeholder. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
