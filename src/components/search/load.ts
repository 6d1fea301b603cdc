/** Fetches and reads the search index once per page, on first use (never on page load). */
import { loadIndex, type LoadedIndex } from '../../lib/search/search';
import { withBase } from '../../lib/url';

let pending: Promise<LoadedIndex> | undefined;

/** The site's search index; a failed load is retried on the next call. */
export function loadSiteIndex(): Promise<LoadedIndex> {
  pending ??= fetch(withBase('/search/index.json'))
    .then(async (response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const loaded = loadIndex(await response.json());
      if (!loaded.ok) throw new Error(loaded.error);
      return loaded.value;
    })
    .catch((error: unknown) => {
      pending = undefined;
      throw error instanceof Error ? error : new Error(String(error));
    });
  return pending;
}
