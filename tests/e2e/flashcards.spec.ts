import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './helpers';

const stat = (page: Page, name: string) => page.locator(`[data-stat="${name}"]`);

/** Opens the flashcards page with the browser clock set to `time`. */
async function openAt(page: Page, time: string) {
  await page.clock.setSystemTime(new Date(time));
  await page.goto('/flashcards/');
  await hydrated(page);
  await expect(page.getByRole('button', { name: /Start review|Continue review/ }).or(page.getByText('All done for now.'))).toBeVisible();
}

test('review a deck by keyboard, undo, resume after reload, and come back tomorrow', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-03-02T09:00:00') });
  await openAt(page, '2026-03-02T09:00:00');

  // Choose only the sig-abbreviation deck and three new cards a day, by keyboard.
  for (const deck of ['Brand → generic', 'Generic → brand', 'Generic → class', 'Generic → indication', 'DEA schedules', 'Look-alike/sound-alike pairs', 'Error-prone abbreviations']) {
    const box = page.getByRole('checkbox', { name: new RegExp(`^${deck}`) });
    await box.focus();
    await page.keyboard.press('Space');
    await expect(box).not.toBeChecked();
  }
  const perDay = page.getByRole('spinbutton', { name: 'New cards per day' });
  await perDay.fill('3');
  await perDay.press('Tab');
  await expect(stat(page, 'new')).toHaveText('3');
  await expect(stat(page, 'due')).toHaveText('0');

  await page.getByRole('button', { name: 'Start review' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('0 due · 3 new left today')).toBeVisible();
  const firstFront = await page.locator('.front').textContent();

  // Space shows the answer; 4 rates it Easy.
  await page.keyboard.press('Space');
  await expect(page.getByRole('group', { name: 'Rate your recall' })).toBeVisible();
  await page.keyboard.press('4');
  await expect(page.getByText('0 due · 2 new left today')).toBeVisible();

  // U undoes the last rating: the same card is back.
  await page.keyboard.press('u');
  await expect(page.getByText('Last rating undone.')).toBeVisible();
  await expect(page.locator('.front')).toHaveText(firstFront ?? '');
  await expect(page.getByText('0 due · 3 new left today')).toBeVisible();

  await page.keyboard.press('Space');
  await page.keyboard.press('4');
  // The session survives a reload.
  await page.reload();
  await hydrated(page);
  await expect(page.getByText('0 due · 2 new left today')).toBeVisible();

  // Mouse works too.
  for (let i = 0; i < 2; i += 1) {
    await page.getByRole('button', { name: /Show answer/ }).click();
    await page.getByRole('button', { name: /^Easy/ }).click();
  }
  await expect(page.getByText('All done for now.')).toBeVisible();
  await expect(page.getByText(/New cards return tomorrow/)).toBeVisible();
  await page.getByRole('button', { name: 'End session' }).click();
  await expect(stat(page, 'learned')).toHaveText('3');

  // Tomorrow: three new cards again, and nothing reviewed yesterday is due yet.
  await openAt(page, '2026-03-03T09:00:00');
  await expect(stat(page, 'new')).toHaveText('3');
  await expect(stat(page, 'due')).toHaveText('0');

  // A month later the cards rated yesterday are due.
  await openAt(page, '2026-04-02T09:00:00');
  await expect(stat(page, 'due')).toHaveText('3');
});
