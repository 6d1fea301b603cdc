import { expect, test, type Page } from '@playwright/test';
import { hydrated, open } from './helpers';

// The suite's server is a plain static file server (tests/static-server.mjs), so this is what a real host serves.
test.use({ serviceWorkers: 'allow' });

/** The precache is about 600 files (20 MB): a test that installs it needs more than the default 30 s under CI load. */
const INSTALL_TIMEOUT_MS = 90_000;

/** Opens the home page and waits until the service worker has precached the site and controls the page. */
async function installServiceWorker(page: Page) {
  await open(page, '/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

test('after the first visit, lessons, drug pages, flashcards and progress work offline; unknown pages get the 404 page', async ({ page, context }) => {
  test.setTimeout(INSTALL_TIMEOUT_MS + 30_000);
  await installServiceWorker(page);

  await context.setOffline(true);
  await open(page, '/learn/dispensing/');
  await expect(page.getByRole('heading', { level: 1, name: 'Dispensing' })).toBeVisible();
  await page.locator('.lessons > li a').nth(1).click();
  await hydrated(page);
  await page.getByRole('button', { name: 'Mark lesson complete' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^\W*Lesson complete$/ })).toBeVisible();
  // A link inside a lesson's text, followed offline.
  await page.getByRole('main').getByRole('link', { name: 'the prescription and its required elements', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /prescription/i })).toBeVisible();

  await open(page, '/drugs/atorvastatin/');
  await expect(page.getByRole('heading', { level: 1, name: 'atorvastatin' })).toBeVisible();

  // The flashcards page fetches its cards (cards.json) from the precache.
  await open(page, '/flashcards/');
  await expect(page.getByRole('button', { name: /Start review|Continue review/ })).toBeVisible();

  await open(page, '/progress/');
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export everything' })).toBeVisible();

  // An unknown address offline: the real 404 page from the precache, not the home page or a browser error.
  await page.goto('/no-such-page/');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});

test('online, an unknown address is a real 404 from the host, even with the service worker installed', async ({ page }) => {
  test.setTimeout(INSTALL_TIMEOUT_MS);
  await installServiceWorker(page);
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});

test('a new version waits for the learner: "a new version is ready" and reload on request', async ({ page, request }) => {
  test.setTimeout(INSTALL_TIMEOUT_MS + 30_000);
  await installServiceWorker(page);
  const firstWorker = await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL);
  const prompt = page.getByRole('status').filter({ hasText: 'A new version of RxTray is ready.' });
  await expect(prompt).toBeHidden();

  // Deploy a "new version": the test server now serves a different sw.js. The page checks for it as browsers do.
  expect((await request.get('/__rxtray-test__/new-version')).status()).toBe(204);
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.ready).update();
  });
  await expect(prompt).toBeVisible();
  // Nothing changed under the learner: the old worker still controls the page until they choose to reload.
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');

  const reloaded = page.waitForEvent('load');
  await prompt.getByRole('button', { name: 'Reload to update' }).click();
  await reloaded;
  await hydrated(page);
  await expect(prompt).toBeHidden();
  const after = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return { waiting: Boolean(registration.waiting), url: registration.active?.scriptURL };
  });
  expect(after).toEqual({ waiting: false, url: firstWorker });
});
