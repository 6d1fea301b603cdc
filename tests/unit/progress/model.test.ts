import { describe, expect, test } from 'vitest';
import {
  PROGRESS_VERSION,
  completedCount,
  freshProgress,
  isLessonComplete,
  loadProgress,
  markLessonComplete,
  markLessonIncomplete,
  recordLessonVisit,
  withFlashcardSettings,
  withFlashcards,
} from '../../../src/lib/progress';
import { emptyFlashcardState, rate } from '../../../src/lib/flashcards';

const now = new Date('2026-03-02T10:00:00.000Z');
const later = new Date('2026-03-03T08:30:00.000Z');

describe('freshProgress', () => {
  test('starts an empty record of the current version at the given time', () => {
    expect(freshProgress(now)).toEqual({
      version: PROGRESS_VERSION,
      createdAt: '2026-03-02T10:00:00.000Z',
      updatedAt: '2026-03-02T10:00:00.000Z',
      lessons: {},
      flashcards: { cards: {}, log: [] },
      flashcardSettings: { decks: [], classes: [], newPerDay: 20 },
    });
  });
});

describe('loadProgress', () => {
  test('starts fresh, with no notice, when nothing is stored', () => {
    expect(loadProgress(null, now)).toEqual({ progress: freshProgress(now) });
    expect(loadProgress('', now)).toEqual({ progress: freshProgress(now) });
  });

  test('returns a valid stored record unchanged', () => {
    const stored = markLessonComplete(freshProgress(now), 'dispensing/labeling', later);
    expect(loadProgress(JSON.stringify(stored), later)).toEqual({ progress: stored });
  });

  test('migrates a version 1 record, keeping its lessons and adding empty flashcards', () => {
    const v1 = {
      version: 1,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-02T00:00:00.000Z',
      lessons: { 'dispensing/labeling': { completedAt: '2026-01-02T00:00:00.000Z' } },
      lastLesson: { id: 'dispensing/labeling', at: '2026-01-02T00:00:00.000Z' },
    };
    const raw = JSON.stringify(v1);
    const result = loadProgress(raw, now);
    expect(result.notice).toEqual({ kind: 'migrated', from: 1 });
    expect(result.backup).toBe(raw);
    expect(result.progress).toEqual({
      ...v1,
      version: 2,
      flashcards: { cards: {}, log: [] },
      flashcardSettings: { decks: [], classes: [], newPerDay: 20 },
    });
  });

  test('keeps corrupt JSON aside and starts fresh with a notice', () => {
    const result = loadProgress('{"version":1,"lessons":', later);
    expect(result.progress).toEqual(freshProgress(later));
    expect(result.notice).toEqual({ kind: 'corrupt' });
    expect(result.backup).toBe('{"version":1,"lessons":');
  });

  test.each([
    ['an array', '[1,2,3]'],
    ['a string', '"hello"'],
    ['null', 'null'],
    ['an object without a version', '{"lessons":{}}'],
    ['a non-integer version', '{"version":"1","lessons":{}}'],
    ['a version no migration reaches', '{"version":0,"lessons":{}}'],
  ])('treats %s as foreign data: kept aside, fresh record, notice', (_, raw) => {
    const result = loadProgress(raw, now);
    expect(result.progress).toEqual(freshProgress(now));
    expect(result.notice).toEqual({ kind: 'corrupt' });
    expect(result.backup).toBe(raw);
  });

  test('keeps data from a newer RxTray aside untouched and says which version it was', () => {
    const raw = JSON.stringify({ version: PROGRESS_VERSION + 1, lessons: {}, cards: {} });
    const result = loadProgress(raw, now);
    expect(result.notice).toEqual({ kind: 'future-version', version: PROGRESS_VERSION + 1 });
    expect(result.backup).toBe(raw);
    expect(result.progress).toEqual(freshProgress(now));
  });

  test('repairs a record with some unreadable entries, keeping the readable ones', () => {
    const raw = JSON.stringify({
      version: 2,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: 'not a date',
      lessons: {
        'dispensing/labeling': { completedAt: '2026-02-01T00:00:00.000Z' },
        'dispensing/data-entry': { completedAt: 42 },
      },
    });
    const result = loadProgress(raw, now);
    expect(result.notice).toEqual({ kind: 'repaired', dropped: 2 });
    expect(result.backup).toBe(raw);
    expect(result.progress.createdAt).toBe('2026-01-01T00:00:00.000Z');
    expect(Object.keys(result.progress.lessons)).toEqual(['dispensing/labeling']);
  });

  test('a wrong shape with nothing readable starts fresh', () => {
    const raw = JSON.stringify({ version: 2, lessons: 'all of them' });
    const result = loadProgress(raw, now);
    expect(result.notice).toEqual({ kind: 'corrupt' });
    expect(result.progress).toEqual(freshProgress(now));
  });
});

