import { expect, test } from '@playwright/test';
import { hydrated, open } from './helpers';

test.describe('exam coverage', () => {
  test('from the footer, find the lessons that teach a knowledge area and open one', async ({ page }) => {
    await open(page, '/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Exam coverage' }).click();
    await hydrated(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Exam coverage' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: /^2\. Federal Requirements/ })).toBeVisible();

    const area = page.locator('#area-2-2');
    await expect(area).toContainText('Federal requirements for controlled substance prescriptions');
    await area.getByRole('link', { name: 'Intake and validity checks' }).click();
    await hydrated(page);
    await expect(page).toHaveURL(/\/learn\/dispensing\/intake-and-validity\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Intake and validity checks' })).toBeVisible();
  });
});
