import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from './helpers';

// A browser with JavaScript turned off: text reads in full, controls that need scripts are hidden, and a
// <noscript> line says what needs JavaScript. Nothing spins forever.
test.use({ javaScriptEnabled: false });

/** A <noscript> note shown in place of a control (Playwright's text locators skip <noscript>, so match by CSS). */
const note = (page: Page, text: string) => page.locator('noscript > p').filter({ hasText: text });

test('a lesson reads in full; mark-complete, answer checking and the theme switch give way to a plain note', async ({ page }) => {
  await page.goto('/learn/dispensing/data-entry/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mark lesson complete', includeHidden: true })).toBeHidden();
  await expect(note(page, 'Marking a lesson complete needs JavaScript')).toBeVisible();
  // Each control is in the page (it works once scripts run) but not shown.
  const checks = page.getByRole('button', { name: 'Check answer', includeHidden: true });
  await expect(checks).toHaveCount(await page.locator('rxtray-check').count());
  await expect(checks.first()).toBeHidden();
  await expect(note(page, 'Checking your answer needs JavaScript').first()).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Dark', includeHidden: true })).toBeHidden();
});

test('app pages say they need JavaScript instead of showing a spinner or dead controls', async ({ page }) => {
  await page.goto('/flashcards/');
  await expect(note(page, 'Flashcard review needs JavaScript')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Flashcards' })).toBeVisible();
  await expect(page.getByText('Loading cards…')).toBeHidden();

  await page.goto('/progress/');
  await expect(note(page, 'Exporting and importing progress needs JavaScript')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export progress', includeHidden: true })).toBeHidden();

  await page.goto('/drugs/');
  await expect(note(page, 'Searching and filtering the list needs JavaScript')).toBeVisible();
  await expect(page.getByRole('search', { includeHidden: true })).toBeHidden();
  await expect(page.getByRole('link', { name: 'atorvastatin', exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'atorvastatin', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'atorvastatin' })).toBeVisible();
});

test('no page of any type shows a loading message or an enabled control that cannot work', async ({ page }) => {
  test.setTimeout(120_000);
  const byType = new Map<string, string>();
  for (const path of await sitemapPaths(page)) {
    const parts = path.split('/').filter(Boolean);
    const type = `${parts[0] ?? ''}/${parts.length}`;
    if (!byType.has(type)) byType.set(type, path);
  }
  for (const path of byType.values()) {
    await page.goto(path);
    await expect(page.getByRole('main'), path).toBeVisible();
    await expect(page.getByText(/loading/i).filter({ visible: true }), `a loading message on ${path}`).toHaveCount(0);
    // Buttons need scripts on a static site (there are no server forms): none may be visible without them.
    await expect(page.getByRole('button').filter({ visible: true }), `a visible button on ${path}`).toHaveCount(0);
  }
});
