import { expect, type Page } from '@playwright/test';

/**
 * Waits until the page is interactive: every Svelte island that hydrates on load or idle has hydrated
 * (client:visible ones wait to be seen) and every rxtray-* custom element has connected.
 */
export async function hydrated(page: Page): Promise<void> {
  await expect(page.locator('astro-island[ssr]:not([client="visible"])')).toHaveCount(0);
  await expect(page.locator('[data-pending]')).toHaveCount(0);
}

/** Opens a path and waits for hydration. */
export async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await hydrated(page);
}

/** Paths of every page in the built sitemap, e.g. "/learn/dispensing/". */
export async function sitemapPaths(page: Page): Promise<string[]> {
  const index = await (await page.request.get('/sitemap-index.xml')).text();
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  const paths: string[] = [];
  for (const map of maps) {
    const xml = await (await page.request.get(map)).text();
    paths.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname));
  }
  return paths;
}

/**
 * Drug pages are ~370 pages from one template and one schema: whole-site sweeps (axe, the privacy check) visit
 * every 12th of them (and the first) and every other page — lessons, modules, reference and app pages, each
 * written by hand — in full, so the suite stays within CI time as content grows (README, "Tests").
 */
export const DRUG_SAMPLE_EVERY = 12;

/** Every page except most generated drug pages: a fixed, spread-out sample of those. */
export function authoredAndSampled(paths: readonly string[]): string[] {
  let drugIndex = -1;
  return paths.filter((path) => {
    if (!/^\/drugs\/[^/]+\/$/.test(path)) return true;
    drugIndex += 1;
    return drugIndex % DRUG_SAMPLE_EVERY === 0;
  });
}

/** Every row of one store of the learning record (IndexedDB), read from inside the page. */
export async function storedRows(page: Page, store: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (name) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('rxtray');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction(name, 'readonly').objectStore(name).getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result as Record<string, unknown>[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}
