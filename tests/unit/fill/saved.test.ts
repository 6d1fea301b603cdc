import { describe, expect, test } from 'vitest';
import { parseSavedFill, type SavedFill } from '../../../src/lib/fill';

const good: SavedFill = {
  link: { kind: 'generated', seed: 42, difficulty: 2, exercise: 'fill' },
  mode: 'practice',
  tour: false,
  today: '2026-12-02',
  step: 2,
  attempt: { intake: { decision: 'flag', flags: ['dea'] }, entry: { patientId: 'maria-lopez', prescriberId: 'alvarez', ndc: '93520-526-90', sig: '1 tab po daily', quantity: 30, daysSupply: 30, refills: 5, daw: 0 }, times: { intake: 1200 } },
  reviewed: ['intake'],
};

describe('parseSavedFill', () => {
  test('reads back what the page saves', () => {
    expect(parseSavedFill(JSON.parse(JSON.stringify(good)))).toEqual(good);
  });

  test('refuses a saved fill it cannot trust: bad link, step, date or mode', () => {
    expect(parseSavedFill({ ...good, link: { kind: 'generated', seed: 'NaN', difficulty: 2, exercise: 'fill' } })).toBeNull();
    expect(parseSavedFill({ ...good, step: 99 })).toBeNull();
    expect(parseSavedFill({ ...good, today: 'yesterday' })).toBeNull();
    expect(parseSavedFill({ ...good, mode: 'exam' })).toBeNull();
    expect(parseSavedFill('garbage')).toBeNull();
    expect(parseSavedFill(null)).toBeNull();
  });

  test('drops an unreadable step of the attempt and keeps the rest', () => {
    const saved = parseSavedFill({ ...good, attempt: { ...good.attempt, entry: { patientId: 5 }, intake: { decision: 'flag', flags: ['not-a-problem'] } } });
    expect(saved?.attempt).toEqual({ times: { intake: 1200 } });
    expect(saved?.step).toBe(2);
  });
});
