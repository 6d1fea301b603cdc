import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { hydrated, open, storedRows } from './helpers';
import { AXE_TAGS, bankKeys, positions } from './quiz-helpers';

const LETTER = ['a', 'b', 'c', 'd'];
const axe = async (page: Page) => expect((await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations).toEqual([]);

test.describe('practice quizzes', () => {
  test('a quick 10 by keyboard: right and wrong answers checked against the built key, recorded, then missed-question review', async ({ page }) => {
    test.setTimeout(90_000); // ten questions, a reload and four axe runs
    await open(page, '/quiz/');
    await axe(page);
    await page.getByRole('link', { name: 'Quick 10' }).click();
    await hydrated(page);
    await expect(page.getByRole('heading', { name: /Question 1 of 10/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Choose a quiz' })).toBeHidden();
    const keys = await bankKeys(page);
    await axe(page);

    const plan: { id: string; correct: boolean; choice: string }[] = [];
    for (let n = 1; n <= 10; n += 1) {
      await expect(page.getByRole('heading', { name: new RegExp(`Question ${n} of 10`) })).toBeVisible();
      const { id, right, wrong, key } = await positions(page, keys);
      const correct = n % 2 === 1;
      const position = correct ? right : wrong;
      // Odd questions by digit, even ones by letter.
      await page.keyboard.press(correct ? String(position + 1) : (LETTER[position] ?? 'a'));
      await expect(page.locator('fieldset.question input[type=radio]').nth(position)).toBeChecked();
      await page.keyboard.press('Enter');
      const chosenId = (await page.locator('fieldset.question input[type=radio]').nth(position).getAttribute('value')) ?? '';
      plan.push({ id, correct, choice: chosenId });
      expect(chosenId === key.answer).toBe(correct);
      if (correct) await expect(page.getByText('Correct.', { exact: true })).toBeVisible();
      else await expect(page.getByText(`Not quite. The answer is ${'ABCD'[right]}: ${key.options.find((o) => o.id === key.answer)?.text}`)).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Explanation' })).toBeVisible();
      if (n === 2) {
        await axe(page); // the feedback state, light and dark
        await page.emulateMedia({ colorScheme: 'dark' });
        await axe(page);
        await page.emulateMedia({ colorScheme: 'light' });
        // A reload keeps the quiz where it was, feedback and all.
        await page.reload();
        await hydrated(page);
        await expect(page.getByRole('heading', { name: /Question 2 of 10/ })).toBeVisible();
        await expect(page.getByRole('heading', { name: 'Explanation' })).toBeVisible();
        await page.getByRole('button', { name: 'Next question' }).focus();
      }
      await expect(page.getByRole('button', { name: n === 10 ? 'See results' : 'Next question' })).toBeFocused();
      await page.keyboard.press('Enter');
    }
    await expect(page.getByRole('heading', { name: /Quiz results/ })).toBeVisible();
    await expect(page.getByText('You answered 5 of 10 correctly (50%).')).toBeVisible();
    await axe(page);

    const rows = await storedRows(page, 'answers');
    expect(rows.map((r) => ({ id: r['questionId'], correct: r['correct'], choice: r['choice'] })).sort((a, b) => String(a.id).localeCompare(String(b.id)))).toEqual(
      plan.map((p) => ({ id: p.id, correct: p.correct, choice: p.choice })).sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(rows.every((r) => r['mode'] === 'quick' && typeof r['ms'] === 'number')).toBe(true);

    // Missed-question review asks exactly the five missed ones; answering them right empties it.
    await page.getByRole('link', { name: 'Review missed questions' }).click();
    await hydrated(page);
    const missed = new Set(plan.filter((p) => !p.correct).map((p) => p.id));
    for (let n = 1; n <= 5; n += 1) {
      await expect(page.getByRole('heading', { name: new RegExp(`Missed questions\\s*Question ${n} of 5`) })).toBeVisible();
      const { id, right } = await positions(page, keys);
      expect(missed.has(id)).toBe(true);
      await page.keyboard.press(String(right + 1));
      await page.keyboard.press('Enter');
      await expect(page.getByText('Correct.', { exact: true })).toBeVisible();
      await page.keyboard.press('Enter');
    }
    await expect(page.getByText('You answered 5 of 5 correctly (100%).')).toBeVisible();
    await open(page, '/quiz/?mode=missed');
    await expect(page.getByText('No missed questions')).toBeVisible();
  });

  test('F flags a question; a custom quiz of flagged questions asks exactly it', async ({ page }) => {
    await page.goto('/quiz/');
    const id = [...(await bankKeys(page)).keys()][0] ?? '';
    await open(page, `/quiz/?mode=ids&ids=${id}`);
    await expect(page.getByRole('heading', { name: /Selected questions\s*Question 1 of 1/ })).toBeVisible();
    await page.keyboard.press('f');
    await expect(page.getByRole('button', { name: /Flagged/ })).toHaveAttribute('aria-pressed', 'true');
    await open(page, '/quiz/?mode=custom&only=flagged&count=10');
    await expect(page.getByRole('heading', { name: /Custom quiz\s*Question 1 of 1/ })).toBeVisible();
    expect(await page.locator('fieldset.question').getAttribute('data-question-id')).toBe(id);
  });

  test('a corrupt saved quiz never breaks the page: it says so and starts afresh', async ({ page }) => {
    await page.goto('/quiz/');
    await page.evaluate(() => sessionStorage.setItem('rxtray:quiz', '{"version":1,"spec":'));
    await open(page, '/quiz/?mode=quick');
    await expect(page.getByText('A saved quiz could not be read')).toBeVisible();
    await expect(page.getByRole('heading', { name: /Question 1 of 10/ })).toBeVisible();
  });

  test('the custom form starts a quiz from its choices', async ({ page }) => {
    await open(page, '/quiz/');
    await page.getByRole('checkbox', { name: /4\. Order Entry and Processing/ }).check();
    await page.getByRole('combobox', { name: 'Questions' }).selectOption('5');
    await page.getByRole('button', { name: 'Start custom quiz' }).click();
    await hydrated(page);
    expect(new URL(page.url()).searchParams.getAll('domains')).toEqual(['4']);
    const meta = (await (await page.request.get('/questions/meta.json')).json()) as { questions: { domain: number }[] };
    const inDomain4 = meta.questions.filter((q) => q.domain === 4).length;
    await expect(page.getByRole('heading', { name: new RegExp(`Question 1 of ${Math.min(5, inDomain4)}`) })).toBeVisible();
  });
});
