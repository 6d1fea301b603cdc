import { describe, expect, test } from 'vitest';

// Thousands of problems per test: generous time limits so a loaded CI machine does not fail them (speed is measured in tests/bench/).
const SLOW = { timeout: 120_000 };
import { DIFFICULTIES, DRILL_TYPES, drillType, num, type DrillProblem } from '../../../src/lib/drills';

const SEEDS = Array.from({ length: 1000 }, (_, i) => i * 7919 + 1);

/** Realistic ranges of each type's answer (numbers only), so a slipped factor of 10 or 1,000 fails. */
const RANGES: Record<string, [number, number]> = {
  'metric-conversion': [0.001, 2_000_000],
  'household-conversion': [0.1, 1000],
  'weight-conversion': [1, 600],
  temperature: [-60, 120],
  'days-supply-tablets': [1, 120],
  'days-supply-liquid': [1, 200],
  'days-supply-drops': [1, 120],
  'days-supply-insulin': [5, 200],
  'days-supply-inhaler': [5, 240],
  'days-supply-topical': [2, 90],
  'quantity-to-dispense': [1, 600],
  'dose-volume': [0.1, 100],
  'amount-in-volume': [0.1, 20_000],
  'weight-based-dose': [0.5, 2000],
  'percent-strength': [0.01, 1000],
  'ratio-strength': [0.0001, 10],
  dilution: [1, 20_000],
  'iv-flow-rate': [1, 1000],
  'iv-drip-rate': [1, 1000],
  'infusion-time': [0.5, 1000],
  'roman-numerals': [1, 3999],
  alligation: [0.1, 500],
};

