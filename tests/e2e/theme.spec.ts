import { expect, test } from '@playwright/test';
import { open } from './helpers';

test.describe('theme', () => {
  test('the chosen theme persists across reloads and is applied before the page paints', async ({ page }) => {
    // Record the theme at the moment <body> is parsed, before anything can paint.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.body) {
          (window as unknown as { themeAtBody: string | undefined }).themeAtBody = document.documentElement.dataset['theme'];
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.emulateMedia({ colorScheme: 'light' });
    await open(page, '/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

    await page.getByRole('radio', { name: 'Dark' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody)).toBe('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(background);

    await page.goto('/about/');
    expect(await page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody)).toBe('dark');
  });

  test('"System" follows the device setting', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await open(page, '/');
    await expect(page.getByRole('radio', { name: 'System' })).toBeChecked();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });

  test('a choice made in another tab, and a device switch under "System", apply without a reload', async ({ context }) => {
    const first = await context.newPage();
    await first.emulateMedia({ colorScheme: 'light' });
    await open(first, '/');
    const second = await context.newPage();
    await second.emulateMedia({ colorScheme: 'light' });
    await open(second, '/about/');
    await expect(second.locator('html')).toHaveAttribute('data-theme', 'light');

    await first.getByRole('radio', { name: 'Dark' }).check();
    await expect(second.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(second.getByRole('radio', { name: 'Dark' })).toBeChecked();

    await first.getByRole('radio', { name: 'System' }).check();
    await expect(second.locator('html')).toHaveAttribute('data-theme', 'light');
    // The device switches to dark: the page follows at once.
    await second.emulateMedia({ colorScheme: 'dark' });
    await expect(second.locator('html')).toHaveAttribute('data-theme', 'dark');
    await second.emulateMedia({ colorScheme: 'light' });
    await expect(second.locator('html')).toHaveAttribute('data-theme', 'light');
  });
});
