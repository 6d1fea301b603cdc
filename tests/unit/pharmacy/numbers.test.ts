import { describe, expect, test } from 'vitest';
import { assertNonNegative, assertPositive, clean } from '../../../src/lib/pharmacy/numbers';
import { fail, ok } from '../../../src/lib/pharmacy/result';

describe('clean', () => {
  test('removes floating-point noise but keeps real precision', () => {
    expect(clean(0.1 + 0.2)).toBe(0.3);
    expect(clean(1 / 3)).toBe(0.333333333333);
    expect(clean(0)).toBe(0);
    expect(clean(-0)).toBe(0);
    expect(clean(Infinity)).toBe(Infinity);
  });
});

describe('assertions', () => {
  test('name the value in the RangeError message', () => {
    expect(() => assertPositive('Hours', 0)).toThrow('Hours must be greater than zero, but got 0.');
    expect(() => assertNonNegative('Quantity', -2)).toThrow('Quantity cannot be negative, but got -2.');
    expect(() => assertNonNegative('Quantity', 'x' as unknown as number)).toThrow('Quantity must be a finite number, but got x.');
  });
});

describe('Result helpers', () => {
  test('wrap values and errors', () => {
    expect(ok(1)).toEqual({ ok: true, value: 1 });
    expect(fail('No.')).toEqual({ ok: false, error: 'No.' });
  });
});