describe('DRILL_TYPES', () => {
  test('offers at least 18 types with unique ids, and only alligation is off the 2026 exam', () => {
    expect(DRILL_TYPES.length).toBeGreaterThanOrEqual(18);
    expect(new Set(DRILL_TYPES.map((t) => t.id)).size).toBe(DRILL_TYPES.length);
    expect(DRILL_TYPES.filter((t) => !t.onExam).map((t) => t.id)).toEqual(['alligation']);
    expect(drillType('iv-drip-rate')?.title).toBe('IV drip rate (gtt/min)');
    expect(drillType('no-such-drill')).toBeUndefined();
  });

  for (const type of DRILL_TYPES) {
    test(`${type.id}: 1,000 seeds at each difficulty give well-formed, reproducible, realistic problems`, SLOW, () => {
      for (const difficulty of DIFFICULTIES) {
        for (const seed of SEEDS) {
          const problem = type.generate(seed, difficulty);
          expect(problem.id).toBe(`${type.id}:${difficulty}:${seed}`);
          expect(problem.question.length).toBeGreaterThan(15);
          expect(problem.question).not.toMatch(/NaN|undefined|Infinity|\[object/);
          expect(problem.steps.length).toBeGreaterThanOrEqual(2);
          for (const step of problem.steps) expect(step).not.toMatch(/NaN|undefined|Infinity/);
          expect(problem.rounding).not.toBe('');
          expect(problem.conventions.length).toBeGreaterThan(0);
          expect(problem.hint.length).toBeGreaterThan(5);
          const range = RANGES[type.id];
          if (problem.answer.kind === 'number') {
            expect(Number.isFinite(problem.answer.value)).toBe(true);
            if (range) {
              expect(problem.answer.value, problem.question).toBeGreaterThanOrEqual(range[0]);
              expect(problem.answer.value, problem.question).toBeLessThanOrEqual(range[1]);
            }
          } else {
            expect(problem.answer.value).toMatch(/^[IVXLCDM]+$|^\d{2}:\d{2}$|^\d{1,2}:\d{2} [AP]M$/);
          }
        }
        expect(type.generate(99, difficulty)).toEqual(type.generate(99, difficulty));
      }
    });
  }

  test('different seeds give different problems', () => {
    for (const type of DRILL_TYPES) {
      const questions = new Set(SEEDS.slice(0, 50).map((seed) => type.generate(seed, 2).question));
      expect(questions.size, type.id).toBeGreaterThan(3);
    }
  });
});

describe('worked solutions', () => {
  test('every solution ends at the stated answer', SLOW, () => {
    for (const type of DRILL_TYPES) {
      for (const difficulty of DIFFICULTIES) {
        for (const seed of SEEDS.slice(0, 200)) {
          const p = type.generate(seed, difficulty);
          const last = p.steps.at(-1) ?? '';
          const stated = p.answer.kind === 'number' ? `${num(p.answer.value, p.answer.decimals)} ${p.answer.unit}`.trim() : p.answer.value;
          expect(last).toBe(`Answer: ${stated}`);
          // The step before the answer shows the unrounded result that rounds to it.
          if (p.answer.kind === 'number') {
            const before = p.steps.at(-2) ?? '';
            const results = [...before.matchAll(/(?:=|:) (-?[\d,]+(?:\.\d+)?)/g)].map((m) => Number((m[1] ?? '').replace(/,/g, '')));
            const result = results.at(-1);
            expect(result, `${p.id}: ${before}`).toBeDefined();
            expect(Math.abs((result as number) - p.answer.value), `${p.id}: ${before}`).toBeLessThanOrEqual(p.rounding.startsWith('Round down') || p.rounding.startsWith('Round up') ? 1 : 0.5 * 10 ** -p.answer.decimals + 1e-4);
          }
        }
      }
    }
  });
});

/** Numbers read back out of a question, to re-derive its answer with the textbook formula. */
const numbers = (text: string): number[] => [...text.matchAll(/-?\d[\d,]*(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, '')));

describe('answers re-derived from the question with the textbook formula', () => {
  const each = (id: string, difficulty: 1 | 2 | 3, check: (p: DrillProblem, n: number[]) => number) => {
    for (const seed of SEEDS.slice(0, 300)) {
      const p = drillType(id)?.generate(seed, difficulty);
      if (!p || p.answer.kind !== 'number') throw new Error(`${id} gives no numeric problem`);
      expect(p.answer.value, p.question).toBeCloseTo(check(p, numbers(p.question)), 6);
    }
  };
  const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

  test('lb → kg divides by 2.2', () => each('weight-conversion', 2, (_, [lb]) => round((lb as number) / 2.2, 1)));
  test('kg → lb multiplies by 2.2', () => each('weight-conversion', 3, (_, [kg]) => round((kg as number) * 2.2, 1)));
  test('mL/h is volume over hours', () => each('iv-flow-rate', 1, (_, [ml, h]) => round((ml as number) / (h as number), 0)));
  test('gtt/min is mL/h × drop factor ÷ 60', () => each('iv-drip-rate', 1, (_, [rate, factor]) => Math.round(((rate as number) * (factor as number)) / 60)));
  test('°C is (°F − 32) × 5/9', () => each('temperature', 2, (_, [f]) => round((((f as number) - 32) * 5) / 9, 1)));
  test('°F is °C × 9/5 + 32', () => each('temperature', 1, (_, [c]) => round(((c as number) * 9) / 5 + 32, 1)));
  test("tablet days' supply is quantity ÷ tablets a day, rounded down", () =>
    each('days-supply-tablets', 1, (p, n) => {
      const quantity = Number(/#(\d+)/.exec(p.question)?.[1]);
      const perDay = /twice/.test(p.question) ? 2 : 1;
      expect(n.length).toBeGreaterThan(2);
      return Math.floor(quantity / perDay);
    }));
  test("eye-drop days' supply uses 20 drops per mL and counts both eyes", () =>
    each('days-supply-drops', 2, (p) => {
      const ml = Number(/, ([\d.]+) mL bottle/.exec(p.question)?.[1]);
      const drops = Number(/instill (\d) drop/.exec(p.question)?.[1]);
      const perDay = { once: 1, twice: 2, three: 3, four: 4 }[/(once|twice|three|four)/.exec(p.question)?.[1] ?? 'once'] ?? 1;
      return Math.floor((ml * 20) / (drops * 2 * perDay));
    }));
  test('C1V1 = C2V2 gives the final volume', () => each('dilution', 1, (_, [v1, c1, c2]) => round(((c1 as number) * (v1 as number)) / (c2 as number), 1)));
});

describe('golden problems', () => {
  test('seed 7 problems read as a pharmacy technician would expect', () => {
    const p = drillType('iv-flow-rate')?.generate(7, 3);
    expect(p?.question).toBe('A bag of heparin 25,000 units in 500 mL is ordered to run at 1,200 units/h. What is the flow rate in mL/h?');
    expect(p?.answer).toEqual({ kind: 'number', value: 24, unit: 'mL/h', decimals: 0 });
    const insulin = drillType('days-supply-insulin')?.generate(7, 3);
    expect(insulin?.steps).toContain('Units a day: (8 + 2 priming) units × 2 injections = 20 units.');
    expect(insulin?.answer).toEqual({ kind: 'number', value: 75, unit: 'days', decimals: 0 });
  });
});
