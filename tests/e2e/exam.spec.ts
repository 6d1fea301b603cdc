import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { hydrated, open, storedRows } from './helpers';
import { AXE_TAGS, bankKeys, positions } from './quiz-helpers';

const axe = async (page: Page) => expect((await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations).toEqual([]);
const timer = (page: Page) => page.getByRole('timer');
/** Seconds shown by the timer ("1:49:59" or "12:59"). */
const seconds = (text: string) => text.split(':').map(Number).reduce((s, n) => s * 60 + n, 0);

test.describe('practice exam', () => {
  test('start, answer, flag, review grid by keyboard, reload with the timer right, pause, warnings, time-out and the report', async ({ page }) => {
    test.setTimeout(120_000); // many steps and three axe runs; under CI load it takes longer than the default 30 s
    await page.clock.install({ time: new Date('2026-06-01T09:00:00Z') });
    await open(page, '/exam/');
    await axe(page);
    await page.getByRole('button', { name: /^Start (the practice exam|a shorter exam)/ }).click();
    const heading = page.getByRole('heading', { name: /^Question 1 of \d+$/ });
    await expect(heading).toBeVisible();
    const total = Number(/of (\d+)/.exec((await heading.textContent()) ?? '')?.[1]);
    const full = total === 90;
    const start = seconds((await timer(page).textContent()) ?? '');
    // 110 minutes for a full exam; a shorter exam scales the time to its length. The installed clock runs in real
    // time, so a second or two may pass between the click and this read on a loaded machine.
    const allowed = full ? 110 * 60 : Math.ceil((110 * total) / 90) * 60;
    expect(start).toBeLessThanOrEqual(allowed);
    expect(start).toBeGreaterThanOrEqual(allowed - 5);
    const keys = await bankKeys(page);
    await axe(page);

    // Question 1: the key by digit, then flag it with F. Question 2: a wrong answer by letter.
    const q1 = await positions(page, keys);
    await page.keyboard.press(String(q1.right + 1));
    await page.keyboard.press('f');
    await expect(page.getByRole('button', { name: /Flagged for review/ })).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: `Question 2 of ${total}` })).toBeVisible();
    const q2 = await positions(page, keys);
    await page.keyboard.press('abcd'[q2.wrong] ?? 'a');
    await expect(page.locator('fieldset.question input[type=radio]').nth(q2.wrong)).toBeChecked();

    // Five minutes later, a reload: same question, same choice, the timer five minutes down.
    await page.clock.fastForward('05:00');
    await page.reload();
    await hydrated(page);
    await expect(page.getByRole('heading', { name: `Question 2 of ${total}` })).toBeVisible();
    await expect(page.getByText('Your exam in progress was restored.')).toBeVisible();
    await expect(page.locator('fieldset.question input[type=radio]').nth(q2.wrong)).toBeChecked();
    await expect.poll(async () => seconds((await timer(page).textContent()) ?? '')).toBeLessThanOrEqual(start - 300);
    expect(seconds((await timer(page).textContent()) ?? '')).toBeGreaterThanOrEqual(start - 300 - 15); // the installed clock also runs in real time while the test works

    // The review grid: states in the names, arrow keys move, Enter jumps.
    await page.getByRole('button', { name: 'Review', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Review your answers' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Question 1: answered, flagged' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Question 2: answered' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Question 3: unanswered' })).toBeVisible();
    await axe(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await axe(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByRole('button', { name: 'Question 2: answered' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('button', { name: 'Question 3: unanswered' })).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('button', { name: 'Question 1: answered, flagged' })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: `Question 3 of ${total}` })).toBeVisible();

    // Pause: the questions hide, the clock stops, across a reload too.
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(page.getByRole('heading', { name: 'Exam paused' })).toBeVisible();
    await expect(page.locator('fieldset.question')).toHaveCount(0);
    const pausedAt = (await timer(page).textContent()) ?? '';
    await axe(page);
    await page.clock.fastForward('20:00');
    await page.reload();
    await hydrated(page);
    await expect(page.getByRole('heading', { name: 'Exam paused' })).toBeVisible();
    await expect(timer(page)).toHaveText(pausedAt);
    await page.getByRole('button', { name: 'Resume exam' }).click();
    await expect(page.getByRole('heading', { name: `Question 3 of ${total}` })).toBeVisible();

    // Warnings, announced politely: run the clock to four minutes left.
    const left = seconds((await timer(page).textContent()) ?? '');
    await page.clock.fastForward((left - 240) * 1000);
    await expect(page.locator('[aria-live="polite"]').filter({ hasText: 'minutes remaining' })).toHaveText('5 minutes remaining.');

    // Time-out: the exam submits itself and the report shows.
    await page.clock.fastForward('05:00');
    await expect(page.getByText('Time is up. Your exam was submitted automatically.')).toBeVisible();
    await expect(page.getByRole('heading', { name: full ? 'Practice exam results' : 'Shorter practice exam results' })).toBeVisible();
    const scoredTotal = full ? 80 : total;
    // q1 right for sure; q2 wrong; pretest items do not count, so the number right is 0 or 1 depending on where q1 fell.
    const scoreText = (await page.getByText(/scored questions correct/).textContent()) ?? '';
    const [right, of] = [...scoreText.matchAll(/\d+/g)].map((m) => Number(m[0]));
    expect(of).toBe(scoredTotal);
    expect(full ? right === 0 || right === 1 : right === 1).toBe(true);
    await expect(page.getByText(/Estimated scaled score: \d{4}/)).toBeVisible();
    await expect(page.getByText('This is an estimate, not a PTCB score.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'By domain' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Question by question' })).toBeVisible();
    await axe(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await axe(page);
    await page.emulateMedia({ colorScheme: 'light' });

    const answers = await storedRows(page, 'answers');
    expect(answers.map((a) => [a['questionId'], a['correct'], a['mode']]).sort()).toEqual(
      [
        [q1.id, true, 'exam'],
        [q2.id, false, 'exam'],
      ].sort(),
    );
    const sessions = (await storedRows(page, 'sessions')).filter((s) => s['mode'] === 'exam');
    expect(sessions).toHaveLength(1);
    expect(sessions[0]?.['endedAt']).toBeTruthy();

    // A reload shows the results again, with the attempt in the history.
    await page.reload();
    await hydrated(page);
    await expect(page.getByRole('heading', { name: 'Your attempts' })).toBeVisible();
  });

  test('a corrupt saved exam never breaks the page', async ({ page }) => {
    await page.goto('/about/'); // not /exam/, whose island would read (and set aside) the save before the reload
    await page.evaluate(() => localStorage.setItem('rxtray:exam', '{"version":1,"session":{"id":"x"'));
    await open(page, '/exam/');
    await expect(page.getByText('A saved exam could not be read and was set aside.')).toBeVisible();
    await expect(page.getByRole('button', { name: /^Start (the practice exam|a shorter exam)/ })).toBeEnabled();
  });
});

