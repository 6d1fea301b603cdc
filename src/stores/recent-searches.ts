/**
 * Recent searches in localStorage (`rxtray:search:recent`). Storage that is full, blocked or holds something
 * else never breaks search: reads give an empty list and failed writes are ignored.
 */
import { addRecent, parseRecent } from '../lib/search/recent';

const KEY = 'rxtray:search:recent';

/** The learner's recent searches, newest first. */
export function recentSearches(): string[] {
  try {
    return parseRecent(localStorage.getItem(KEY));
  } catch {
    return [];
  }
}

/** Remembers a search the learner chose a result for. */
export function rememberSearch(query: string): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(addRecent(recentSearches(), query)));
  } catch {
    // Storage refused: search still works, it just forgets.
  }
}

/** Forgets every recent search. */
export function clearRecentSearches(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing to do.
  }
}
