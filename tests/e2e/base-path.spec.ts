import { existsSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './helpers';

// The site built with base '/rxtray/' (npm run build:base) and served only under /rxtray/ (playwright config,
// project "base-path"). Paths here are relative to that base: page.goto('learn/') opens /rxtray/learn/.
test.use({ serviceWorkers: 'allow' });

test.beforeAll(() => {
  if (!existsSync(new URL('../.artifacts/dist-rxtray/index.html', import.meta.url))) {
    throw new Error('No sub-path build in tests/.artifacts/dist-rxtray/: run `npm run build:base` first (npm test does).');
  }
});

/** Records every request that leaves /rxtray/ or fails, so a URL without the base cannot pass unnoticed. */
function watchRequests(page: Page, baseURL: string | undefined): string[] {
  const base = new URL(baseURL ?? '');
  const problems: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === base.origin && !url.pathname.startsWith(base.pathname)) problems.push(`outside the base: ${url.pathname}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} for ${new URL(response.url()).pathname}`);
  });
  return problems;
}

test('under /rxtray/: navigation, lesson links, drug pages and flashcards stay inside the base', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const problems = watchRequests(page, baseURL);
  await page.goto('./');
  await hydrated(page);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Learn' }).click();
  await expect(page).toHaveURL(/\/rxtray\/learn\/$/);
  await page.getByRole('link', { name: 'Dispensing', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dispensing' })).toBeVisible();
  await page.locator('.lessons > li a').nth(1).click();
  await hydrated(page);
  await page.getByRole('button', { name: 'Mark lesson complete' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^\W*Lesson complete$/ })).toBeVisible();

  // A root-absolute link written in the lesson's Markdown got the base at build time.
  await page.getByRole('main').getByRole('link', { name: 'the prescription and its required elements', exact: true }).click();
  await expect(page).toHaveURL(/\/rxtray\/learn\/dispensing\/the-prescription\/$/);

  await page.goto('drugs/');
  await hydrated(page);
  await page.getByRole('link', { name: 'atorvastatin', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'atorvastatin' })).toBeVisible();
  await expect(page).toHaveURL(/\/rxtray\/drugs\/atorvastatin\/$/);

  // The flashcard island fetches its cards through withBase().
  await page.goto('flashcards/');
  await hydrated(page);
  await page.getByRole('button', { name: /Start review|Continue review/ }).click();
  await page.keyboard.press('Space');
  await expect(page.getByRole('group', { name: 'Rate your recall' })).toBeVisible();

  const manifest = await (await page.request.get('manifest.webmanifest')).json();
  expect({ start: manifest.start_url, scope: manifest.scope }).toEqual({ start: '/rxtray/', scope: '/rxtray/' });
  expect(problems).toEqual([]);
});

test('under /rxtray/: the service worker installs in the base scope and the site works offline', async ({ page, context }) => {
  test.setTimeout(90_000);
  await page.goto('./');
  await hydrated(page);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).pathname).toBe('/rxtray/');
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

  await context.setOffline(true);
  await page.goto('learn/dispensing/labeling/');
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 1, name: /Labeling/i })).toBeVisible();
  await page.goto('drugs/warfarin/');
  await expect(page.getByRole('heading', { level: 1, name: 'warfarin' })).toBeVisible();
  await page.goto('flashcards/');
  await hydrated(page);
  await expect(page.getByRole('button', { name: /Start review|Continue review/ })).toBeVisible();
  await page.goto('no-such-page/');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});

test('under /rxtray/: a search result opens the lesson section inside the base', async ({ page, baseURL }) => {
  const problems = watchRequests(page, baseURL);
  await page.goto('search/?q=refill%20too%20soon');
  await hydrated(page);
  const result = page.locator('.search-page-results a[href*="/learn/"]').first();
  await expect(result).toHaveAttribute('href', /^\/rxtray\/learn\/[^/]+\/[^/]+\/(#[\w-]+)?$/);
  await result.click();
  await expect(page).toHaveURL(/\/rxtray\/learn\/[^/]+\/[^/]+\//);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(problems).toEqual([]);
});
