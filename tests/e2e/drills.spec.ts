import { expect, test } from '@playwright/test';
import { hydrated, open, storedRows } from './helpers';

test.describe('calculation drills', () => {
  test('choose a drill by keyboard, answer right and wrong, see the worked solution and results', async ({ page }) => {
    await open(page, '/drills/');
    await page.getByRole('button', { name: 'Clear choices' }).click();
    await expect(page.getByRole('button', { name: 'Start drill' })).toBeDisabled();
    const drip = page.getByRole('checkbox', { name: 'IV drip rate (gtt/min)' });
    await drip.focus();
    await page.keyboard.press('Space');
    await expect(drip).toBeChecked();
    await page.getByRole('radio', { name: 'Level 1 — one step' }).check();
    await page.getByRole('combobox', { name: 'Problems in the set' }).selectOption('5');
    await page.getByRole('button', { name: 'Start drill' }).click();

    await expect(page.getByText('Problem 1 of 5')).toBeVisible();
    const answer = page.getByRole('textbox', { name: 'Your answer (number and unit)' });
    await expect(answer).toBeFocused();

    // Work the first problem out from its own text: mL/h × drop factor ÷ 60, rounded to a whole drop.
    const question = (await page.locator('#drill-question').textContent()) ?? '';
    const [rate, factor] = [...question.matchAll(/\d+/g)].map((m) => Number(m[0]));
    const right = Math.round(((rate ?? 0) * (factor ?? 0)) / 60);
    await answer.fill(`${right} gtt/min`);
    await page.keyboard.press('Enter');
    const feedback = page.locator('#drill-feedback');
    await expect(feedback).toContainText(`Right: ${right} gtt/min.`);
    await expect(page.getByText('Streak: 1')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Worked solution' })).toBeVisible();
    await expect(page.locator('.steps li').last()).toHaveText(`Answer: ${right} gtt/min`);
    await expect(page.getByRole('button', { name: 'Next problem' })).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(page.getByText('Problem 2 of 5')).toBeVisible();
    await answer.fill('9999 gtt/min');
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(feedback).toContainText('Not quite: the answer is');
    await expect(page.getByText('Streak: 0')).toBeVisible();

    for (let n = 3; n <= 5; n += 1) {
      await page.getByRole('button', { name: /Next problem|See results/ }).click();
      await expect(page.getByText(`Problem ${n} of 5`)).toBeVisible();
      await answer.fill('1 mL');
      await page.keyboard.press('Enter');
      await expect(feedback).not.toBeEmpty();
    }
    await page.getByRole('button', { name: 'See results' }).click();
    await expect(page.getByRole('heading', { name: /^1 of 5 right$/ })).toBeVisible();
    await expect(page).toHaveURL(/types=iv-drip-rate&level=1&seed=\d+&n=5/);

    // Back to the picker, which holds the set's choices.
    await page.getByRole('button', { name: 'Change choices' }).click();
    await expect(drip).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Metric conversions' })).not.toBeChecked();
    await expect(page.getByRole('radio', { name: 'Level 1 — one step' })).toBeChecked();
    await expect(page.getByRole('combobox', { name: 'Problems in the set' })).toHaveValue('5');
    await expect(page).toHaveURL(/\/drills\/$/);
  });

  test('a shared link opens the same problems, and a tampered one says what it dropped', async ({ page, context }) => {
    await open(page, '/drills/?types=dose-volume,dilution&level=2&seed=42&n=3');
    const first = await page.locator('#drill-question').textContent();
    const other = await context.newPage();
    await other.goto('/drills/?types=dose-volume,dilution&level=2&seed=42&n=3');
    await hydrated(other);
    await expect(other.locator('#drill-question')).toHaveText(first ?? '');

    await open(page, '/drills/?types=dilution,nonsense&level=7&seed=5&n=3');
    await expect(page.getByRole('alert')).toContainText('Unknown drill types were left out: nonsense.');
    await expect(page.getByRole('alert')).toContainText('The level "7" is not 1, 2, 3 or mixed');
    await expect(page.getByText('Problem 1 of 3')).toBeVisible();
  });

  test('a printable worksheet lists the problems with an answer key', async ({ page }) => {
    await open(page, '/drills/?types=roman-numerals&level=1&seed=9&n=4&sheet=1');
    await expect(page.getByRole('heading', { name: 'Pharmacy calculations worksheet' })).toBeVisible();
    await expect(page.locator('.sheet > li')).toHaveCount(4);
    await expect(page.getByRole('heading', { name: 'Answer key with worked solutions' })).toBeVisible();
    const questions = await page.locator('.sheet > li > p:first-child').allTextContents();
    const keys = await page.locator('.key > li > strong').allTextContents();
    // "Write 14 in Roman numerals." ↔ "XIV": check each key against its question.
    const roman = (n: number) =>
      [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']].reduce(
        (acc, [value, numeral]) => {
          let [left, text] = acc as [number, string];
          while (left >= (value as number)) {
            left -= value as number;
            text += numeral as string;
          }
          return [left, text];
        },
        [n, ''],
      )[1];
    questions.forEach((q, i) => expect(keys[i]).toBe(roman(Number(/Write (\d+)/.exec(q)?.[1]))));
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Print worksheet' })).toBeHidden();
    await expect(page.getByRole('banner')).toBeHidden();
  });

  test('answers are kept in the learning record, and "My weakest" drills the type answered wrong', async ({ page }) => {
    await open(page, '/drills/?types=dilution&level=1&seed=3&n=2');
    const answer = page.getByRole('textbox', { name: 'Your answer (number and unit)' });
    for (let n = 1; n <= 2; n += 1) {
      await answer.fill('0.001 mL');
      await page.keyboard.press('Enter');
      await expect(page.locator('#drill-feedback')).toContainText('Not quite');
      await page.getByRole('button', { name: /Next problem|See results/ }).click();
    }
    await expect(page.getByRole('heading', { name: /^0 of 2 right$/ })).toBeVisible();
    await expect.poll(async () => (await storedRows(page, 'drills')).map((r) => `${String(r['type'])}:${String(r['correct'])}`)).toEqual(['dilution:false', 'dilution:false']);

    // After a reload the record still has them, and "My weakest" puts dilution in the set.
    await page.goto('/drills/');
    await hydrated(page);
    await page.getByRole('button', { name: 'My weakest' }).click();
    await expect(page.getByText('Your three weakest kinds of problem, from your last 2 recorded answers.')).toBeVisible();
    await expect(page).toHaveURL(/types=[^&]*dilution/);
  });
});
