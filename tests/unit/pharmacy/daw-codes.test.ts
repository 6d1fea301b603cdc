import { describe, expect, test } from 'vitest';
import { DAW_CODES, dawCode } from '../../../src/lib/pharmacy/daw-codes';

describe('DAW_CODES', () => {
  test('lists codes 0 through 9 in order, each with a meaning and when to use it', () => {
    expect(DAW_CODES.map((d) => d.code)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const d of DAW_CODES) expect(d.whenToUse.length).toBeGreaterThan(20);
  });

  test('matches the NCPDP meanings learners are tested on', () => {
    expect(dawCode(1)?.meaning).toBe('Substitution not allowed by prescriber');
    expect(dawCode(2)?.meaning).toBe('Substitution allowed – patient requested product dispensed');
    expect(dawCode(5)?.meaning).toBe('Substitution allowed – brand drug dispensed as a generic');
    expect(dawCode(8)?.meaning).toBe('Substitution allowed – generic drug not available in marketplace');
    expect(dawCode(10)).toBeUndefined();
  });
});