describe('lesson completion', () => {
  test('marks a lesson complete once, keeping the first completion time', () => {
    const once = markLessonComplete(freshProgress(now), 'dispensing/labeling', now);
    const twice = markLessonComplete(once, 'dispensing/labeling', later);
    expect(twice).toBe(once);
    expect(once.lessons['dispensing/labeling']).toEqual({ completedAt: now.toISOString() });
    expect(isLessonComplete(once, 'dispensing/labeling')).toBe(true);
  });

  test('marks a lesson not complete again', () => {
    const done = markLessonComplete(freshProgress(now), 'dispensing/labeling', now);
    const undone = markLessonIncomplete(done, 'dispensing/labeling', later);
    expect(isLessonComplete(undone, 'dispensing/labeling')).toBe(false);
    expect(undone.updatedAt).toBe(later.toISOString());
    expect(markLessonIncomplete(undone, 'dispensing/labeling', later)).toBe(undone);
  });

  test('counts completed lessons among a module’s lessons', () => {
    let p = freshProgress(now);
    p = markLessonComplete(p, 'a/1', now);
    p = markLessonComplete(p, 'b/1', now);
    expect(completedCount(p, ['a/1', 'a/2', 'a/3'])).toBe(1);
  });

  test('remembers the last lesson visited', () => {
    const p = recordLessonVisit(freshProgress(now), 'dispensing/labeling', later);
    expect(p.lastLesson).toEqual({ id: 'dispensing/labeling', at: later.toISOString() });
  });
});

describe('flashcards in progress', () => {
  test('drops malformed card states but keeps valid reviews', () => {
    const reviewed = rate(emptyFlashcardState(), 'sig:bid', 3, now);
    const raw = JSON.stringify({
      ...freshProgress(now),
      flashcards: { cards: { ...reviewed.cards, 'sig:tid': { due: 'soon' } }, log: reviewed.log },
    });
    const result = loadProgress(raw, later);
    expect(result.notice).toEqual({ kind: 'repaired', dropped: 1 });
    expect(Object.keys(result.progress.flashcards.cards)).toEqual(['sig:bid']);
    expect(result.progress.flashcards.log).toHaveLength(1);
  });

  test('stores a new flashcard state and stamps the change', () => {
    const state = rate(emptyFlashcardState(), 'sig:bid', 3, later);
    const p = withFlashcards(freshProgress(now), state, later);
    expect(p.flashcards).toBe(state);
    expect(p.updatedAt).toBe(later.toISOString());
  });

  test('accepts settings within limits and ignores ones outside them', () => {
    const p = withFlashcardSettings(freshProgress(now), { newPerDay: 10, decks: ['sig'] }, later);
    expect(p.flashcardSettings).toEqual({ decks: ['sig'], classes: [], newPerDay: 10 });
    expect(withFlashcardSettings(p, { newPerDay: -3 }, later)).toBe(p);
  });
});