/** A bank the size the content is heading for (840 questions over the 2026 areas), served in place of the built files. */
function fixtureBank() {
  const areas: Record<number, number> = { 1: 8, 2: 6, 3: 6, 4: 4 };
  const questions = [];
  let n = 0;
  for (const [domain, count] of Object.entries(areas)) {
    for (let a = 1; a <= count; a += 1) {
      for (let i = 0; i < 35; i += 1) {
        n += 1;
        questions.push({
          id: `fx-${n}`,
          area: `${domain}.${a}`,
          domain: Number(domain),
          lesson: 'calculations/days-supply-and-quantity',
          difficulty: 1,
          stem: `Fixture question number ${n}: which option is the key?`,
          options: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: `Option ${id.toUpperCase()} of question ${n}`, why: `Why option ${id} of ${n} is right or wrong.` })),
          answer: ['a', 'b', 'c', 'd'][n % 4],
          explanation: `The key of fixture question ${n}.`,
        });
      }
    }
  }
  return questions;
}

test('with a full-size bank, the exam has 90 questions drawn to the weights, 110 minutes and 10 unscored pretest items', async ({ page }) => {
  test.setTimeout(120_000);
  const bank = fixtureBank();
  await page.route('**/questions/meta.json', (route) => route.fulfill({ json: { version: 1, questions: bank.map(({ id, area, domain, lesson, difficulty }) => ({ id, area, domain, lesson, difficulty })) } }));
  await page.route('**/questions/area-*.json', (route) => {
    const area = /area-([\d.]+)\.json/.exec(route.request().url())?.[1];
    return route.fulfill({ json: { version: 1, area, questions: bank.filter((q) => q.area === area) } });
  });
  await open(page, '/exam/');
  await page.getByRole('button', { name: /^Start (the practice exam|a shorter exam)/ }).click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 90' })).toBeVisible();
  await expect(timer(page)).toHaveText(/^1:(50:00|49:5\d)$/);
  const chosen = new Map<string, string>();
  for (let n = 1; n <= 90; n += 1) {
    await expect(page.getByRole('heading', { name: `Question ${n} of 90` })).toBeVisible();
    const id = (await page.locator('fieldset.question').getAttribute('data-question-id')) ?? '';
    chosen.set(id, (await page.locator('fieldset.question input[type=radio]').first().getAttribute('value')) ?? '');
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { name: 'Review your answers' })).toBeVisible();
  await expect(page.getByText('90 answered · 0 unanswered · 0 flagged')).toBeVisible();
  await page.getByRole('button', { name: 'Submit exam' }).click();
  await page.getByRole('button', { name: 'Yes, submit' }).click();
  await expect(page.getByRole('heading', { name: 'Practice exam results' })).toBeVisible();

  // Pretest items are revealed only now; the score counts the other 80 against the key.
  const items = page.locator('ol.review > li');
  await expect(items).toHaveCount(90);
  const pretest = new Set<string>();
  for (const text of await items.allTextContents()) {
    const n = /Fixture question number (\d+)/.exec(text)?.[1];
    if (text.includes('Unscored pretest item') && n) pretest.add(`fx-${n}`);
  }
  expect(pretest.size).toBe(10);
  const byId = new Map(bank.map((q) => [q.id, q]));
  const right = [...chosen].filter(([id, choice]) => !pretest.has(id) && byId.get(id)?.answer === choice).length;
  await expect(page.getByText(`${right} of 80 scored questions correct`)).toBeVisible();
  // The scored items per domain follow the 2026 weights exactly: 28 / 15 / 19 / 18.
  const domainTable = page.getByRole('table').first();
  for (const [d, total] of [[1, 28], [2, 15], [3, 19], [4, 18]] as const) {
    await expect(domainTable.getByRole('row', { name: new RegExp(`^${d}\\. `) })).toContainText(`/ ${total}`);
  }
});
