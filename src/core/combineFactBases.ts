import { mergeFactBases } from './factBase/load';
import type { FactBase } from './types';

/**
 * The fact base to use: the user's fact bases merged in order (later ones override by id), laid
 * over the shipped default unless the first of them says `mode: replace`. No user bases: the default.
 */
export function combineFactBases(defaults: FactBase, user: readonly FactBase[]): FactBase {
  const [first, ...rest] = user;
  if (!first) return defaults;
  const merged = rest.reduce(mergeFactBases, first);
  return first.mode === 'replace' ? merged : mergeFactBases(defaults, merged);
}
