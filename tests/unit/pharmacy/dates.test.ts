import { describe, expect, test } from 'vitest';
import { addDays, addMonths, daysBetween, isoToday, parseIsoDate } from '../../../src/lib/pharmacy/dates';

describe('parseIsoDate', () => {
  test('reads real calendar dates only', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('2023-02-29')).toBeUndefined();
    expect(parseIsoDate('2024-3-1')).toBeUndefined();
  });
});

describe('addDays and addMonths', () => {
  test('cross month and year ends', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addMonths('2024-08-31', 6)).toBe('2025-02-28');
    expect(addMonths('2024-01-15', 6)).toBe('2024-07-15');
    expect(() => addMonths('nope', 1)).toThrow(RangeError);
  });
});

describe('isoToday', () => {
  test('accepts an ISO string or a Date and rejects anything else', () => {
    expect(isoToday(' 2024-03-02 ')).toBe('2024-03-02');
    expect(isoToday(new Date(2024, 0, 5))).toBe('2024-01-05');
    expect(() => isoToday('2024-13-01')).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  test('counts whole days across months, leap days and backwards', () => {
    expect(daysBetween('2026-03-02', '2026-04-01')).toBe(30);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-04-20', '2026-04-01')).toBe(-19);
    expect(daysBetween('2026-01-01', '2026-01-01')).toBe(0);
  });
  test('is the inverse of addDays', () => {
    expect(daysBetween('2026-03-02', addDays('2026-03-02', 45))).toBe(45);
  });
  test('throws RangeError for a date that is not YYYY-MM-DD', () => {
    expect(() => daysBetween('2026-02-30', '2026-03-01')).toThrow(RangeError);
  });
});
