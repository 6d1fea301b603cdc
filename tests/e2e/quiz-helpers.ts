import type { Page } from '@playwright/test';
import { generatedQuestion } from '../../src/lib/quiz/generated';

/** A question's key as the built files say (or, for a generated item, as its seed re-creates it): the key's option id and text. */
export interface Key {
  answer: string;
  options: { id: string; text: string }[];
}

/** Every bank question's key, read from the built /questions/ files, never from the page. */
export async function bankKeys(page: Page): Promise<Map<string, Key>> {
  const meta = (await (await page.request.get('/questions/meta.json')).json()) as { questions: { area: string }[] };
  const areas = [...new Set(meta.questions.map((q) => q.area))];
  const keys = new Map<string, Key>();
  for (const area of areas) {
    const chunk = (await (await page.request.get(`/questions/area-${area}.json`)).json()) as { questions: ({ id: string } & Key)[] };
    for (const q of chunk.questions) keys.set(q.id, { answer: q.answer, options: q.options });
  }
  return keys;
}

/** The key of a question id: from the bank files, else re-created from a generated id. */
export function keyOf(keys: Map<string, Key>, id: string): Key {
  const found = keys.get(id) ?? generatedQuestion(id);
  if (!found) throw new Error(`no key for ${id}`);
  return found;
}

/** Option texts in the order the page shows them (without the hidden "A. " prefix). */
export async function shownTexts(page: Page): Promise<string[]> {
  return (await page.locator('fieldset.question .options .text').allTextContents()).map((s) => s.replace(/^[A-D]\.\s*/, '').trim());
}

/** The id of the question on screen. */
export async function shownId(page: Page): Promise<string> {
  return (await page.locator('fieldset.question').getAttribute('data-question-id')) ?? '';
}

/** Display position (0–3) of the key and of one wrong option. */
export async function positions(page: Page, keys: Map<string, Key>): Promise<{ id: string; right: number; wrong: number; key: Key }> {
  const id = await shownId(page);
  const key = keyOf(keys, id);
  const keyText = key.options.find((o) => o.id === key.answer)?.text;
  const texts = await shownTexts(page);
  const right = texts.indexOf(keyText ?? '');
  if (right < 0) throw new Error(`key of ${id} not shown`);
  return { id, right, wrong: (right + 1) % 4, key };
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
