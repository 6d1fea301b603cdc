import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { convert, CONVERTIBLE_UNITS, cToF, fToC } from '../../../src/lib/pharmacy/units';

describe('convert', () => {
  test('uses exact household measures (1 tsp = 5 mL, 1 tbsp = 15 mL, 1 fl oz = 30 mL)', () => {
    expect(convert(1, 'tsp', 'mL')).toBe(5);
    expect(convert(1, 'tbsp', 'tsp')).toBe(3);
    expect(convert(1, 'fl oz', 'mL')).toBe(30);
    expect(convert(2, 'tbsp', 'fl oz')).toBe(1);
  });

  test('builds cup, pint, quart and gallon from the fluid ounce (240, 480, 960, 3840 mL)', () => {
    expect(['cup', 'pint', 'quart', 'gallon'].map((u) => convert(1, u, 'mL'))).toEqual([240, 480, 960, 3840]);
    expect(convert(1, 'gallon', 'pint')).toBe(8);
  });

  test('accepts the exact fluid ounce as an option (1 pint = 473.12 mL at 29.57 mL/fl oz)', () => {
    expect(convert(1, 'pint', 'mL', { flOzMl: 29.57 })).toBe(473.12);
  });

  test('converts metric mass and volume without float noise', () => {
    expect(convert(0.3, 'mg', 'mcg')).toBe(300);
    expect(convert(250, 'mcg', 'mg')).toBe(0.25);
    expect(convert(1.5, 'g', 'mg')).toBe(1500);
    expect(convert(0.1 + 0.2, 'L', 'mL')).toBe(300);
    expect(convert(70, 'kg', 'g')).toBe(70_000);
  });

  test('uses 1 kg = 2.2 lb (154 lb → 70 kg)', () => {
    expect(convert(154, 'lb', 'kg')).toBe(70);
    expect(convert(1, 'kg', 'lbs')).toBe(2.2);
  });

  test('uses 65 mg per grain by default, with options for 64.8 and 60 (aspirin gr v = 325 mg; nitroglycerin gr 1/150 = 0.4 mg at 60)', () => {
    expect(convert(5, 'gr', 'mg')).toBe(325);
    expect(convert(5, 'grains', 'mg', { grainMg: 64.8 })).toBe(324);
    expect(convert(1 / 150, 'gr', 'mg', { grainMg: 60 })).toBe(0.4);
  });

  test('accepts common spellings (ml, cc, L, lbs, teaspoons, fl. oz)', () => {
    expect(convert(5, 'cc', 'ml')).toBe(5);
    expect(convert(2, 'teaspoons', 'fl. oz')).toBeCloseTo(1 / 3, 10);
    expect(convert(1, 'liter', 'mL')).toBe(1000);
  });

  test('throws RangeError for unknown units, mass to volume and non-numbers', () => {
    expect(() => convert(1, 'mg', 'mL')).toThrow(/without a concentration/);
    expect(() => convert(1, 'oz', 'mL')).toThrow(/not a unit/);
    expect(() => convert(NaN, 'mg', 'g')).toThrow(RangeError);
    expect(() => convert(1, 'gr', 'mg', { grainMg: 0 })).toThrow(RangeError);
  });

  test('round-trips between any two units of the same kind', () => {
    const mass = ['mcg', 'mg', 'g', 'kg', 'lb', 'gr'];
    const volume = ['mL', 'L', 'tsp', 'tbsp', 'fl oz', 'cup', 'pint', 'quart', 'gallon'];
    expect([...mass, ...volume].sort()).toEqual([...CONVERTIBLE_UNITS].sort());
    const pair = fc.oneof(fc.tuple(fc.constantFrom(...mass), fc.constantFrom(...mass)), fc.tuple(fc.constantFrom(...volume), fc.constantFrom(...volume)));
    fc.assert(fc.property(fc.double({ min: 0.001, max: 1e6, noNaN: true }), pair, (x, [a, b]) => {
      const back = convert(convert(x, a, b), b, a);
      expect(Math.abs(back - x) / x).toBeLessThan(1e-9);
    }));
  });
});

describe('cToF and fToC', () => {
  test('convert body, refrigerator and room temperatures', () => {
    expect(cToF(37)).toBe(98.6);
    expect(cToF(2)).toBe(35.6);
    expect(cToF(8)).toBe(46.4);
    expect(fToC(77)).toBe(25);
    expect(fToC(-40)).toBe(-40);
  });

  test('throw RangeError below absolute zero or for non-numbers', () => {
    expect(() => cToF(-300)).toThrow(RangeError);
    expect(() => fToC(-500)).toThrow(RangeError);
    expect(() => cToF(Infinity)).toThrow(RangeError);
  });

  test('round-trip', () => {
    fc.assert(fc.property(fc.double({ min: -273, max: 1000, noNaN: true }), (c) => {
      expect(fToC(cToF(c))).toBeCloseTo(c, 8);
    }));
  });
});
