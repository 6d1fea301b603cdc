import { describe, expect, test } from 'vitest';
import { dayEnd, dayStart, localDay } from '../../../src/lib/flashcards';

describe('localDay', () => {
  test('is the UTC date with no offset', () => {
    expect(localDay(new Date('2026-01-01T23:30:00Z'))).toBe('2026-01-01');
  });

  test('gives the date of the evening before, west of UTC, just after UTC midnight', () => {
    // 02:00 UTC is 21:00 the evening before in New York (UTC-5).
    expect(localDay(new Date('2026-01-02T02:00:00Z'), -300)).toBe('2026-01-01');
  });

  test('moves to the next date east of UTC', () => {
    // 23:30 UTC is 08:30 the next morning in Tokyo (UTC+9).
    expect(localDay(new Date('2026-01-01T23:30:00Z'), 540)).toBe('2026-01-02');
  });
});

describe('dayStart and dayEnd', () => {
  test('bound the local day as UTC instants', () => {
    const now = new Date('2026-01-02T02:00:00Z');
    expect(dayStart(now, -300).toISOString()).toBe('2026-01-01T05:00:00.000Z');
    expect(dayEnd(now, -300).toISOString()).toBe('2026-01-02T05:00:00.000Z');
    expect(dayStart(now).toISOString()).toBe('2026-01-02T00:00:00.000Z');
  });

  test('treat local midnight as the start of the new day', () => {
    expect(dayStart(new Date('2026-01-01T05:00:00Z'), -300).toISOString()).toBe('2026-01-01T05:00:00.000Z');
  });

  test('work for dates before 1970', () => {
    expect(dayStart(new Date('1969-12-31T12:00:00Z')).toISOString()).toBe('1969-12-31T00:00:00.000Z');
  });
});
