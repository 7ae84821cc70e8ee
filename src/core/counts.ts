import { l10n } from './l10n';

/** `3 actors`, `1 actor` (French: `0 acteur`): a count of actors in the current language. */
export function countActors(count: number): string {
  return l10n.plural(count, { one: '{0} actor', other: '{0} actors' }, count);
}

/** `3 relations`, `1 relation`: a count of relations in the current language. */
export function countRelations(count: number): string {
  return l10n.plural(count, { one: '{0} relation', other: '{0} relations' }, count);
}
