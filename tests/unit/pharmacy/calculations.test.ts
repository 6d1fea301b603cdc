import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  alligation,
  amountInVolume,
  bsaMosteller,
  dilution,
  doseVolume,
  infusionHours,
  ivDropsPerMinute,
  ivRateMlPerHour,
  mixtureStrength,
  percentStrength,
  percentToRatioStrength,
  ratioStrengthToPercent,
  weightBasedDose,
} from '../../../src/lib/pharmacy/calculations';

const amoxicillin = { amount: 250, volumeMl: 5 };

describe('doseVolume', () => {
  test('divides the dose by the concentration (375 mg of 250 mg/5 mL → 7.5 mL)', () => {
    expect(doseVolume({ dose: 375, concentration: amoxicillin })).toBe(7.5);
  });
  test('throws RangeError for a zero concentration or a negative dose', () => {
    expect(() => doseVolume({ dose: 375, concentration: { amount: 0, volumeMl: 5 } })).toThrow(RangeError);
    expect(() => doseVolume({ dose: -1, concentration: amoxicillin })).toThrow(RangeError);
  });
});

describe('amountInVolume', () => {
  test('multiplies volume by concentration (15 mL of 125 mg/5 mL → 375 mg)', () => {
    expect(amountInVolume({ concentration: { amount: 125, volumeMl: 5 }, volumeMl: 15 })).toBe(375);
  });
  test('is the inverse of doseVolume', () => {
    fc.assert(fc.property(fc.double({ min: 0.01, max: 5000, noNaN: true }), (dose) => {
      const ml = doseVolume({ dose, concentration: amoxicillin });
      expect(amountInVolume({ concentration: amoxicillin, volumeMl: ml })).toBeCloseTo(dose, 6);
    }));
  });
  test('throws RangeError for a negative volume', () => {
    expect(() => amountInVolume({ concentration: amoxicillin, volumeMl: -1 })).toThrow(RangeError);
  });
});

describe('dilution', () => {
  test('solves for the final volume (100 mL of 10% diluted to 2% → 500 mL)', () => {
    expect(dilution({ c1: 10, v1: 100, c2: 2 })).toBe(500);
  });
  test('solves for the stock volume (1000 mL of 30% from 70% stock → 428.57 mL)', () => {
    expect(dilution({ c1: 70, c2: 30, v2: 1000 })).toBeCloseTo(428.571, 3);
  });
  test('needs exactly one volume and positive strengths', () => {
    expect(() => dilution({ c1: 10, c2: 2 })).toThrow(/exactly one/);
    expect(() => dilution({ c1: 10, v1: 1, c2: 2, v2: 5 })).toThrow(/exactly one/);
    expect(() => dilution({ c1: 0, v1: 1, c2: 2 })).toThrow(RangeError);
    expect(() => dilution({ c1: 10, v2: -1, c2: 2 })).toThrow(RangeError);
  });
});

describe('alligation', () => {
  test('splits the total by parts (20% + 5% → 100 g of 10%: 1 part to 2 parts)', () => {
    const { high, low } = alligation({ highPercent: 20, lowPercent: 5, targetPercent: 10, totalAmount: 100 });
    expect(high).toBeCloseTo(33.333, 3);
    expect(low).toBeCloseTo(66.667, 3);
  });
  test('mixes to the target strength and the total amount', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 1000 }), fc.double({ min: 0.01, max: 0.99, noNaN: true }), (low, gap, total, t) => {
      const high = low + gap;
      const target = low + gap * t;
      const parts = alligation({ highPercent: high, lowPercent: low, targetPercent: target, totalAmount: total });
      expect(parts.high + parts.low).toBeCloseTo(total, 6);
      expect(mixtureStrength([{ amount: parts.high, percent: high }, { amount: parts.low, percent: low }])).toBeCloseTo(target, 6);
    }));
  });
  test('throws RangeError when the target is not between the strengths', () => {
    expect(() => alligation({ highPercent: 20, lowPercent: 5, targetPercent: 25, totalAmount: 100 })).toThrow(/between/);
    expect(() => alligation({ highPercent: 5, lowPercent: 20, targetPercent: 10, totalAmount: 100 })).toThrow(/greater/);
  });
});

describe('mixtureStrength', () => {
  test('weights each strength by its amount (100 g of 10% + 300 g of 2% → 4%)', () => {
    expect(mixtureStrength([{ amount: 100, percent: 10 }, { amount: 300, percent: 2 }])).toBe(4);
  });
  test('counts a diluent as 0% (500 mL of 70% + 500 mL water → 35%)', () => {
    expect(mixtureStrength([{ amount: 500, percent: 70 }, { amount: 500, percent: 0 }])).toBe(35);
  });
  test('throws RangeError for no ingredients or a zero total', () => {
    expect(() => mixtureStrength([])).toThrow(RangeError);
    expect(() => mixtureStrength([{ amount: 0, percent: 5 }])).toThrow(RangeError);
  });
});

