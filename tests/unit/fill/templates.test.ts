import { describe, expect, test } from 'vitest';
import { FILL_TEMPLATES } from '../../../src/lib/fill/templates';
import { computeDaysSupply } from '../../../src/lib/fill/key';
import { checkPrescription, findErrorProne, parseSig, sigToDirections } from '../../../src/lib/pharmacy';
import { drugs } from './world';

describe('fill templates', () => {
  test('each names a catalog drug and one of its training products, in the form written', () => {
    const wrong = FILL_TEMPLATES.filter((t) => !drugs.find((d) => d.id === t.drug)?.products.some((p) => p.ndc === t.ndc)).map((t) => t.id);
    expect(wrong).toEqual([]);
  });

  test('each sig translates to label directions with no error-prone abbreviation, and gives a days’ supply', () => {
    for (const t of FILL_TEMPLATES) {
      const parsed = parseSig(t.sig);
      expect(parsed.ok && parsed.value.warnings, t.id).toEqual([]);
      expect(sigToDirections(t.sig).ok, t.id).toBe(true);
      expect(computeDaysSupply(t.sig, t.quantity, t.id), t.id).toBeGreaterThan(0);
    }
  });

  test('each error-prone variant is flagged by checkPrescription and reads the same as the clean sig', () => {
    for (const t of FILL_TEMPLATES.filter((x) => x.errorProneSig)) {
      const problems = checkPrescription({ schedule: null, directions: t.errorProneSig!, medium: 'electronic' }, { today: '2026-12-02' }).problems;
      expect(problems.some((p) => p.ruleId.startsWith('error-prone-')), t.id).toBe(true);
      expect(computeDaysSupply(t.errorProneSig!, t.quantity, t.id), t.id).toBe(computeDaysSupply(t.sig, t.quantity, t.id));
      expect(findErrorProne(t.sig), t.id).toEqual([]);
    }
  });

  test('C-II templates authorize no refills and C-III–IV at most 5 (21 CFR 1306.12, 1306.22)', () => {
    for (const t of FILL_TEMPLATES) {
      const schedule = drugs.find((d) => d.id === t.drug)?.schedule;
      if (schedule === 'C-II') expect(t.refills, t.id).toBe(0);
      if (schedule === 'C-III' || schedule === 'C-IV') expect(t.refills, t.id).toBeLessThanOrEqual(5);
    }
  });

  test('days’ supply follows the engine for each kind of product', () => {
    expect(computeDaysSupply('1 tab po bid', 60, 'metformin-500')).toBe(30);
    expect(computeDaysSupply('1 drop in each eye at bedtime', 2.5, 'latanoprost')).toBe(25); // 2.5 mL × 20 drops/mL ÷ 2 drops a day
    expect(computeDaysSupply('2 puffs inh q4-6h prn wheezing', 1, 'albuterol-hfa')).toBe(16); // 200 puffs ÷ 12 a day
    expect(computeDaysSupply('inject 50 units subcut at bedtime', 15, 'insulin-glargine-pens')).toBe(30); // 1,500 units ÷ 50
    expect(computeDaysSupply('5 mL po daily x 10 days', 100, 'cefdinir-susp-250')).toBe(10); // the course caps 20 days of liquid
    expect(computeDaysSupply('apply to affected area bid x 14 days', 80, 'triamcinolone-cream')).toBe(14);
    expect(computeDaysSupply('take it', 30, 'metformin-500')).toBeUndefined();
  });
});
