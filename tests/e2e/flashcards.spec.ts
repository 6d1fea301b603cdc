import { expect, test, type Page } from '@playwright/test';
import { hydrated, storedRows } from './helpers';

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
  await expect(page.getByText('0 due · 2 new left today')).toBeVisible();
  // The rating is written to IndexedDB asynchronously: reload only once it is stored, as a learner's next visit would.
  await expect.poll(async () => (await storedRows(page, 'reviews')).length).toBe(1);
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

test('undo only takes back ratings made in this session, never an earlier session or another tab', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('/flashcards/');
  await hydrated(page);
  const perDay = page.getByRole('spinbutton', { name: 'New cards per day' });

  // An earlier session: one rating, then the session ends.
  await page.getByRole('button', { name: 'Start review' }).click();
  await page.getByRole('button', { name: /Show answer/ }).click();
  await page.getByRole('button', { name: /^Easy/ }).click();
  await page.getByRole('button', { name: 'End session' }).click();
  await expect(stat(page, 'learned')).toHaveText('1');

  // A new session: U has nothing of its own to undo, and the earlier rating stays.
  await page.getByRole('button', { name: 'Start review' }).click();
  await expect(page.getByRole('button', { name: /Undo last rating/ })).toBeDisabled();
  await page.keyboard.press('u');
  await expect(page.getByText('Nothing to undo in this session.')).toBeVisible();
  await expect(page.getByText('0 due · 19 new left today')).toBeVisible();

  // Another tab rates a card; this session's U still does not touch it.
  const other = await context.newPage();
  await other.goto('/flashcards/');
  await hydrated(other);
  await other.getByRole('button', { name: 'Start review' }).click();
  await other.getByRole('button', { name: /Show answer/ }).click();
  await other.getByRole('button', { name: /^Easy/ }).click();
  await expect(page.getByText('0 due · 18 new left today')).toBeVisible();
  await page.keyboard.press('u');
  await expect(page.getByText('Nothing to undo in this session.')).toBeVisible();
  await expect(page.getByText('0 due · 18 new left today')).toBeVisible();

  // This session's own rating is undone, and only that one.
  await page.keyboard.press('Space');
  await page.keyboard.press('3');
  await expect(page.getByText(/\d+ due · 17 new left today/)).toBeVisible();
  await page.keyboard.press('u');
  await expect(page.getByText('Last rating undone.')).toBeVisible();
  await expect(page.getByText('0 due · 18 new left today')).toBeVisible();
  await page.getByRole('button', { name: 'End session' }).click();
  await expect(stat(page, 'learned')).toHaveText('2');
  await expect(perDay).toHaveValue('20');
});

test('new cards per day shows what is stored and says why a value was refused', async ({ page }) => {
  await page.goto('/flashcards/');
  await hydrated(page);
  const perDay = page.getByRole('spinbutton', { name: 'New cards per day' });
  for (const typed of ['-5', '501']) {
    await perDay.fill(typed);
    await perDay.press('Tab');
    await expect(page.getByText('New cards per day must be a whole number from 0 to 500. Still set to 20.')).toBeVisible();
    await expect(perDay).toHaveValue('20');
  }
  await perDay.fill('7');
  await perDay.press('Tab');
  await expect(stat(page, 'new')).toHaveText('7');
  await expect(page.getByText('must be a whole number')).toHaveCount(0);
  await page.reload();
  await hydrated(page);
  await expect(page.getByRole('spinbutton', { name: 'New cards per day' })).toHaveValue('7');
});

test('turning off every deck leaves none on, and a drug link reads as the drug name', async ({ page }) => {
  await page.goto('/flashcards/');
  await hydrated(page);
  await expect(page.getByRole('checkbox')).toHaveCount(8);
  for (const box of await page.getByRole('checkbox').all()) await box.uncheck();
  await expect(page.getByText('Every deck is turned off. Turn one on to study.')).toBeVisible();
  await expect(stat(page, 'new')).toHaveText('0');
  for (const box of await page.getByRole('checkbox').all()) await expect(box).not.toBeChecked();
  await page.getByRole('checkbox', { name: /^Brand → generic/ }).check();
  await page.getByRole('button', { name: 'Start review' }).click();
  await page.getByRole('button', { name: /Show answer/ }).click();
  const link = page.locator('.flashcard a');
  const name = (await link.textContent()) ?? '';
  expect(name).not.toContain('/');
  expect(name).toBe((await page.locator('.back').textContent())?.toLowerCase());
});
