import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { daysSupply, quantityToDispense } from '../../../src/lib/pharmacy/days-supply';

describe('daysSupply', () => {
  test('divides quantity by daily use (#30, 1 tab bid → 15 days)', () => {
    expect(daysSupply({ form: 'unit', quantity: 30, unitsPerDose: 1, dosesPerDay: 2 })).toBe(15);
  });

  test('rounds partial days down (#25, 2 tabs bid → 6 days, not 6.25)', () => {
    expect(daysSupply({ form: 'unit', quantity: 25, unitsPerDose: 2, dosesPerDay: 2 })).toBe(6);
  });

  test('works for liquids, insulin units and inhaler puffs', () => {
    // 150 mL, 5 mL tid → 10 days
    expect(daysSupply({ form: 'unit', quantity: 150, unitsPerDose: 5, dosesPerDay: 3 })).toBe(10);
    // 10 mL vial of U-100 insulin = 1000 units, 20 units daily → 50 days
    expect(daysSupply({ form: 'unit', quantity: 1000, unitsPerDose: 20, dosesPerDay: 1 })).toBe(50);
    // 200-puff inhaler, 2 puffs qid → 25 days
    expect(daysSupply({ form: 'unit', quantity: 200, unitsPerDose: 2, dosesPerDay: 4 })).toBe(25);
  });

  test('counts drops at 20 per mL by default (5 mL, 1 gtt ou bid → 25 days)', () => {
    expect(daysSupply({ form: 'drops', volumeMl: 5, dropsPerDose: 2, dosesPerDay: 2 })).toBe(25);
  });

  test('uses the product drop size when given (2.5 mL at 15 gtt/mL, 1 gtt os daily → 37 days)', () => {
    expect(daysSupply({ form: 'drops', volumeMl: 2.5, dropsPerDose: 1, dosesPerDay: 1, dropsPerMl: 15 })).toBe(37);
  });

  test('does not lose a day to floating-point noise (0.3 mL per dose… 0.9 mL lasts 3 days)', () => {
    expect(daysSupply({ form: 'unit', quantity: 0.9, unitsPerDose: 0.3, dosesPerDay: 1 })).toBe(3);
  });

  test('throws RangeError for impossible input', () => {
    expect(() => daysSupply({ form: 'unit', quantity: -1, unitsPerDose: 1, dosesPerDay: 1 })).toThrow(RangeError);
    expect(() => daysSupply({ form: 'unit', quantity: 30, unitsPerDose: 0, dosesPerDay: 1 })).toThrow(/greater than zero/);
    expect(() => daysSupply({ form: 'unit', quantity: 30, unitsPerDose: 1, dosesPerDay: NaN })).toThrow(RangeError);
    expect(() => daysSupply({ form: 'drops', volumeMl: 5, dropsPerDose: 1, dosesPerDay: 1, dropsPerMl: 0 })).toThrow(RangeError);
    expect(() => daysSupply({ form: 'drops', volumeMl: -5, dropsPerDose: 1, dosesPerDay: 1 })).toThrow(RangeError);
  });

  test('never decreases when the quantity grows', () => {
    const positive = fc.double({ min: 0.01, max: 100, noNaN: true });
    fc.assert(fc.property(fc.double({ min: 0, max: 10_000, noNaN: true }), fc.double({ min: 0, max: 10_000, noNaN: true }), positive, positive, (a, b, units, doses) => {
      const [low, high] = a <= b ? [a, b] : [b, a];
      const days = (quantity: number) => daysSupply({ form: 'unit', quantity, unitsPerDose: units, dosesPerDay: doses });
      expect(days(low)).toBeLessThanOrEqual(days(high));
    }));
  });
});

describe('quantityToDispense', () => {
  test('multiplies dose × doses per day × days (1 tab tid × 10 days → 30)', () => {
    expect(quantityToDispense({ unitsPerDose: 1, dosesPerDay: 3, days: 10 })).toBe(30);
  });

  test('rounds up to whole units (½ tab daily × 15 days → 8)', () => {
    expect(quantityToDispense({ unitsPerDose: 0.5, dosesPerDay: 1, days: 15 })).toBe(8);
  });

  test('does not round up floating-point noise (0.1 mL tid × 10 days → 3, not 4)', () => {
    expect(quantityToDispense({ unitsPerDose: 0.1, dosesPerDay: 3, days: 10 })).toBe(3);
  });

  test('throws RangeError for impossible input', () => {
    expect(() => quantityToDispense({ unitsPerDose: 1, dosesPerDay: 0, days: 10 })).toThrow(RangeError);
    expect(() => quantityToDispense({ unitsPerDose: 1, dosesPerDay: 1, days: -1 })).toThrow(RangeError);
  });

  test("always covers the days asked for: its quantity's days supply is at least that many days", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 365 }), (units, doses, days) => {
      const quantity = quantityToDispense({ unitsPerDose: units, dosesPerDay: doses, days });
      expect(daysSupply({ form: 'unit', quantity, unitsPerDose: units, dosesPerDay: doses })).toBeGreaterThanOrEqual(days);
    }));
  });
});
