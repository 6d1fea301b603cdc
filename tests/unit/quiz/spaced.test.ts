import { describe, expect, test } from 'vitest';
import { dueForReview, spacedItems, SPACED_RIGHTS } from '../../../src/lib/quiz/spaced';

const t = (iso: string) => new Date(iso).toISOString();
const DAY = 86_400_000;

describe('spaced review of missed questions', () => {
  test('a question answered right only is never in spaced review', () => {
    expect(spacedItems([{ questionId: 'a', correct: true, at: t('2026-03-01T10:00:00Z') }])).toEqual([]);
  });
  test('a miss comes back after at least a day, not the same day', () => {
    const answers = [{ questionId: 'a', correct: false, at: t('2026-03-01T10:00:00Z') }];
    const [item] = spacedItems(answers);
    expect(item?.due.getTime()).toBeGreaterThanOrEqual(Date.parse('2026-03-02T10:00:00Z'));
    expect(dueForReview(answers, new Date('2026-03-01T18:00:00Z'))).toEqual([]);
    expect(dueForReview(answers, new Date((item?.due.getTime() ?? 0) + 1))).toEqual(['a']);
  });
  test('a right answer when due counts and pushes the next review further out; two take it out', () => {
    const miss = { questionId: 'a', correct: false, at: t('2026-03-01T10:00:00Z') };
    const first = spacedItems([miss])[0];
    const right1 = { questionId: 'a', correct: true, at: new Date((first?.due.getTime() ?? 0) + 1000).toISOString() };
    const second = spacedItems([miss, right1])[0];
    expect(second?.spacedRights).toBe(1);
    expect(second?.done).toBe(false);
    const gap1 = (first?.due.getTime() ?? 0) - Date.parse(miss.at);
    const gap2 = (second?.due.getTime() ?? 0) - Date.parse(right1.at);
    expect(gap2).toBeGreaterThan(gap1);
    const right2 = { questionId: 'a', correct: true, at: new Date((second?.due.getTime() ?? 0) + 1000).toISOString() };
    expect(spacedItems([miss, right1, right2])[0]).toMatchObject({ spacedRights: SPACED_RIGHTS, done: true });
    expect(dueForReview([miss, right1, right2], new Date('2027-01-01T00:00:00Z'))).toEqual([]);
  });
  test('right answers before the due date (cramming) do not count', () => {
    const miss = { questionId: 'a', correct: false, at: t('2026-03-01T10:00:00Z') };
    const cram = [1, 2, 3].map((m) => ({ questionId: 'a', correct: true, at: new Date(Date.parse(miss.at) + m * 60_000).toISOString() }));
    expect(spacedItems([miss, ...cram])[0]?.spacedRights).toBe(0);
  });
  test('a new miss restarts the count', () => {
    const miss = { questionId: 'a', correct: false, at: t('2026-03-01T10:00:00Z') };
    const right = { questionId: 'a', correct: true, at: t('2026-03-05T10:00:00Z') };
    const again = { questionId: 'a', correct: false, at: t('2026-03-20T10:00:00Z') };
    const item = spacedItems([again, right, miss])[0]; // any order in, time order used
    expect(item?.spacedRights).toBe(0);
    expect(item?.due.getTime()).toBeGreaterThanOrEqual(Date.parse(again.at) + DAY);
  });
  test('due questions come most overdue first', () => {
    const answers = [
      { questionId: 'late', correct: false, at: t('2026-03-05T10:00:00Z') },
      { questionId: 'early', correct: false, at: t('2026-03-01T10:00:00Z') },
    ];
    expect(dueForReview(answers, new Date('2026-04-01T00:00:00Z'))).toEqual(['early', 'late']);
  });
});
