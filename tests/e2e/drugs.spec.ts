import { expect, test } from '@playwright/test';
import { hydrated, open } from './helpers';

test.describe('drug reference', () => {
  test('filter the list by schedule and search, then open a drug page', async ({ page }) => {
    await open(page, '/drugs/');
    const count = page.getByRole('status').filter({ hasText: /of \d+ drugs/ });
    const total = Number((await count.textContent())?.match(/of (\d+)/)?.[1]);
    expect(total).toBeGreaterThanOrEqual(300);

    await page.getByRole('combobox', { name: 'Federal schedule' }).selectOption('C-II');
    await expect(page).toHaveURL(/schedule=C-II/);
    const controlled = Number((await count.textContent())?.match(/^(\d+)/)?.[1]);
    expect(controlled).toBeGreaterThan(0);
    expect(controlled).toBeLessThan(total);
    for (const badge of await page.locator('.drugs > li:visible .schedule').allTextContents()) expect(badge).toBe('C-II');

    await page.getByRole('searchbox', { name: /Search/ }).fill('oxycontin');
    await expect(page.locator('.drugs > li:visible')).toHaveCount(1);
    await page.getByRole('link', { name: 'oxycodone', exact: true }).click();
    await hydrated(page);
    await expect(page.getByRole('heading', { level: 1, name: 'oxycodone' })).toBeVisible();
    await expect(page.getByText('Federal schedule: C-II')).toBeVisible();
    await expect(page.getByText('Training data — not a real product code', { exact: false })).toBeVisible();

    // Back: the filters come back from the address.
    await page.goBack();
    await hydrated(page);
    await expect(page.getByRole('combobox', { name: 'Federal schedule' })).toHaveValue('C-II');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(count).toHaveText(`${total} of ${total} drugs`);
  });

  test('a tampered filter link is ignored with a clear message', async ({ page }) => {
    await open(page, '/drugs/?schedule=C-I&class=%3Cscript%3E&form=tablet');
    await expect(page.getByRole('alert')).toContainText('were not valid and were ignored: class, schedule');
    await expect(page.getByRole('combobox', { name: 'Dosage form' })).toHaveValue('tablet');
  });

  test('look-alike/sound-alike partners link both ways', async ({ page }) => {
    await open(page, '/drugs/hydroxyzine/');
    const lasa = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Look-alike/sound-alike partners' }) });
    await lasa.getByRole('link', { name: /hydralazine/i }).click();
    await hydrated(page);
    await expect(page.getByRole('heading', { level: 1, name: 'hydralazine' })).toBeVisible();
    await expect(page.locator('section').filter({ has: page.getByRole('heading', { name: 'Look-alike/sound-alike partners' }) }).getByRole('link', { name: /hydroxyzine/i })).toBeVisible();
  });

  test('a drug page shows its DUR entries and links the interacting drug', async ({ page }) => {
    await open(page, '/drugs/sildenafil/');
    const dur = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Drug-utilization review (DUR) alerts' }) });
    await expect(dur.getByRole('listitem').filter({ hasText: 'contraindicated' })).toContainText('severe, possibly fatal hypotension');
    await dur.getByRole('link', { name: 'isosorbide mononitrate' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'isosorbide mononitrate' })).toBeVisible();
    await expect(page.locator('#dur').getByRole('link', { name: 'sildenafil' })).toBeVisible();
  });
});
