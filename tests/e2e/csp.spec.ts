import { expect, test, type Page } from '@playwright/test';
import { hydrated, sitemapPaths } from './helpers';

/** One page of each type: the sitemap grouped by first path segment and depth ("/drugs/x/" stands for every drug). */
function onePerType(paths: string[]): string[] {
  const byType = new Map<string, string>();
  for (const path of paths) {
    const parts = path.split('/').filter(Boolean);
    const type = `${parts[0] ?? ''}/${parts.length}`;
    if (!byType.has(type)) byType.set(type, path);
  }
  return [...byType.values()];
}

/** Records every CSP violation the page reports, from the first script on. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('rxtrayCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { rxtrayCspViolation: (text: string) => void }).rxtrayCspViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test('every page type carries a strict policy and runs without a single CSP violation', async ({ page }) => {
  test.setTimeout(120_000);
  const violations = await watchViolations(page);
  const paths = [...onePerType(await sitemapPaths(page)), '/no-such-page/'];
  expect(paths).toEqual(expect.arrayContaining(['/', '/learn/', '/flashcards/', '/progress/', '/drills/', '/search/']));
  expect(paths.some((p) => /^\/learn\/[^/]+\/$/.test(p)), 'a module page').toBe(true);
  expect(paths.some((p) => /^\/learn\/[^/]+\/[^/]+\/$/.test(p)), 'a lesson page').toBe(true);

  for (const path of paths) {
    await page.goto(path);
    await hydrated(page);
    // Bring every client:visible island into view so each hydrates (jumping to the end can skip the middle ones,
    // such as the progress bars of eight module cards).
    await page.evaluate(async () => {
      for (let y = 0; y <= document.body.scrollHeight; y += innerHeight / 2) {
        scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
    });
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy, path).toMatch(/default-src 'self'/);
    expect(policy, path).toMatch(/object-src 'none'/);
    expect(policy, path).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(violations, `CSP violations on ${path}`).toEqual([]);
  }
});

test('interactive paths stay within the policy: check-yourself, mark complete, flashcard review', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/learn/dispensing/data-entry/');
  await hydrated(page);
  const question = page.locator('rxtray-check').first();
  await question.getByRole('radio').first().check();
  await question.getByRole('button', { name: 'Check answer' }).click();
  await page.getByRole('button', { name: 'Mark lesson complete' }).click();
  await page.goto('/flashcards/');
  await hydrated(page);
  await page.getByRole('button', { name: /Start review|Continue review/ }).click();
  await page.keyboard.press('Space');
  await expect(page.getByRole('group', { name: 'Rate your recall' })).toBeVisible();
  expect(violations).toEqual([]);
});

test('the policy is enforced: an inline script the build did not hash is blocked and reported', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.route('**/about/', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('</main>', '<script>document.title = "injected"</script></main>');
    await route.fulfill({ response, body });
  });
  await page.goto('/about/');
  await expect(page).not.toHaveTitle('injected');
  await expect.poll(() => violations.length).toBeGreaterThan(0);
});
