import { describe, expect, test } from 'vitest';
import { REJECT_CODES, rejectCode } from '../../../src/lib/pharmacy/reject-codes';

describe('REJECT_CODES', () => {
  test('includes the rejects technicians meet most', () => {
    expect(rejectCode('70')?.meaning).toBe('Product/Service Not Covered');
    expect(rejectCode('75')?.meaning).toBe('Prior Authorization Required');
    expect(rejectCode('76')?.meaning).toBe('Plan Limitations Exceeded');
    expect(rejectCode('79')?.meaning).toBe('Refill Too Soon');
    expect(rejectCode('88')?.meaning).toBe('DUR Reject Error');
    expect(rejectCode('mr')?.meaning).toBe('Product Not on Formulary');
  });

  test('finds two-digit codes typed without the leading zero', () => {
    expect(rejectCode('7')?.code).toBe('07');
    expect(rejectCode(' 9 ')?.meaning).toBe('M/I Date of Birth');
    expect(rejectCode('ZZ')).toBeUndefined();
    expect(rejectCode(7 as unknown as string)).toBeUndefined();
  });

  test('gives every code a technician action and the NCPDP source, without duplicates', () => {
    expect(new Set(REJECT_CODES.map((r) => r.code)).size).toBe(REJECT_CODES.length);
    for (const r of REJECT_CODES) {
      expect(r.action.length, r.code).toBeGreaterThan(20);
      expect(r.source).toMatch(/NCPDP/);
    }
  });
});
