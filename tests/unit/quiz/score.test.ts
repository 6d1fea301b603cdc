import { describe, expect, test } from 'vitest';
import { compareAttempts, estimateScaled, scoreExam } from '../../../src/lib/quiz/score';
import { shownOptions } from '../../../src/lib/quiz/order';
import type { OptionId } from '../../../src/lib/quiz/types';

const q = (id: string, area: string, answer: OptionId) => ({ id, area, domain: Number(area[0]), answer });
const questions = [q('a', '1.1', 'a'), q('b', '1.2', 'b'), q('c', '2.1', 'c'), q('d', '2.1', 'd'), q('p', '3.1', 'a')];

describe('scoreExam', () => {
  test('counts choices against the key by option id, per domain and area, leaving pretest items out', () => {
    const s = scoreExam(questions, new Set(['p']), { a: 'a', b: 'c', c: 'c', p: 'a' });
    expect(s).toMatchObject({ correct: 2, total: 4, percent: 50, unanswered: 1 });
    expect(s.byDomain).toEqual([
      { domain: 1, correct: 1, total: 2, percent: 50 },
      { domain: 2, correct: 1, total: 2, percent: 50 },
    ]);
    expect(s.byArea.find((a) => a.area === '2.1')).toEqual({ area: '2.1', domain: 2, correct: 1, total: 2, percent: 50 });
    expect(s.byArea.some((a) => a.area === '3.1')).toBe(false);
  });
});

describe('estimateScaled', () => {
  test('maps 0 → 1000, the assumed 70% → 1400 (pass), 100 → 1600, rounded to 10', () => {
    expect(estimateScaled(0)).toBe(1000);
    expect(estimateScaled(70)).toBe(1400);
    expect(estimateScaled(100)).toBe(1600);
    expect(estimateScaled(85)).toBe(1500);
    expect(estimateScaled(35)).toBe(1200);
    expect(estimateScaled(69)).toBe(1390);
  });
});

describe('compareAttempts', () => {
  test('gives the change in percentage points overall and for domains in both attempts', () => {
    const now = { percent: 72.5, byDomain: [{ domain: 1, correct: 0, total: 0, percent: 80 }, { domain: 2, correct: 0, total: 0, percent: 60 }] };
    const before = { percent: 65, byDomain: [{ domain: 1, correct: 0, total: 0, percent: 70 }] };
    expect(compareAttempts(now, before)).toEqual({ overall: 7.5, byDomain: [{ domain: 1, change: 10 }] });
  });
});

describe('shownOptions (seeded shuffle)', () => {
  const options = (['a', 'b', 'c', 'd'] as const).map((id) => ({ id, text: id.toUpperCase(), why: '' }));
  test('the same session and question always give the same order; the options are all there', () => {
    const one = shownOptions(options, 's1', 'q1');
    expect(shownOptions(options, 's1', 'q1')).toEqual(one);
    expect([...one].sort((x, y) => x.id.localeCompare(y.id))).toEqual(options);
  });
  test('different sessions show different orders, and the key lands in every position', () => {
    const positions = new Set<number>();
    for (let i = 0; i < 200; i += 1) positions.add(shownOptions(options, `s${i}`, 'q1').findIndex((o) => o.id === 'a'));
    expect(positions).toEqual(new Set([0, 1, 2, 3]));
  });
});
