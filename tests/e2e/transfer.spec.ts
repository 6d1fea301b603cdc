import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { hydrated, open, storedRows } from './helpers';

const choose = (page: Page) => page.getByLabel('Choose an RxTray progress file');

/** Deletes the whole learning record of this browser profile, as clearing site data would. */
async function clearSiteData(page: Page) {
  await page.evaluate(async () => {
    localStorage.clear();
    sessionStorage.clear();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase('rxtray');
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
      request.onblocked = () => resolve();
    });
  });
}

test('export everything, clear the browser, import the file: every lesson, card, review and setting is back', async ({ page }, testInfo) => {
  test.setTimeout(60_000);
  // Study a little: one lesson, three flashcard ratings, a settings change.
  await open(page, '/learn/dispensing/labeling/');
  await page.getByRole('button', { name: 'Mark lesson complete' }).click();
  await open(page, '/flashcards/');
  const perDay = page.getByRole('spinbutton', { name: 'New cards per day' });
  await perDay.fill('12');
  await perDay.press('Tab');
  await page.getByRole('button', { name: 'Start review' }).click();
  for (let i = 0; i < 3; i += 1) {
    await page.getByRole('button', { name: /Show answer/ }).click();
    await page.getByRole('button', { name: /^Easy/ }).click();
  }
  await expect(page.getByText('0 due · 9 new left today')).toBeVisible();
  await page.getByRole('button', { name: 'End session' }).click();
  const before = { cards: await storedRows(page, 'cards'), reviews: await storedRows(page, 'reviews'), sessions: await storedRows(page, 'sessions') };
  expect(before.reviews).toHaveLength(3);

  await open(page, '/progress/');
  await expect(page.getByText('This browser holds 1 completed lesson, 3 reviewed flashcards, 3 flashcard reviews, and 1 study session')).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export everything' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^rxtray-record-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath('export.json');
  await download.saveAs(file);

  await clearSiteData(page);
  await open(page, '/progress/');
  await expect(page.getByText('This browser holds 0 completed lessons, 0 reviewed flashcards, and 0 flashcard reviews')).toBeVisible();

  // The file is previewed first; nothing changes until the learner chooses.
  await choose(page).setInputFiles(file);
  const preview = page.getByRole('region', { name: 'File to import' });
  await expect(preview).toContainText('holds 1 completed lesson, 3 reviewed flashcards, 3 flashcard reviews, and 1 study session');
  await expect(page.getByText('This browser holds 0 completed lessons')).toBeVisible();
  await preview.getByRole('button', { name: 'Merge into this browser' }).click();
  await expect(page.getByText('Merged:')).toBeVisible();
  await expect(page.getByText('This browser holds 1 completed lesson, 3 reviewed flashcards, 3 flashcard reviews, and 1 study session')).toBeVisible();
  expect(await storedRows(page, 'cards')).toEqual(before.cards);
  expect(await storedRows(page, 'reviews')).toEqual(before.reviews);
  expect(await storedRows(page, 'sessions')).toEqual(before.sessions);

  await open(page, '/learn/dispensing/');
  await expect(page.getByText(/^1 of \d+ lessons complete$/)).toBeVisible();
  await open(page, '/flashcards/');
  await expect(page.getByRole('spinbutton', { name: 'New cards per day' })).toHaveValue('12');
  await expect(page.locator('[data-stat="new"]')).toHaveText('9');
});

test('a tampered, foreign or newer file changes nothing; replace asks first and keeps a backup you can restore', async ({ page }, testInfo) => {
  test.setTimeout(60_000);
  await open(page, '/learn/dispensing/labeling/');
  await page.getByRole('button', { name: 'Mark lesson complete' }).click();
  await open(page, '/progress/');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export everything' }).click();
  const file = testInfo.outputPath('export.json');
  await (await downloading).saveAs(file);
  const text = await readFile(file, 'utf8');

  const tampered = text.replace('"dispensing/labeling"', '"dispensing/data-entry"');
  await choose(page).setInputFiles({ name: 'tampered.json', mimeType: 'application/json', buffer: Buffer.from(tampered) });
  await expect(page.getByRole('alert')).toContainText('Nothing was changed: This export is damaged or was changed after it was made');
  const newer = JSON.parse(text);
  newer.version = 99;
  await choose(page).setInputFiles({ name: 'newer.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(newer)) });
  await expect(page.getByRole('alert')).toContainText('made by a newer version of RxTray (format 99)');
  await choose(page).setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await expect(page.getByRole('alert')).toContainText('not valid JSON');
  await expect(page.getByText('This browser holds 1 completed lesson')).toBeVisible();

  // Replace with an empty record (an export from a fresh browser): confirm first, then a backup is listed.
  const empty = JSON.parse(text);
  empty.data.lessons = [];
  const { checksum } = await import('../../src/lib/progress/backup');
  empty.checksum = checksum(JSON.stringify(empty.data));
  await choose(page).setInputFiles({ name: 'empty.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(empty)) });
  await page.getByRole('button', { name: "Replace this browser's progress…" }).click();
  await expect(page.getByText('This browser holds 1 completed lesson')).toBeVisible();
  await page.getByRole('button', { name: 'Yes, replace (a backup is kept)' }).click();
  await expect(page.getByText('This browser holds 0 completed lessons')).toBeVisible();

  const backup = page.getByRole('listitem').filter({ hasText: 'before an import' });
  await expect(backup).toContainText('1 completed lesson');
  await backup.getByRole('button', { name: /^Restore/ }).click();
  await backup.getByRole('button', { name: /^Yes, restore this backup/ }).click();
  await expect(page.getByText('Backup restored.')).toBeVisible();
  await expect(page.getByText('This browser holds 1 completed lesson')).toBeVisible();
  // At most two backups are kept.
  await expect(page.getByRole('region', { name: 'Backups' }).getByRole('listitem')).toHaveCount(2);
  const restoreBackup = page.getByRole('listitem').filter({ hasText: 'before a restore' });
  await restoreBackup.getByRole('button', { name: /^Delete/ }).click();
  await restoreBackup.getByRole('button', { name: /^Yes, delete this backup/ }).click();
  await expect(page.getByText('Backup deleted.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Backups' }).getByRole('listitem')).toHaveCount(1);
  await hydrated(page);
});
