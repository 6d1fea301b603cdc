import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { hydrated, open } from './helpers';

test('export progress, import it in a fresh browser, and refuse a tampered file without losing anything', async ({ page, browser }, testInfo) => {
  // Complete a lesson, then export.
  await open(page, '/learn/dispensing/');
  await page.locator('.lessons > li a').first().click();
  await hydrated(page);
  await page.getByRole('button', { name: 'Mark lesson complete' }).click();
  await page.getByRole('link', { name: 'Export or import your progress' }).click();
  await hydrated(page);
  await expect(page.getByText(/This browser holds 1 completed lessons/)).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^rxtray-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath('export.json');
  await download.saveAs(file);

  // A fresh browser profile: import the file.
  const fresh = await browser.newContext({ serviceWorkers: 'block' });
  const other = await fresh.newPage();
  await open(other, '/progress/');
  await expect(other.getByText(/This browser holds 0 completed lessons/)).toBeVisible();
  await other.getByLabel('Choose an RxTray progress file').setInputFiles(file);
  await expect(other.getByText(/Imported: 1 completed lessons/)).toBeVisible();
  await expect(other.getByText(/This browser holds 1 completed lessons/)).toBeVisible();

  // A tampered file is refused with a reason, and the progress stays.
  const tampered = JSON.parse(await readFile(file, 'utf8'));
  tampered.progress.version = 99;
  await other.getByLabel('Choose an RxTray progress file').setInputFiles({
    name: 'tampered.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(tampered)),
  });
  await expect(other.getByRole('alert')).toContainText('Nothing was changed: This export was made by a newer version of RxTray');
  await other.getByLabel('Choose an RxTray progress file').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await expect(other.getByRole('alert')).toContainText('not valid JSON');
  await expect(other.getByText(/This browser holds 1 completed lessons/)).toBeVisible();
  await open(other, '/learn/dispensing/');
  await expect(other.getByText(/1 of \d+ lessons complete/)).toBeVisible();
  await fresh.close();
});
