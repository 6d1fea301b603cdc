import { expect, test } from '@playwright/test';
import { hydrated, sitemapPaths } from './helpers';

test('no request leaves the site origin on any page', async ({ page, baseURL }) => {
  test.setTimeout(300_000); // 367 pages; on a loaded 2-core machine 120 s was not enough
  const origin = new URL(baseURL ?? '').origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  const paths = await sitemapPaths(page);
  expect(paths.length).toBeGreaterThan(5);
  for (const path of paths) {
    await page.goto(path);
    await hydrated(page);
  }
  // Interact too: islands that load code on demand must not reach out either.
  await page.goto('/learn/dispensing/');
  await hydrated(page);
  await page.getByRole('radio', { name: 'Dark' }).check();
  expect(foreign).toEqual([]);
});
