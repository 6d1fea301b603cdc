import { describe, expect, test } from 'vitest';
import { assembleExam, assembleShortExam, domainCounts, examShortfalls, largestRemainder } from '../../../src/lib/quiz/blueprint';
import { DOMAINS_2026, fixtureBank } from './fixtures/bank';

const FORMAT = { scored: 80, unscored: 10, minutes: 110 };

describe('largestRemainder', () => {
  test('gives the 2026 weights of 80 scored items as 28 / 15 / 19 / 18', () => {
    expect(largestRemainder([35, 18.75, 23.75, 22.5], 80)).toEqual([28, 15, 19, 18]);
  });
  test('gives the 2026 weights of 10 pretest items as 4 / 2 / 2 / 2 (the largest remainders win the seats left)', () => {
    // Shares 3.5 / 1.875 / 2.375 / 2.25: floors 3/1/2/2 = 8, the two seats left go to .875 and .5.
    expect(largestRemainder([35, 18.75, 23.75, 22.5], 10)).toEqual([4, 2, 2, 2]);
  });
  test('gives the 2020 weights of 80 as 32 / 10 / 21 / 17', () => {
    expect(largestRemainder([40, 12.5, 26.25, 21.25], 80)).toEqual([32, 10, 21, 17]);
  });
  test('breaks equal remainders toward the earlier entry and always adds up to the total', () => {
    expect(largestRemainder([1, 1, 1], 4)).toEqual([2, 1, 1]);
    expect(largestRemainder([1, 1, 1], 0)).toEqual([0, 0, 0]);
  });
});

describe('assembleExam', () => {
  const bank = fixtureBank();
  const exam = assembleExam(bank, DOMAINS_2026, FORMAT, 'seed-1');
  const domainOf = new Map(bank.map((q) => [q.id, q.domain]));
  const count = (ids: readonly string[], domain: number) => ids.filter((id) => domainOf.get(id) === domain).length;

  test('draws 90 distinct questions, 10 of them pretest', () => {
    expect(exam?.items).toHaveLength(90);
    expect(new Set(exam?.items).size).toBe(90);
    expect(exam?.pretest).toHaveLength(10);
    expect(exam?.pretest.every((id) => exam.items.includes(id))).toBe(true);
  });
  test('draws the scored items to the exact domain counts of the weights', () => {
    const scored = exam?.items.filter((id) => !exam.pretest.includes(id)) ?? [];
    expect([1, 2, 3, 4].map((d) => count(scored, d))).toEqual([28, 15, 19, 18]);
    expect([1, 2, 3, 4].map((d) => count(exam?.pretest ?? [], d))).toEqual([4, 2, 2, 2]);
  });
  test('spreads a domain over its areas: every area of domain 1 appears', () => {
    const areas = new Set(exam?.items.map((id) => bank.find((q) => q.id === id)?.area));
    for (const a of DOMAINS_2026.flatMap((d) => d.areas)) expect(areas.has(a.id)).toBe(true);
  });
  test('does not put the pretest items in one block: they are mixed in', () => {
    const positions = exam?.pretest.map((id) => exam.items.indexOf(id)) ?? [];
    expect(Math.max(...positions) - Math.min(...positions)).toBeGreaterThan(30);
  });
  test('the same seed gives the same exam; another seed another one', () => {
    expect(assembleExam(bank, DOMAINS_2026, FORMAT, 'seed-1')).toEqual(exam);
    expect(assembleExam(bank, DOMAINS_2026, FORMAT, 'seed-2')?.items).not.toEqual(exam?.items);
  });
  test('returns null and names the short domains when the bank cannot fill the blueprint', () => {
    const small = fixtureBank((a) => (a.startsWith('2.') ? 2 : 35));
    expect(assembleExam(small, DOMAINS_2026, FORMAT, 's')).toBeNull();
    expect(examShortfalls(small, DOMAINS_2026, FORMAT)).toEqual([{ domain: 2, have: 12, need: 17 }]);
  });
  test('domainCounts maps domain ids to counts', () => {
    expect([...domainCounts(DOMAINS_2026, 80)]).toEqual([[1, 28], [2, 15], [3, 19], [4, 18]]);
  });
});

describe('assembleShortExam', () => {
  test('takes every bank question, tops up with extra items to ten, all scored, time scaled', () => {
    const bank = fixtureBank((a) => (a === '1.1' ? 3 : 0));
    const plan = assembleShortExam(bank, FORMAT, 'x', ['gen-a-1', 'gen-a-2', 'gen-a-3', 'gen-a-4', 'gen-a-5', 'gen-a-6', 'gen-a-7', 'gen-a-8']);
    expect(plan.items).toHaveLength(10);
    expect(plan.items.filter((id) => id.startsWith('q11-'))).toHaveLength(3);
    expect(plan.pretest).toEqual([]);
    expect(plan.minutes).toBe(13); // 110 × 10 / 90 = 12.2, rounded up
    expect(plan.full).toBe(false);
  });
});
