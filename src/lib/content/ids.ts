/**
 * Stable ids: recorded progress (and future gradebooks) point at lesson and card ids, so an id that
 * existed in an earlier build must still exist, or be given an alias to the id that replaced it.
 * `content/ids.json` lists every id ever released and the aliases; a unit test runs this check on it.
 */

/** The committed registry. */
export interface IdRegistry {
  /** Every lesson id ever released. */
  lessons: string[];
  /** Every card id ever released. */
  cards: string[];
  /** Old id → the id that replaced it (lessons and cards share one map; ids never collide across kinds). */
  aliases: Record<string, string>;
}

/** Where an old id leads today: itself, or the end of its alias chain; null when it leads nowhere (or loops). */
export function resolveId(id: string, current: ReadonlySet<string>, aliases: Readonly<Record<string, string>>): string | null {
  const seen = new Set<string>();
  let at = id;
  while (!current.has(at)) {
    const next = aliases[at];
    if (next === undefined || seen.has(at)) return null;
    seen.add(at);
    at = next;
  }
  return at;
}

/** One sentence per known id that no longer exists and has no alias to one that does. */
export function checkIdStability(kind: 'lesson' | 'card', known: readonly string[], current: ReadonlySet<string>, aliases: Readonly<Record<string, string>>): string[] {
  return known
    .filter((id) => resolveId(id, current, aliases) === null)
    .map((id) => `The ${kind} id "${id}" existed in an earlier release but is gone: restore it, or add "${id}": "<new id>" to aliases in content/ids.json.`);
}

/** The registry with today's new ids added (sorted), for `npm run ids:update`. */
export function withNewIds(registry: IdRegistry, lessons: Iterable<string>, cards: Iterable<string>): IdRegistry {
  return {
    lessons: [...new Set([...registry.lessons, ...lessons])].sort(),
    cards: [...new Set([...registry.cards, ...cards])].sort(),
    aliases: registry.aliases,
  };
}
