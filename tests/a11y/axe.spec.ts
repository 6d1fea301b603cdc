import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { hydrated, sitemapPaths } from '../e2e/helpers';

/** WCAG 2.2 AA; without wcag22aa the target-size rule is not checked. */
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const scheme of ['light', 'dark'] as const) {
  test(`every page in the sitemap passes axe (WCAG 2.2 AA, ${scheme})`, async ({ page }) => {
    test.setTimeout(600_000);
    await page.emulateMedia({ colorScheme: scheme });
    const paths = await sitemapPaths(page);
    expect(paths.length).toBeGreaterThan(5);
    const failures: string[] = [];
    for (const path of [...paths, '/404/']) {
      await page.goto(path);
      await hydrated(page);
      const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
      for (const v of violations) {
        failures.push(`${path}: ${v.id} (${v.impact}) — ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
      }
    }
    expect(failures, failures.join('\n')).toEqual([]);
  });
}
