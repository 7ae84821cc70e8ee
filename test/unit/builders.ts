import type { Actor, Alias, CaseRule } from '../../src/core/types';

type Overrides<T> = { -readonly [K in keyof T]?: T[K] };

/** A lower-case, dash-separated id from a display name (`Assimi Goïta` → `assimi-goita`). */
export function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A complete Actor (type `country`, empty lists); the id comes from the name and the name from the id when missing; overrides win. */
export function actor(overrides: Overrides<Actor> = {}): Actor {
  const name =
    overrides.name ??
    (overrides.id ?? 'test-actor')
      .split('-')
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join(' ');
  return {
    id: slug(name) || 'test-actor',
    name,
    type: 'country',
    aliases: [],
    demonyms: [],
    summary: '',
    roles: [],
    ids: {},
    facts: [],
    ...overrides,
  };
}

/** An alias with the given case rule (`smart` unless told) and optional language tag. */
export function alias(text: string, rule: CaseRule = 'smart', lang?: string): Alias {
  return lang === undefined ? { text, case: rule } : { text, case: rule, lang };
}

/** Smart-case aliases from plain strings, for the common case. */
export function aliases(...texts: string[]): Alias[] {
  return texts.map((t) => alias(t));
}
