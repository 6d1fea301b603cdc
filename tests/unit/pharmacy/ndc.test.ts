import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ndc11To10, parseNdc } from '../../../src/lib/pharmacy/ndc';

const value = <T>(r: { ok: true; value: T } | { ok: false; error: string }): T => {
  if (!r.ok) throw new Error(`expected ok, got: ${r.error}`);
  return r.value;
};

describe('parseNdc', () => {
  test('pads the labeler in 4-4-2 codes (0002-3227-30 → 00002-3227-30)', () => {
    expect(value(parseNdc('0002-3227-30'))).toEqual({ format: '4-4-2', labeler: '0002', product: '3227', package: '30', ndc11: '00002-3227-30' });
  });

  // CMS/FDA 10-to-11 conversion examples: 1234-5678-91, 12345-678-91, 12345-6789-1.
  test('pads the product in 5-3-2 codes', () => {
    expect(value(parseNdc('12345-678-91')).ndc11).toBe('12345-0678-91');
  });

  test('pads the package in 5-4-1 codes', () => {
    expect(value(parseNdc('12345-6789-1')).ndc11).toBe('12345-6789-01');
  });

  test('accepts the 11-digit 5-4-2 form hyphenated or as 11 plain digits', () => {
    expect(value(parseNdc('01234-5678-91'))).toMatchObject({ format: '5-4-2', ndc11: '01234-5678-91' });
    expect(value(parseNdc('01234567891'))).toMatchObject({ format: '5-4-2', labeler: '01234', product: '5678', package: '91', ndc11: '01234-5678-91' });
  });

  test('ignores surrounding spaces, an "NDC" prefix and spaces or dashes of other kinds around hyphens', () => {
    expect(value(parseNdc('  NDC: 0002 - 3227 – 30 ')).ndc11).toBe('00002-3227-30');
  });

  test('rejects an unhyphenated 10-digit code and says why', () => {
    const result = parseNdc('0002322730');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/ambiguous.*4-4-2, 5-3-2 or 5-4-1/);
  });

  test('rejects wrong digit counts, wrong segment layouts and letters with a readable sentence', () => {
    for (const input of ['123456789', '1234-567-89', '123-4567-89', '12345-678-9a', '1-2', '', '   ', 'NDC']) {
      const result = parseNdc(input);
      expect(result.ok, input).toBe(false);
      if (!result.ok) expect(result.error.length).toBeGreaterThan(10);
    }
  });

  test('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      const result = parseNdc(text);
      expect(typeof result.ok).toBe('boolean');
    }));
    expect(parseNdc(42 as unknown as string).ok).toBe(false);
  });

  const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
  const layouts = [
    ['4-4-2', [4, 4, 2]],
    ['5-3-2', [5, 3, 2]],
    ['5-4-1', [5, 4, 1]],
  ] as const;

  for (const [format, [a, b, c]] of layouts) {
    test(`converts ${format} codes to 11 digits reversibly (so the conversion is one-to-one)`, () => {
      fc.assert(fc.property(digits(a), digits(b), digits(c), (l, p, k) => {
        const code = `${l}-${p}-${k}`;
        const parsed = value(parseNdc(code));
        expect(parsed.format).toBe(format);
        expect(parsed.ndc11.replace(/-/g, '')).toHaveLength(11);
        expect(value(ndc11To10(parsed.ndc11, format))).toBe(code);
      }));
    });
  }
});

describe('ndc11To10', () => {
  test('removes the padding zero for the requested layout', () => {
    expect(value(ndc11To10('00002-3227-30', '4-4-2'))).toBe('0002-3227-30');
    expect(value(ndc11To10('12345-0678-91', '5-3-2'))).toBe('12345-678-91');
    expect(value(ndc11To10('12345678901', '5-4-1'))).toBe('12345-6789-1');
  });

  test('refuses when the digit the layout drops is not a zero', () => {
    const result = ndc11To10('12345-6789-12', '5-4-1');
    expect(result.ok).toBe(false);
  });

  test('refuses a 10-digit input and passes on parse errors', () => {
    expect(ndc11To10('0002-3227-30', '4-4-2').ok).toBe(false);
    expect(ndc11To10('nonsense', '4-4-2').ok).toBe(false);
  });
});
