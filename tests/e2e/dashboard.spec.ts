import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { open, storedRows } from './helpers';

const OTHER_DECKS = ['Brand → generic', 'Generic → brand', 'Generic → class', 'Generic → indication', 'Look-alike/sound-alike pairs', 'Sig abbreviations', 'Error-prone abbreviations'];

async function axe(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Puts rows into stores of the learning record from inside the page (the app has created the database). */
async function seed(page: Page, rows: Record<string, Record<string, unknown>[]>): Promise<void> {
  await page.evaluate(
    (all) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('rxtray');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(Object.keys(all), 'readwrite');
          for (const [store, list] of Object.entries(all)) for (const row of list) tx.objectStore(store).put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    rows,
  );
}

/** Lesson ids and their first knowledge area, read from the content files. */
function lessonAreas(): { id: string; area: string }[] {
  const root = new URL('../../content/lessons/', import.meta.url).pathname;
  const out: { id: string; area: string }[] = [];
  for (const dir of readdirSync(root)) {
    for (const file of readdirSync(join(root, dir))) {
      const text = readFileSync(join(root, dir, file), 'utf8');
      const id = /^id:\s*"?([^"\n]+)"?/m.exec(text)?.[1];
      const area = /^ptceAreas:\s*\[\s*"?([\d.]+)/m.exec(text)?.[1];
      if (id && area) out.push({ id, area });
    }
  }
  return out;
}

test('a student’s drill answer, flashcard review and finished lesson change the dashboard', async ({ page }) => {
  // Five pages, each hydrated and swept by axe: more than the default 30 s on a loaded machine.
  test.setTimeout(90_000);
  await open(page, '/dashboard/');
  await expect(page.getByTestId('dash-empty')).toHaveText(/Nothing recorded yet/);
  await expect(page.getByTestId('readiness')).toContainText('Not enough data yet');
  await expect(page.getByTestId('streak')).toContainText('0 days');
  await expect(page.getByTestId('streak')).toContainText('Not yet today');
  await axe(page);

  // One drill problem answered right, worked out from its own text.
  await open(page, '/drills/?types=iv-drip-rate&level=1&seed=7&n=5');
  const question = (await page.locator('#drill-question').textContent()) ?? '';
  const [rate, factor] = [...question.matchAll(/\d+/g)].map((m) => Number(m[0]));
  await page.getByRole('textbox', { name: 'Your answer (number and unit)' }).fill(`${Math.round(((rate ?? 0) * (factor ?? 0)) / 60)} gtt/min`);
  await page.keyboard.press('Enter');
  await expect(page.locator('#drill-feedback')).toContainText('Right:');
  await expect.poll(async () => (await storedRows(page, 'drills')).length).toBe(1);

  // One DEA-schedule card rated Good.
  await open(page, '/flashcards/');
  for (const deck of OTHER_DECKS) await page.getByRole('checkbox', { name: new RegExp(`^${deck}`) }).uncheck();
  await page.getByRole('button', { name: 'Start review' }).click();
  await page.getByRole('button', { name: /Show answer/ }).click();
  await page.getByRole('button', { name: /^Good/ }).click();
  await expect.poll(async () => (await storedRows(page, 'reviews')).length).toBe(1);

  // One lesson finished.
  await open(page, '/learn/calculations/');
  await page.locator('main a[href*="/learn/calculations/"]').first().click();
  await page.getByRole('button', { name: 'Mark lesson complete' }).click();
  await expect(page.getByRole('button', { name: 'Mark as not complete' })).toBeVisible();

  await open(page, '/dashboard/');
  await expect(page.getByTestId('dash-empty')).toHaveCount(0);
  await expect(page.getByTestId('streak')).toContainText('1 day');
  await expect(page.getByTestId('streak')).toContainText('Studied today');
  const recent = page.getByTestId('recent');
  await expect(recent.getByRole('listitem').filter({ hasText: 'Drills' })).toContainText('1 of 1 right');
  await expect(recent.getByRole('listitem').filter({ hasText: 'Flashcards' })).toContainText('1 of 1 right');
  await expect(page.getByTestId('lessons').getByRole('row', { name: /^Pharmacy calculations/ })).toContainText(/^Pharmacy calculations\s*1 \/ \d+/);

  // The table alternative: the drill counts for 4.1, the card for 2.2, each fully right.
  await page.getByText('Show as a table').first().click();
  const row = (area: string) => page.getByRole('row', { name: new RegExp(`^${area.replace('.', '\\.')} `) });
  await expect(row('4.1').getByRole('cell').nth(1)).toHaveText('100 %');
  await expect(row('4.1').getByRole('cell').nth(3)).toHaveText('1');
  await expect(row('2.2').getByRole('cell').nth(1)).toHaveText('100 %');
  await expect(row('1.1').getByRole('cell').nth(1)).toHaveText('no data');
  // Still not enough for a readiness figure, and it says why.
  await expect(page.getByTestId('readiness')).toContainText('needs at least 20 recent answers (you have 1)');
  await axe(page);
});

