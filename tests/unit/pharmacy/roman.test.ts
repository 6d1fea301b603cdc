import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fromRoman, SIG_ROMAN_NUMERALS, sigRomanValue, toRoman } from '../../../src/lib/pharmacy/roman';

describe('toRoman', () => {
  test('writes subtractive forms (4 = IV, 9 = IX, 14 = XIV, 1999 = MCMXCIX)', () => {
    expect([4, 9, 14, 40, 90, 400, 1999, 3999].map(toRoman)).toEqual(['IV', 'IX', 'XIV', 'XL', 'XC', 'CD', 'MCMXCIX', 'MMMCMXCIX']);
  });

  test('throws RangeError outside whole numbers 1–3999', () => {
    for (const bad of [0, -1, 4000, 1.5, NaN]) expect(() => toRoman(bad)).toThrow(RangeError);
  });
});

describe('fromRoman', () => {
  test('reads any case and adds one-half for ss', () => {
    expect(fromRoman('xiv')).toEqual({ ok: true, value: 14 });
    expect(fromRoman('ss')).toEqual({ ok: true, value: 0.5 });
    expect(fromRoman('iss')).toEqual({ ok: true, value: 1.5 });
  });

  test('rejects non-standard forms with an explanation', () => {
    for (const bad of ['IIII', 'VX', 'abc', '', 'IC']) {
      const result = fromRoman(bad);
      expect(result.ok, bad).toBe(false);
    }
  });

  test('round-trips with toRoman for 1–3999 and never throws on text', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 3999 }), (n) => {
      expect(fromRoman(toRoman(n))).toEqual({ ok: true, value: n });
    }));
    fc.assert(fc.property(fc.string(), (s) => {
      expect(typeof fromRoman(s).ok).toBe('boolean');
    }));
  });
});

describe('sigRomanValue', () => {
  test('reads lower-case sig numerals i–xii and ss, and nothing else', () => {
    for (const { numeral, value } of SIG_ROMAN_NUMERALS) expect(sigRomanValue(numeral)).toBe(value);
    expect(SIG_ROMAN_NUMERALS.map(({ numeral, value }) => `${numeral}=${value}`)).toEqual([
      'ss=0.5', 'i=1', 'ii=2', 'iii=3', 'iv=4', 'v=5', 'vi=6', 'vii=7', 'viii=8', 'ix=9', 'x=10', 'xi=11', 'xii=12',
    ]);
    expect(sigRomanValue('iiss')).toBe(2.5);
    expect(sigRomanValue('tab')).toBeUndefined();
    expect(sigRomanValue('xx')).toBeUndefined();
  });
});
