import { expect, test } from '@playwright/test';
import { hydrated, open } from './helpers';

test.use({ serviceWorkers: 'allow' });

test('after the first visit, lessons, drug pages and progress work offline', async ({ page, context }) => {
  test.setTimeout(60_000);
  await open(page, '/');
  // Wait until the service worker controls the page and has precached the site.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

  await context.setOffline(true);
  await open(page, '/learn/dispensing/');
  await expect(page.getByRole('heading', { level: 1, name: 'Dispensing' })).toBeVisible();
  await page.locator('.lessons > li a').nth(1).click();
  await hydrated(page);
  await page.getByRole('button', { name: 'Mark lesson complete' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^\W*Lesson complete$/ })).toBeVisible();

  await open(page, '/drugs/atorvastatin/');
  await expect(page.getByRole('heading', { level: 1, name: 'atorvastatin' })).toBeVisible();

  await page.goto('/no-such-page/');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});
