import { BUILT_IN_ACTOR_TYPES, DEFAULT_ACTOR_ICON, displayTypeLabel, labelFromId } from './factBase/vocabulary';
import type { ActorTypeInfo, FactBase } from './types';

/**
 * The label and codicon of an actor type: as the fact base declares it, else the built-in one
 * (its label in the current language), else a label made from the id and the generic icon. Never undefined.
 */
export function actorTypeInfo(factBase: FactBase, type: string): ActorTypeInfo {
  const info = factBase.actorTypes.find((t) => t.id === type) ?? BUILT_IN_ACTOR_TYPES.find((t) => t.id === type);
  return info ? { ...info, label: displayTypeLabel(info) } : { id: type, label: labelFromId(type), icon: DEFAULT_ACTOR_ICON };
}
