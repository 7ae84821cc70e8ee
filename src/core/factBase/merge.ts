import type { FactBase } from '../types';

/**
 * Lays `overlay` over `base`: actors, relations, types and notes with the same id replace the base's
 * in place, others are appended; relations whose ends no longer exist are dropped. Keeps `base.mode`.
 */
export function mergeFactBases(base: FactBase, overlay: FactBase): FactBase {
  const actors = overlayById(base.actors, overlay.actors);
  const ids = new Set(actors.map((a) => a.id));
  return {
    mode: base.mode,
    actors,
    relations: overlayById(base.relations, overlay.relations).filter((r) => ids.has(r.from) && ids.has(r.to)),
    actorTypes: overlayById(base.actorTypes, overlay.actorTypes),
    relationTypes: overlayById(base.relationTypes, overlay.relationTypes),
    notes: overlayById(base.notes, overlay.notes),
    files: [...new Set([...base.files, ...overlay.files])],
  };
}

function overlayById<T extends { readonly id: string }>(base: readonly T[], overlay: readonly T[]): T[] {
  const replacements = new Map(overlay.map((item) => [item.id, item]));
  const merged = base.map((item) => replacements.get(item.id) ?? item);
  const inBase = new Set(base.map((item) => item.id));
  return [...merged, ...overlay.filter((item) => !inBase.has(item.id))];
}
