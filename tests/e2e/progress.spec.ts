import { expect, test } from '@playwright/test';
import { hydrated, open, storedRows } from './helpers';

const complete = (page: import('@playwright/test').Page) => page.getByRole('status').filter({ hasText: /^\W*Lesson complete$/ });

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

  test('a version 2 record in localStorage moves to IndexedDB with nothing lost, and the original is kept as a backup', async ({ page }) => {
    const at = '2026-03-01T10:00:00.000Z';
    const v2 = {
      version: 2,
      createdAt: at,
      updatedAt: at,
      lessons: { 'dispensing/data-entry': { completedAt: at } },
      lastLesson: { id: 'dispensing/data-entry', at },
      flashcards: {
        cards: { 'sig:bid': { due: '2026-03-05T10:00:00.000Z', stability: 4, difficulty: 5, elapsed_days: 0, scheduled_days: 4, learning_steps: 0, reps: 1, lapses: 0, state: 2, last_review: at } },
        log: [{ cardId: 'sig:bid', rating: 3, reviewedAt: at, previous: null }],
      },
      flashcardSettings: { decks: [], classes: [], newPerDay: 9 },
    };
    await page.addInitScript((value) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('rxtray:progress', value);
        sessionStorage.setItem('seeded', 'yes');
      }
    }, JSON.stringify(v2));
    await open(page, '/learn/dispensing/');
    await expect(page.locator('.lessons > li').filter({ hasText: 'Data entry:' }).getByText('Complete', { exact: true })).toBeVisible();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('rxtray:progress'))).toBeNull();
    expect(await storedRows(page, 'reviews')).toEqual([expect.objectContaining({ cardId: 'sig:bid', rating: 3, reviewedAt: at })]);
    expect(await storedRows(page, 'cards')).toEqual([expect.objectContaining({ id: 'sig:bid', stability: 4 })]);

    await open(page, '/progress/');
    await expect(page.getByText('This browser holds 1 completed lesson, 1 reviewed flashcard, and 1 flashcard review')).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: 'before the storage upgrade' })).toContainText('1 completed lesson');
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
    const [backup] = await storedRows(page, 'backups');
    expect(backup).toMatchObject({ reason: 'unreadable', text: '{"version":1,"lessons":' });

    await page.getByRole('button', { name: 'Dismiss' }).click();
    await page.locator('.lessons > li a').first().click();
    await hydrated(page);
    await page.getByRole('button', { name: 'Mark lesson complete' }).click();
    await expect(complete(page)).toBeVisible();
    await page.reload();
    await hydrated(page);
    await expect(complete(page)).toBeVisible();
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
    expect(await page.evaluate(() => localStorage.getItem('rxtray:progress'))).toBe(future);
    expect(await storedRows(page, 'backups')).toEqual([expect.objectContaining({ reason: 'newer', text: future })]);
  });
});
