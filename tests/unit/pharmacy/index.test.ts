import { describe, expect, test } from 'vitest';
import * as pharmacy from '../../../src/lib/pharmacy';

// The index is the contract lessons import from: each export is called through it with a known case,
// so an export that goes missing, or points at the wrong function, fails here.
describe('pharmacy engine index', () => {
  test('calculations work through the index', () => {
    expect(pharmacy.daysSupply({ form: 'unit', quantity: 60, unitsPerDose: 1, dosesPerDay: 2 })).toBe(30);
    expect(pharmacy.quantityToDispense({ unitsPerDose: 2, dosesPerDay: 3, days: 10 })).toBe(60);
    expect(pharmacy.convert(2, 'tsp', 'mL')).toBe(10);
    expect(pharmacy.cToF(100)).toBe(212);
    expect(pharmacy.fToC(32)).toBe(0);
    expect(pharmacy.bsaMosteller({ heightCm: 180, weightKg: 80 })).toBeCloseTo(2, 1);
    expect(pharmacy.toRoman(14)).toBe('XIV');
    expect(pharmacy.fromRoman('XIV')).toEqual({ ok: true, value: 14 });
  });

  test('readers of learner text work through the index', () => {
    expect(pharmacy.to12h('14:30')).toEqual({ ok: true, value: '2:30 PM' });
    expect(pharmacy.to24h('2:30 PM')).toEqual({ ok: true, value: '14:30' });
    expect(pharmacy.parseNdc('0002-3227-30').ok).toBe(true);
    expect(pharmacy.parseNdc('not an ndc').ok).toBe(false);
    expect(pharmacy.sigToDirections('1 tab po bid')).toEqual({ ok: true, value: 'Take 1 tablet by mouth twice daily' });
    expect(pharmacy.parseSig('1 tab po bid')).toMatchObject({ ok: true, value: { dosesPerDay: 2 } });
  });

  test('the reference lists are reachable through the index', () => {
    expect(pharmacy.SIG_VOCABULARY.some((e) => e.abbr === 'bid')).toBe(true);
    expect(pharmacy.ERROR_PRONE_ABBREVIATIONS.some((e) => e.abbr === 'U, u')).toBe(true);
    expect(pharmacy.DAW_CODES.map((d) => d.code)).toContain(1);
    expect(pharmacy.CONVENTIONS.tspMl).toBe(5);
  });
});
