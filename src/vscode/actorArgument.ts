/**
 * The actor id a command was given: a plain id (hover links, tests, other commands), or the row of
 * a News Lens tree that a context menu passes (`{ actor: { id } }`: an actor of the Relationships
 * view or of Actors in This Article). Undefined for anything else.
 */
export function actorIdArgument(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  if (typeof arg !== 'object' || arg === null || !('actor' in arg)) return undefined;
  const actor: unknown = arg.actor;
  return typeof actor === 'object' && actor !== null && 'id' in actor && typeof actor.id === 'string' ? actor.id : undefined;
}
