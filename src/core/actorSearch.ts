import { foldForMatch } from './fold';
import type { Actor } from './types';

/** One search hit: the actor and the name or alias that matched. */
export interface ActorHit {
  readonly actor: Actor;
  readonly matched: string;
}

/**
 * Actors whose name, aliases or demonyms contain the query (case, diacritics and punctuation
 * folded), best first: exact, then prefix, then substring; ties by name. An empty query lists all.
 */
export function searchActors(actors: readonly Actor[], query: string): ActorHit[] {
  const q = foldForMatch(query);
  const scored: { hit: ActorHit; score: number }[] = [];
  for (const actor of actors) {
    let best: { matched: string; score: number } | undefined;
    for (const form of [actor.name, actor.id, ...actor.aliases.map((a) => a.text), ...actor.demonyms.map((a) => a.text)]) {
      const f = foldForMatch(form);
      const score = q === '' ? 1 : f === q ? 3 : f.startsWith(q) ? 2 : f.includes(q) ? 1 : 0;
      if (score > (best?.score ?? 0)) best = { matched: form, score };
    }
    if (best) scored.push({ hit: { actor, matched: best.matched }, score: best.score });
  }
  return scored
    .sort((a, b) => b.score - a.score || a.hit.actor.name.localeCompare(b.hit.actor.name))
    .map((s) => s.hit);
}