test('with a term of practice the readiness range, exam history and calendar appear, and print opens every table', async ({ page }) => {
  test.setTimeout(120_000); // seeds a term of rows, reloads twice and runs axe twice: over 30 s under CI load
  await open(page, '/dashboard/');
  const now = Date.now();
  const lessons = lessonAreas();
  const answers: Record<string, unknown>[] = [];
  // Four lesson-check answers a day on each lesson over the last 20 days, three of four right.
  lessons.forEach((lesson, li) => {
    for (let d = 0; d < 20; d += 1) {
      for (let k = 0; k < 4; k += 1) {
        const at = new Date(now - d * 86_400_000 - k * 60_000 - li * 1000).toISOString();
        answers.push({ id: `a:${lesson.id}:${d}:${k}`, questionId: `${lesson.id}#${k}`, choice: 'a', correct: k !== 0, ms: 30_000, mode: 'lesson', sessionId: `s:${d}:${li}`, at });
      }
    }
  });
  const sessions = [62.5, 70, 78.75].map((score, i) => ({
    id: `exam-${i}`,
    mode: 'exam',
    startedAt: new Date(now - (10 - i * 4) * 86_400_000).toISOString(),
    endedAt: new Date(now - (10 - i * 4) * 86_400_000 + 3_600_000).toISOString(),
    items: [],
    score,
    state: { scaled: 1300 + i * 50, full: true },
  }));
  await seed(page, { answers, sessions });
  await page.reload();
  await expect(page.getByTestId('readiness')).toContainText(/\d+–\d+ %/);
  await expect(page.getByTestId('readiness')).toContainText('not a pass prediction');
  const range = await page.getByTestId('readiness').locator('.big').textContent();
  const [low, high] = (range ?? '').match(/\d+/g)!.map(Number);
  // Every taught area is 75 % right; untaught ones keep the range open above.
  expect(low).toBeGreaterThan(40);
  expect(low).toBeLessThan(75);
  expect(high).toBeGreaterThan(75);
  await expect(page.getByRole('img', { name: /Practice exam scores, oldest to newest: 63 %, 70 %, 79 %/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /Study calendar of the last 26 weeks: 20 days with study/ })).toBeVisible();
  await expect(page.getByTestId('streak')).toContainText('20 days');

  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  for (const details of await page.locator('.dashboard details').all()) await expect(details).toHaveAttribute('open', '');
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(page.getByRole('cell', { name: '1400' })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await axe(page);
  // and in the dark theme, with every table open
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  await expect(page.getByTestId('readiness')).toContainText(/\d+–\d+ %/);
  for (const summary of await page.getByText('Show as a table').all()) await summary.click();
  await axe(page);
});

test('rows the dashboard cannot place are left out with a word, never a broken page', async ({ page }) => {
  await open(page, '/dashboard/');
  const at = new Date().toISOString();
  await seed(page, {
    answers: [
      { id: 'x1', questionId: 'no-such-question', choice: 'a', correct: true, ms: 1000, mode: 'a-mode-from-the-future', sessionId: 's', at },
      { id: 'x2', questionId: 42, correct: 'maybe', at: 'soon' },
      // the same moment in another session: two recent-activity lines with equal times
      { id: 'x7', questionId: 'no-such-question-either', choice: 'a', correct: false, ms: 1000, mode: 'a-mode-from-the-future', sessionId: 's2', at },
    ],
    drills: [{ id: 'x3', type: 'a-drill-from-the-future', correct: true, at }, { id: 'x4' }],
    fills: [{ id: 'x5', at, steps: 'not a list' }],
    sessions: [{ id: 'x6', mode: 'exam', score: 'high' }],
  });
  await page.reload();
  await expect(page.getByText('2 answers belong to questions this version of RxTray does not know')).toBeVisible();
  await expect(page.getByTestId('readiness')).toContainText('Not enough data yet');
  await expect(page.getByTestId('recent').getByRole('listitem').filter({ hasText: 'Quiz (a-mode-from-the-future)' })).toHaveCount(2);
  await expect(page.getByText('No practice exam finished yet.')).toBeVisible();
  // Nothing was rewritten or removed.
  expect((await storedRows(page, 'answers')).length).toBe(3);
  await axe(page);
});
