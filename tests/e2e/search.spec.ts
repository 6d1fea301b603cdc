import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { hydrated, open } from './helpers';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search RxTray' });
const box = (page: Page) => dialog(page).getByRole('combobox', { name: 'Search RxTray' });
const selected = (page: Page) => dialog(page).locator('[role="option"][aria-selected="true"]');

test.describe('search dialog', () => {
  test('"/" opens search; a misspelled drug is found and chosen by keyboard', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await open(page, '/learn/');
    await page.waitForLoadState('networkidle');
    // Nothing of search is loaded with the page: no index, no search code.
    expect(fetched.filter((path) => path === '/search/index.json' || /\/_astro\/ui\.[^/]+\.js$/.test(path))).toEqual([]);
    await page.keyboard.press('/');
    await expect(dialog(page)).toBeVisible();
    await expect(box(page)).toBeFocused();
    await page.keyboard.type('amoxicilin');
    await expect(selected(page)).toContainText('amoxicillin');
    expect(fetched).toContain('/search/index.json');
    await expect(dialog(page).getByRole('group', { name: 'Drugs' })).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/drugs\/amoxicillin\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'amoxicillin' })).toBeVisible();
  });

  test('the header button opens search; arrow keys pick a lesson section and Enter lands on its heading', async ({ page }) => {
    await open(page, '/');
    await page.getByRole('button', { name: 'Search' }).click();
    await box(page).fill('refill too soon');
    await expect(selected(page)).toContainText('Refill too soon');
    // Results are grouped: glossary terms first, then lesson sections.
    const options = dialog(page).getByRole('option');
    const lessons = dialog(page).getByRole('group', { name: 'Lessons' }).getByRole('option');
    const section = lessons.filter({ hasText: 'Pharmacist verification' }).first();
    const position = (await options.evaluateAll((all, target) => all.findIndex((o) => o.id === target), await section.getAttribute('id'))) ?? -1;
    expect(position).toBeGreaterThan(0);
    for (let i = 0; i < position; i += 1) await page.keyboard.press('ArrowDown');
    await expect(selected(page)).toContainText('Refill too soon');
    await expect(selected(page)).toContainText('Pharmacist verification');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/learn\/dispensing\/verification-and-pickup\/#refill-too-soon$/);
    await expect(page.getByRole('heading', { level: 3, name: 'Refill too soon' })).toBeInViewport();
  });

  test('Ctrl+K opens search, Escape closes it, arrow keys wrap around', async ({ page }) => {
    await open(page, '/about/');
    await page.keyboard.press('Control+k');
    await expect(dialog(page)).toBeVisible();
    await box(page).fill('insulin');
    const options = dialog(page).getByRole('option');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowUp');
    await expect(options.last()).toHaveAttribute('aria-selected', 'true');
    await expect(box(page)).toHaveAttribute('aria-activedescendant', (await options.last().getAttribute('id')) ?? 'missing');
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
  });

  test('"ou" is found with its error-prone warning, and the match is highlighted', async ({ page }) => {
    await open(page, '/');
    await page.keyboard.press('/');
    await page.keyboard.type('ou');
    const first = selected(page);
    await expect(first).toContainText('each eye (both eyes)');
    await expect(first).toContainText('Error-prone: write "right eye, left eye or each eye" instead');
    await expect(first.locator('mark').first()).toHaveText('ou');
    await expect(dialog(page).getByRole('status')).toContainText('results for “ou”');
  });

  test('the empty state suggests searches, and a chosen search is remembered', async ({ page }) => {
    await open(page, '/');
    await page.keyboard.press('/');
    await expect(dialog(page).getByText('You can search drugs by generic or brand name')).toBeVisible();
    await expect(dialog(page).getByRole('heading', { name: 'Recent searches' })).toBeHidden();
    await dialog(page).getByRole('button', { name: 'Lasix' }).click();
    await expect(box(page)).toHaveValue('Lasix');
    await expect(selected(page)).toContainText('furosemide');
    await selected(page).click();
    await expect(page).toHaveURL(/\/drugs\/furosemide\/$/);
    await hydrated(page);
    await page.keyboard.press('/');
    await expect(dialog(page).getByRole('heading', { name: 'Recent searches' })).toBeVisible();
    const recent = dialog(page).locator('[data-recent]');
    await expect(recent.getByRole('button', { name: 'Lasix' })).toBeVisible();
    await recent.getByRole('button', { name: 'Clear recent searches' }).click();
    await expect(dialog(page).getByRole('heading', { name: 'Recent searches' })).toBeHidden();
  });

  test('a search with no match says so and offers the shareable page', async ({ page }) => {
    await open(page, '/');
    await page.keyboard.press('/');
    await page.keyboard.type('xqzvj');
    await expect(dialog(page).getByRole('status')).toHaveText(/Nothing found for “xqzvj”/);
    await expect(dialog(page).getByRole('option')).toHaveCount(0);
    await expect(dialog(page).getByRole('link', { name: 'Open these results as a page' })).toHaveAttribute('href', '/search/?q=xqzvj');
  });

  test('typing "/" in a text field does not open search', async ({ page }) => {
    await open(page, '/search/');
    await page.getByRole('searchbox', { name: 'Search RxTray' }).fill('1/2');
    await expect(dialog(page)).toBeHidden();
  });

  test('the open dialog with results passes axe', async ({ page }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await open(page, '/');
      await page.keyboard.press('/');
      await box(page).fill('ou');
      await expect(selected(page)).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(violations.map((v) => `${scheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    }
  });
});

test.describe('search page', () => {
  test('/search/?q= shows the results without the dialog, and typing keeps the address shareable', async ({ page }) => {
    await open(page, '/search/?q=Lasix');
    const searchbox = page.getByRole('searchbox', { name: 'Search RxTray' });
    await expect(searchbox).toHaveValue('Lasix');
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 2, name: 'Drugs' })).toBeVisible();
    await expect(main.getByRole('link', { name: /^furosemide/ })).toHaveAttribute('href', '/drugs/furosemide/');
    await searchbox.fill('q.i.d.');
    await expect(page).toHaveURL(/\/search\/\?q=q\.i\.d\.$/);
    await expect(main.getByRole('link').filter({ hasText: 'four times a day' }).first()).toBeVisible();
    await main.getByRole('link').filter({ hasText: 'four times a day' }).first().click();
    await expect(page).toHaveURL(/\/reference\/sig-abbreviations\/#sig-qid$/);
    await expect(page.locator('#sig-qid')).toBeInViewport();
  });

  test('the search page with results passes axe', async ({ page }) => {
    await open(page, '/search/?q=ou');
    await expect(page.getByRole('main').getByRole('link').first()).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
});

test.describe('search on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the dialog fills the screen and its results are large targets', async ({ page }) => {
    await open(page, '/learn/dispensing/the-prescription/');
    await page.getByRole('button', { name: 'Search' }).tap();
    await box(page).fill('Lasix');
    await expect(selected(page)).toContainText('furosemide');
    const rect = await dialog(page).boundingBox();
    expect(rect).toEqual({ x: 0, y: 0, width: 390, height: 844 });
    const option = await selected(page).boundingBox();
    expect(option?.height ?? 0).toBeGreaterThanOrEqual(44);
    await selected(page).tap();
    await expect(page).toHaveURL(/\/drugs\/furosemide\/$/);
  });
});

test.describe('search offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after the first visit, the dialog and the search page work offline', async ({ page, context }) => {
    test.setTimeout(120_000); // installs the whole precache (about 600 files) first
    await open(page, '/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

    await context.setOffline(true);
    await open(page, '/glossary/');
    await page.keyboard.press('/');
    await page.keyboard.type('metforman');
    await expect(selected(page)).toContainText('metformin');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'metformin' })).toBeVisible();

    await open(page, '/search/?q=ou');
    await expect(page.getByRole('main').getByRole('link').filter({ hasText: 'each eye (both eyes)' }).first()).toBeVisible();
  });
});
