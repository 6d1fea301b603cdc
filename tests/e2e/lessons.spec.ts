import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { hydrated, open, storedRows } from './helpers';

const LETTERS = ['a', 'b', 'c', 'd'];
const lessonQuestions = fileURLToPath(new URL('../../content/questions/lessons', import.meta.url));

/** The bank's key letter of a lesson check question, read from its YAML file (not from the page). */
function bankQuestion(id: string): { id: string; answer: string; explanation: string } {
  for (const file of readdirSync(lessonQuestions)) {
    const { questions } = parse(readFileSync(join(lessonQuestions, file), 'utf8')) as { questions: { id: string; answer: string; explanation: string }[] };
    const found = questions.find((q) => q.id === id);
    if (found) return found;
  }
  throw new Error(`no bank question ${id}`);
}
const bankKey = (id: string): string => bankQuestion(id).answer;

test.describe('learning path', () => {
  test('home → module → lesson, then mark complete and see it everywhere after a reload', async ({ page }) => {
    await open(page, '/');
    await page.getByRole('heading', { level: 2, name: 'Modules' }).waitFor();
    await page.getByRole('link', { name: 'Dispensing', exact: true }).first().click();
    await hydrated(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Dispensing' })).toBeVisible();
    const total = await page.locator('.lessons > li').count();
    expect(total).toBeGreaterThanOrEqual(6);
    await expect(page.getByText(`0 of ${total} lessons complete`)).toBeVisible();

    const firstLesson = page.locator('.lessons > li a').first();
    const title = (await firstLesson.textContent())?.trim() ?? '';
    await firstLesson.click();
    await hydrated(page);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

    await page.getByRole('button', { name: 'Mark lesson complete' }).click();
    await expect(page.getByRole('status').filter({ hasText: /^\W*Lesson complete$/ })).toBeVisible();
    await page.reload();
    await hydrated(page);
    await expect(page.getByRole('status').filter({ hasText: /^\W*Lesson complete$/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Mark as not complete' })).toBeVisible();

    await page.getByRole('link', { name: 'Dispensing' }).first().click();
    await hydrated(page);
    await expect(page.getByText(`1 of ${total} lessons complete`)).toBeVisible();
    await expect(page.locator('.lessons > li').first().getByText('Complete', { exact: true })).toBeVisible();

    await open(page, '/');
    const card = page.locator('.module').filter({ hasText: 'Dispensing' });
    await card.scrollIntoViewIfNeeded();
    await expect(card.getByText(`1 of ${total} lessons complete`)).toBeVisible();
    // Continue where you left off: the next unfinished lesson after the one just read.
    await expect(page.getByRole('link', { name: /^Resume: / })).toBeVisible();
  });

  test('a lesson and its check-yourself question work by keyboard alone', async ({ page }) => {
    await open(page, '/learn/dispensing/');
    const lessonLink = page.locator('.lessons > li a').first();
    await lessonLink.focus();
    await page.keyboard.press('Enter');
    await hydrated(page);

    // Skip link first, then into the main content.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Enter');

    const question = page.locator('form.check').first();
    await question.scrollIntoViewIfNeeded();
    // The question's key from the bank (options are shown in authored order a–d), so the test knows which
    // option is right and which is wrong.
    const questionId = (await page.locator('rxtray-check').first().getAttribute('data-question')) ?? '';
    const answer = LETTERS.indexOf(bankKey(questionId));
    expect(answer).toBeGreaterThanOrEqual(0);
    const wrong = answer === 0 ? 1 : 0;
    const choose = async (index: number) => {
      await question.getByRole('radio').first().focus();
      if (index === 0) await page.keyboard.press('Space');
      for (let i = 0; i < index; i += 1) await page.keyboard.press('ArrowDown');
      await expect(question.getByRole('radio').nth(index)).toBeChecked();
      await page.keyboard.press('Tab');
      await expect(question.getByRole('button', { name: 'Check answer' })).toBeFocused();
      await page.keyboard.press('Enter');
    };
    await choose(wrong);
    await expect(question.locator('.feedback')).toContainText('Not quite.');
    await expect(question.locator('.feedback')).toContainText('The answer is:');
    const retry = question.getByRole('button', { name: 'Try again' });
    await retry.focus();
    await page.keyboard.press('Enter');
    await choose(answer);
    await expect(question.locator('.feedback')).toContainText('Correct.');
    await expect(question.locator('.feedback')).not.toContainText('Not quite.');

    // Both attempts are in the learning record, by option id (letter), with their correctness.
    const lessonAnswers = async () =>
      (await storedRows(page, 'answers'))
        .filter((row) => row['questionId'] === questionId && row['mode'] === 'lesson')
        .map((row) => `${String(row['choice'])}:${String(row['correct'])}`)
        .sort();
    await expect.poll(lessonAnswers).toEqual([`${LETTERS[answer]}:true`, `${LETTERS[wrong]}:false`].sort());

    const complete = page.getByRole('button', { name: 'Mark lesson complete' });
    await complete.focus();
    await expect(complete).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: /^\W*Lesson complete$/ })).toBeVisible();
  });

  test('the feedback shows the question’s explanation after the why, with its engine number', async ({ page }) => {
    await open(page, '/learn/calculations/iv-flow-and-drip-rates/');
    await hydrated(page);
    const check = page.locator('rxtray-check[data-question="iv-flow-and-drip-rates-1"]');
    await check.scrollIntoViewIfNeeded();
    const key = LETTERS.indexOf(bankKey('iv-flow-and-drip-rates-1'));
    await check.getByRole('radio').nth(key).check();
    await check.getByRole('button', { name: 'Check answer' }).click();
    const paragraphs = check.locator('.feedback p');
    await expect(paragraphs).toHaveCount(2);
    await expect(paragraphs.first()).toHaveText(/^Correct\. /);
    // The bank's explanation with {key} resolved by the engine (1,000 mL over 8 h).
    const explanation = bankQuestion('iv-flow-and-drip-rates-1').explanation.replace('{key}', '125');
    await expect(paragraphs.nth(1)).toHaveText(explanation);
  });

  test('checking without choosing asks for a choice; a wrong answer names the right one', async ({ page }) => {
    await open(page, '/learn/dispensing/');
    await page.locator('.lessons > li a').first().click();
    await hydrated(page);
    const question = page.locator('form.check').first();
    await question.scrollIntoViewIfNeeded();
    await question.getByRole('button', { name: 'Check answer' }).click();
    await expect(question.locator('.feedback')).toHaveText('Choose an answer first.');

    // Find a wrong option by trying each until one is marked wrong.
    const options = question.getByRole('radio');
    const count = await options.count();
    for (let i = 0; i < count; i += 1) {
      await options.nth(i).check();
      await question.getByRole('button', { name: 'Check answer' }).click();
      const text = (await question.locator('.feedback').textContent()) ?? '';
      if (text.includes('Not quite.')) {
        await expect(question.locator('.feedback')).toContainText('The answer is:');
        return;
      }
      await question.getByRole('button', { name: 'Try again' }).click();
    }
    throw new Error('every option was accepted as correct');
  });
});
