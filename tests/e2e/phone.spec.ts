import { expect, test } from '@playwright/test';
import { hydrated, open } from './helpers';

test('on a phone the pages fit the screen and the lesson path works by touch', async ({ page }) => {
  await open(page, '/');
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.getByRole('link', { name: 'Learn' }).tap();
  await hydrated(page);
  await page.getByRole('link', { name: 'Dispensing' }).first().tap();
  await hydrated(page);
  await page.locator('.lessons > li a').first().tap();
  await hydrated(page);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.getByRole('button', { name: 'Mark lesson complete' }).tap();
  await expect(page.getByRole('status').filter({ hasText: /^\W*Lesson complete$/ })).toBeVisible();
});