describe('percentStrength', () => {
  test('is grams per 100 mL (5 g in 250 mL → 2%; 0.9 g in 100 mL → 0.9% normal saline)', () => {
    expect(percentStrength({ soluteG: 5, totalGOrMl: 250 })).toBe(2);
    expect(percentStrength({ soluteG: 0.9, totalGOrMl: 100 })).toBe(0.9);
  });
  test('throws RangeError for a zero total', () => {
    expect(() => percentStrength({ soluteG: 5, totalGOrMl: 0 })).toThrow(RangeError);
  });
});

describe('IV rates', () => {
  test('ivRateMlPerHour: 1000 mL over 8 h → 125 mL/h', () => {
    expect(ivRateMlPerHour({ volumeMl: 1000, hours: 8 })).toBe(125);
  });
  test('infusionHours: 1000 mL at 125 mL/h → 8 h', () => {
    expect(infusionHours({ volumeMl: 1000, rateMlPerHour: 125 })).toBe(8);
  });
  test('ivDropsPerMinute is unrounded: 125 mL/h with a 15 gtt/mL set → 31.25 gtt/min', () => {
    expect(ivDropsPerMinute({ rateMlPerHour: 125, dropFactor: 15 })).toBe(31.25);
    expect(ivDropsPerMinute({ rateMlPerHour: 100, dropFactor: 20 })).toBeCloseTo(33.333, 3);
  });
  test('throw RangeError for zero hours, zero rate or zero drop factor', () => {
    expect(() => ivRateMlPerHour({ volumeMl: 1000, hours: 0 })).toThrow(RangeError);
    expect(() => infusionHours({ volumeMl: 1000, rateMlPerHour: 0 })).toThrow(RangeError);
    expect(() => ivDropsPerMinute({ rateMlPerHour: 100, dropFactor: 0 })).toThrow(RangeError);
  });
});

describe('bsaMosteller', () => {
  test('is √(cm × kg / 3600): 180 cm, 80 kg → 2 m²', () => {
    expect(bsaMosteller({ heightCm: 180, weightKg: 80 })).toBe(2);
    expect(bsaMosteller({ heightCm: 160, weightKg: 60 })).toBeCloseTo(1.633, 3);
  });
  test('throws RangeError for zero height', () => {
    expect(() => bsaMosteller({ heightCm: 0, weightKg: 80 })).toThrow(RangeError);
  });
});

describe('weightBasedDose', () => {
  test('converts pounds with 2.2 lb/kg (44 lb at 10 mg/kg → 200 mg)', () => {
    expect(weightBasedDose({ weightLb: 44, mgPerKg: 10 })).toBe(200);
  });
  test('uses kilograms directly (70 kg at 0.5 mg/kg → 35 mg)', () => {
    expect(weightBasedDose({ weightKg: 70, mgPerKg: 0.5 })).toBe(35);
  });
  test('needs exactly one weight, and a positive one', () => {
    expect(() => weightBasedDose({ mgPerKg: 10 })).toThrow(/once/);
    expect(() => weightBasedDose({ weightKg: 20, weightLb: 44, mgPerKg: 10 })).toThrow(/once/);
    expect(() => weightBasedDose({ weightLb: 0, mgPerKg: 10 })).toThrow(RangeError);
    expect(() => weightBasedDose({ weightKg: -3, mgPerKg: 10 })).toThrow(RangeError);
  });
});

describe('ratioStrengthToPercent', () => {
  test('turns 1:x into a percent (1:1,000 → 0.1 %, 1:10,000 → 0.01 %, 1:100,000 → 0.001 %)', () => {
    expect(ratioStrengthToPercent(1000)).toBe(0.1);
    expect(ratioStrengthToPercent(10_000)).toBe(0.01);
    expect(ratioStrengthToPercent(100_000)).toBe(0.001);
  });
  test('throws RangeError for zero, negative or non-numeric parts', () => {
    expect(() => ratioStrengthToPercent(0)).toThrow(RangeError);
    expect(() => ratioStrengthToPercent(-1000)).toThrow(RangeError);
    expect(() => ratioStrengthToPercent(Number.NaN)).toThrow(RangeError);
  });
});

describe('percentToRatioStrength', () => {
  test('turns a percent into the x of 1:x (0.1 % → 1000, 0.05 % → 2000)', () => {
    expect(percentToRatioStrength(0.1)).toBe(1000);
    expect(percentToRatioStrength(0.05)).toBe(2000);
  });
  test('is the inverse of ratioStrengthToPercent (to within the 12-significant-figure cleaning)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1_000_000 }), (parts) => Math.abs(percentToRatioStrength(ratioStrengthToPercent(parts)) - parts) < parts * 1e-9));
  });
  test('throws RangeError for zero or negative percent', () => {
    expect(() => percentToRatioStrength(0)).toThrow(RangeError);
    expect(() => percentToRatioStrength(-0.1)).toThrow(RangeError);
  });
});
