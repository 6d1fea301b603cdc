import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkDea, DEA_REGISTRANT_TYPES, deaCheckDigit } from '../../../src/lib/pharmacy/dea';

describe('deaCheckDigit', () => {
  // Worked example: 1+3+5 = 9; 2×(2+4+6) = 24; 9 + 24 = 33 → check digit 3.
  test('is the last digit of (d1+d3+d5) + 2×(d2+d4+d6)', () => {
    expect(deaCheckDigit('123456')).toBe(3);
    // 6+2+3 = 11; 2×(1+5+4) = 20; 31 → 1
    expect(deaCheckDigit('612534')).toBe(1);
  });
});

describe('checkDea', () => {
  test('accepts a well-formed number whose second letter matches the last name', () => {
    const result = checkDea('AB1234563', 'Brown');
    expect(result).toMatchObject({ valid: true, checksumValid: true, problems: [], expectedCheckDigit: 3 });
    expect(result.registrant?.letter).toBe('A');
  });

  test('is case- and space-insensitive', () => {
    expect(checkDea(' bj 6125341 ', 'Jones').valid).toBe(true);
  });

  test('reports a wrong check digit with the arithmetic', () => {
    const result = checkDea('AB1234567');
    expect(result.valid).toBe(false);
    expect(result.checksumValid).toBe(false);
    expect(result.problems[0]).toMatch(/ends in 3/);
  });

  test("reports a second letter that is not the prescriber's last-name initial", () => {
    const result = checkDea('AB1234563', 'Smith');
    expect(result.valid).toBe(false);
    expect(result.checksumValid).toBe(true);
    expect(result.problems[0]).toMatch(/S for Smith/);
  });

  test('uses the first letter of names like O\'Brien and accepts 9 for business-name registrants', () => {
    expect(checkDea('AO1234563', "O'Brien").valid).toBe(true);
    expect(checkDea('A91234563', 'Anything').valid).toBe(true);
  });

  test('rejects first letters that are not registrant types, and retired X numbers', () => {
    expect(checkDea('ZB1234563').problems[0]).toMatch(/not a DEA registrant-type letter/);
    const x = checkDea('XB1234563');
    expect(x.valid).toBe(false);
    expect(x.problems[0]).toMatch(/no longer used/);
  });

  test('knows mid-level practitioners (M) and non-prescriber registrants (P, R)', () => {
    expect(checkDea('MB1234563').registrant?.prescriber).toBe(true);
    expect(checkDea('PB1234563').registrant?.prescriber).toBe(false);
    expect(DEA_REGISTRANT_TYPES.map((t) => t.letter)).toEqual(['A', 'B', 'F', 'G', 'M', 'P', 'R', 'X']);
  });

  test('rejects wrong lengths and empty input', () => {
    expect(checkDea('AB123456').problems[0]).toMatch(/not in DEA format/);
    expect(checkDea('').problems[0]).toMatch(/No DEA number/);
    expect(checkDea(undefined as unknown as string).valid).toBe(false);
  });

  test('never throws, and a number built with the formula always checks out', () => {
    fc.assert(fc.property(fc.string(), fc.option(fc.string(), { nil: undefined }), (dea, name) => {
      expect(Array.isArray(checkDea(dea, name).problems)).toBe(true);
    }));
    fc.assert(fc.property(fc.constantFrom('A', 'B', 'F', 'G', 'M'), fc.integer({ min: 0, max: 999_999 }), (letter, n) => {
      const six = String(n).padStart(6, '0');
      expect(checkDea(`${letter}K${six}${deaCheckDigit(six)}`, 'King').valid).toBe(true);
    }));
  });
});
