import { prefersFlowAliases } from '../factBaseEdits';
import type { Actor, Alias } from '../types';
import { entryIn, same } from './data';
import { compact, sourceValue } from './serialize';
import { appendItem, findEntry, finish, openFactBase, refuse } from './yamlSplice';
import type { EditResult } from './yamlSplice';

/** An actor as the format writes it (key order id, name, type, aliases, demonyms, summary, roles, ids, facts; empty fields left out). */
export function actorValue(actor: Actor): Record<string, unknown> {
  const forms = (list: readonly Alias[]): unknown[] | undefined => (list.length > 0 ? list.map(aliasValue) : undefined);
  return compact({
    id: actor.id,
    name: actor.name,
    type: actor.type,
    aliases: forms(actor.aliases),
    demonyms: forms(actor.demonyms),
    summary: actor.summary,
    roles: actor.roles.length > 0 ? actor.roles.map((r) => compact({ title: r.title, of: r.of, since: r.since, until: r.until })) : undefined,
    ids: Object.keys(actor.ids).length > 0 ? { ...actor.ids } : undefined,
    facts: actor.facts.length > 0 ? actor.facts.map((f) => compact({ statement: f.statement, date: f.date, until: f.until, sources: f.sources.map(sourceValue) })) : undefined,
  });
}

/**
 * Copies `actor` (typically from the shipped default) into this file as a whole entry, so that a
 * `mode: extend` file overrides it by id and later edits have an entry to change; `changed: false`
 * when the file already defines that id.
 */
export function overrideActor(text: string, actor: Actor): EditResult {
  const file = openFactBase(text);
  if (typeof file === 'string') return refuse(file);
  if (findEntry(file.root, 'actors', actor.id)) return { ok: true, text, changed: false, id: actor.id };
  const item = actorValue(actor);
  const flow = ['demonyms', 'ids', ...(prefersFlowAliases(file) ? ['aliases'] : [])];
  const splices = appendItem(file, file.root, 'actors', item, flow);
  if (typeof splices === 'string') return refuse(splices);
  return finish(file, splices, (d) => same(entryIn(d, 'actors', actor.id), item), actor.id);
}

function aliasValue(alias: Alias): unknown {
  if (alias.case === 'smart' && alias.lang === undefined) return alias.text;
  return compact({ text: alias.text, case: alias.case === 'smart' ? undefined : alias.case, lang: alias.lang });
}
