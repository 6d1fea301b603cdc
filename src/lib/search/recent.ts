/** Recent searches, newest first: a query the learner chose a result for. Pure; the store keeps them. */
import { fold } from './normalize';

/** How many recent searches are kept. */
export const RECENT_MAX = 6;

/** The list with `query` first, without an earlier copy of it (by folded text) and at most `max` long. */
export function addRecent(list: readonly string[], query: string, max = RECENT_MAX): string[] {
  const q = query.trim().slice(0, 100);
  if (!fold(q)) return list.slice(0, max);
  return [q, ...list.filter((item) => fold(item) !== fold(q))].slice(0, max);
}

/** A stored value read back as a list of searches; anything else is an empty list. */
export function parseRecent(raw: string | null): string[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim().length > 0).slice(0, RECENT_MAX) : [];
  } catch {
    return [];
  }
}
