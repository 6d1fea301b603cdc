import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { authoredAndSampled, hydrated, sitemapPaths } from '../e2e/helpers';

/** WCAG 2.2 AA; without wcag22aa the target-size rule is not checked. */
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The light scan covers every authored page and a sample of drug pages, split so the workers share it. */
const SHARDS = 4;

async function scan(page: Page, paths: readonly string[]): Promise<string[]> {
  const failures: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    await hydrated(page);
    // Only violations are needed; skipping the detail of passing checks makes axe markedly faster.
    const { violations } = await new AxeBuilder({ page }).withTags(tags).options({ resultTypes: ['violations'] }).analyze();
    for (const v of violations) {
      failures.push(`${path}: ${v.id} (${v.impact}) — ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
    }
  }
  return failures;
}

/** Page type of a path: drug pages share one template, lessons another, and so on. */
const pageType = (path: string) => path.replace(/^\/(drugs|learn\/[^/]+)\/[^/]+\/$/, '/$1/*/').replace(/^\/learn\/[^/]+\/$/, '/learn/*/');

for (let shard = 0; shard < SHARDS; shard += 1) {
  test(`every authored page and a sample of drug pages pass axe (WCAG 2.2 AA, light, part ${shard + 1} of ${SHARDS})`, async ({ page }) => {
    test.setTimeout(600_000);
    await page.emulateMedia({ colorScheme: 'light' });
    const paths = authoredAndSampled([...(await sitemapPaths(page)), '/404/']);
    expect(paths.length).toBeGreaterThan(5);
    const failures = await scan(page, paths.filter((_, i) => i % SHARDS === shard));
    expect(failures, failures.join('\n')).toEqual([]);
  });
}

test('one page of every type passes axe in the dark theme too', async ({ page }) => {
  test.setTimeout(300_000);
  await page.emulateMedia({ colorScheme: 'dark' });
  const paths = [...(await sitemapPaths(page)), '/404/'];
  const firstOfType = [...new Map(paths.map((p) => [pageType(p), p])).values()];
  expect(firstOfType.length).toBeGreaterThan(5);
  const failures = await scan(page, firstOfType);
  expect(failures, failures.join('\n')).toEqual([]);
});
