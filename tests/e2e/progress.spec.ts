import { expect, test } from '@playwright/test';
import { hydrated, open } from './helpers';

test.describe('progress store', () => {
  test('a second tab sees progress change without reloading', async ({ context }) => {
    const reader = await context.newPage();
    await open(reader, '/learn/dispensing/');
    const total = await reader.locator('.lessons > li').count();
    await expect(reader.getByText(`0 of ${total} lessons complete`)).toBeVisible();

    const writer = await context.newPage();
    await open(writer, '/learn/dispensing/');
    await writer.locator('.lessons > li a').first().click();
    await hydrated(writer);
    await writer.getByRole('button', { name: 'Mark lesson complete' }).click();

    await expect(reader.getByText(`1 of ${total} lessons complete`)).toBeVisible();
    await expect(reader.locator('.lessons > li').first().getByText('Complete', { exact: true })).toBeVisible();
  });

  test('corrupt saved progress is kept aside, the learner is told, and new progress saves', async ({ page }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('rxtray:progress', '{"version":1,"lessons":');
        sessionStorage.setItem('seeded', 'yes');
      }
    });
    await open(page, '/learn/dispensing/');
    await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toBeVisible();
    const backups = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('rxtray:progress:backup:'))
        .map((k) => localStorage.getItem(k)),
    );
    expect(backups).toEqual(['{"version":1,"lessons":']);

    await page.getByRole('button', { name: 'Dismiss' }).click();
    await page.locator('.lessons > li a').first().click();
    await hydrated(page);
    await page.getByRole('button', { name: 'Mark lesson complete' }).click();
    await page.reload();
    await hydrated(page);
    await expect(page.getByRole('status').filter({ hasText: /^\W*Lesson complete$/ })).toBeVisible();
    await expect(page.getByText('could not be read')).toHaveCount(0);
  });

  test('progress from a newer RxTray is not overwritten', async ({ page }) => {
    const future = JSON.stringify({ version: 99, lessons: { 'x/y': { completedAt: '2030-01-01T00:00:00.000Z' } } });
    await page.addInitScript((value) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('rxtray:progress', value);
        sessionStorage.setItem('seeded', 'yes');
      }
    }, future);
    await open(page, '/');
    await expect(page.getByText('written by a newer version of RxTray')).toBeVisible();
    const kept = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('rxtray:progress:backup:'))
        .map((k) => localStorage.getItem(k)),
    );
    expect(kept).toEqual([future]);
  });
});
