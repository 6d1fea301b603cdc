import { describe, expect, test } from 'vitest';
import {
  countRows,
  emptyRecord,
  fromV2,
  parseAnswerRow,
  parseDetailRow,
  parseMeta,
  parseRecord,
  parseSessionRow,
  parseSnapshot,
  reviewId,
  sameRecord,
  snapshotOf,
  type RecordData,
} from '../../../src/lib/progress/record';
import { changeSettings, DEFAULT_STUDY_SETTINGS, StudySettingsSchema } from '../../../src/lib/progress/schema';
import { parseLastLesson, parseStudySettings } from '../../../src/lib/progress/record';
import { freshProgress, markLessonComplete } from '../../../src/lib/progress/model';

const now = new Date('2026-03-02T10:00:00.000Z');
const at = '2026-03-01T09:00:00.000Z';
const card = { due: '2026-03-05T09:00:00.000Z', stability: 4, difficulty: 5, elapsed_days: 0, scheduled_days: 4, learning_steps: 0, reps: 1, lapses: 0, state: 2 as const, last_review: at };

function sample(): RecordData {
  const data = emptyRecord(new Date(at));
  data.lessons = [{ id: 'dispensing/labeling', completedAt: at }];
  data.cards = [{ id: 'sig:bid', ...card }];
  data.reviews = [{ id: reviewId('sig:bid', at), cardId: 'sig:bid', rating: 3, reviewedAt: at, previous: null, sessionId: 's1' }];
  data.answers = [{ id: 'a1', questionId: 'q:1', choice: 'B', correct: true, ms: 4200, mode: 'quiz', sessionId: 's2', at }];
  data.sessions = [{ id: 's2', mode: 'quiz', startedAt: at, endedAt: at, items: ['q:1'], score: 1, state: { position: 1 } }];
  data.fills = [{ id: 'f1', at, rx: 'x' }];
  return data;
}

describe('parseRecord', () => {
  test('reads back every kind of row unchanged', () => {
    const data = sample();
    const { data: back, dropped } = parseRecord({ ...data }, now);
    expect(dropped).toBe(0);
    expect(back).toEqual(data);
  });

  test('a corrupt row is left out and counted; the others stay', () => {
    const data = sample();
    const raw = {
      ...data,
      lessons: [...data.lessons, { id: 'x/y', completedAt: 'yesterday' }, null],
      cards: [...data.cards, { id: 'sig:tid', ...card, stability: 0 }, { id: 'sig:qd', ...card, difficulty: 11 }],
      reviews: [...data.reviews, { id: 'r', cardId: 'sig:bid', rating: 5, reviewedAt: at, previous: null }],
      answers: [...data.answers, { ...data.answers[0], id: 'a2', ms: -1 }],
      sessions: [...data.sessions, { id: 's3', mode: 'quiz', startedAt: at, items: [1] }],
      drills: [{ id: 'd1' }],
    };
    const { data: back, dropped } = parseRecord(raw, now);
    expect(dropped).toBe(8);
    expect(back.lessons).toEqual(data.lessons);
    expect(back.cards).toEqual(data.cards);
  });

  test('a duplicated id is kept once', () => {
    const data = sample();
    const { data: back, dropped } = parseRecord({ ...data, lessons: [...data.lessons, ...data.lessons] }, now);
    expect(back.lessons).toHaveLength(1);
    expect(dropped).toBe(1);
  });

  test('sorts reviews by time', () => {
    const data = sample();
    const later = { ...data.reviews[0]!, id: 'r2', reviewedAt: '2026-03-01T12:00:00.000Z' };
    const { data: back } = parseRecord({ ...data, reviews: [later, data.reviews[0]] }, now);
    expect(back.reviews.map((r) => r.id)).toEqual([data.reviews[0]!.id, 'r2']);
  });
});

describe('row readers', () => {
  test('answers need every field with the right type', () => {
    const answer = sample().answers[0]!;
    expect(parseAnswerRow(answer)).toEqual(answer);
    expect(parseAnswerRow({ ...answer, correct: 'yes' })).toBeNull();
    expect(parseAnswerRow({ ...answer, at: 'soon' })).toBeNull();
    expect(parseAnswerRow({ ...answer, ms: Number.NaN })).toBeNull();
    expect(parseAnswerRow('answer')).toBeNull();
  });

  test('sessions keep optional fields only when valid', () => {
    const session = { id: 's', mode: 'exam', startedAt: at, items: ['q:1'] };
    expect(parseSessionRow(session)).toEqual(session);
    expect(parseSessionRow({ ...session, endedAt: 'later' })).toBeNull();
    expect(parseSessionRow({ ...session, score: Number.POSITIVE_INFINITY })).toBeNull();
    expect(parseSessionRow({ ...session, startedAt: 3 })).toBeNull();
    expect(parseSessionRow(null)).toBeNull();
  });

  test('detail rows need an id and a time', () => {
    expect(parseDetailRow({ id: 'f', at, extra: 1 })).toEqual({ id: 'f', at, extra: 1 });
    expect(parseDetailRow({ id: '__proto__', at })).toBeNull();
    expect(parseDetailRow([])).toBeNull();
  });

  test('meta falls back to defaults field by field and counts what it dropped', () => {
    expect(parseMeta(undefined, now)).toEqual({ meta: emptyRecord(now).meta, dropped: 0 });
    expect(parseMeta('x', now).dropped).toBe(1);
    const { meta, dropped } = parseMeta({ version: 3, createdAt: at, settings: { hiddenDecks: [], classes: [], newPerDay: -1 }, lastLesson: { id: '' }, migratedFrom: 2 }, now);
    expect(dropped).toBe(2);
    expect(meta).toEqual({ version: 3, createdAt: at, settings: DEFAULT_STUDY_SETTINGS, migratedFrom: 2 });
  });
});

describe('fromV2', () => {
  test('carries lessons, card states, the whole log and settings into rows', () => {
    let progress = markLessonComplete(freshProgress(new Date(at)), 'dispensing/labeling', new Date(at));
    progress = {
      ...progress,
      lastLesson: { id: 'dispensing/labeling', at },
      flashcards: {
        cards: { 'sig:bid': card },
        log: [
          { cardId: 'sig:bid', rating: 3, reviewedAt: at, previous: null },
          { cardId: 'sig:bid', rating: 3, reviewedAt: at, previous: null },
        ],
      },
      flashcardSettings: { decks: ['sig', 'lasa'], classes: ['Statin'], newPerDay: 5 },
    };
    const data = fromV2(progress, 2);
    expect(data.meta).toMatchObject({ migratedFrom: 2, createdAt: at, lastLesson: { id: 'dispensing/labeling', at } });
    expect(data.meta.settings).toEqual({
      hiddenDecks: ['brand-generic', 'generic-brand', 'generic-class', 'generic-indication', 'schedule', 'error-prone'],
      classes: ['Statin'],
      newPerDay: 5,
    });
    expect(data.lessons).toEqual([{ id: 'dispensing/labeling', completedAt: at }]);
    expect(data.cards).toEqual([{ id: 'sig:bid', ...card }]);
    // The same review twice (same card, same moment) is one review.
    expect(data.reviews).toEqual([{ id: `r:${at}:sig:bid`, cardId: 'sig:bid', rating: 3, reviewedAt: at, previous: null }]);
  });

  test('"all decks" (empty) hides none', () => {
    expect(fromV2(freshProgress(now), 2).meta.settings.hiddenDecks).toEqual([]);
  });
});

describe('sameRecord', () => {
  test('is true for the same rows in any order and false when anything differs', () => {
    const data = sample();
    const shuffled = { ...data, lessons: [...data.lessons, { id: 'a/b', completedAt: at }] };
    const reversed = { ...shuffled, lessons: [...shuffled.lessons].reverse() };
    expect(sameRecord(shuffled, reversed)).toBe(true);
    expect(sameRecord(data, shuffled)).toBe(false);
    expect(sameRecord(data, { ...data, meta: { ...data.meta, settings: { ...data.meta.settings, newPerDay: 1 } } })).toBe(false);
    expect(sameRecord(data, { ...data, meta: { ...data.meta, lastLesson: { id: 'a/b', at } } })).toBe(false);
  });
});

describe('snapshot', () => {
  test('round-trips through text', () => {
    const data = sample();
    data.meta.lastLesson = { id: 'dispensing/labeling', at };
    const snapshot = snapshotOf(data.meta, data.lessons);
    expect(parseSnapshot(JSON.stringify(snapshot), now)).toEqual(snapshot);
  });

  test('anything unreadable gives null (the cache is rebuilt)', () => {
    const snapshot = snapshotOf(sample().meta, sample().lessons);
    for (const raw of [null, '', 'not json', '[]', JSON.stringify({ ...snapshot, version: 2 }), JSON.stringify({ ...snapshot, lessons: { 'a/b': { completedAt: 'x' } } }), JSON.stringify({ ...snapshot, settings: { newPerDay: 'x' } }), JSON.stringify({ ...snapshot, createdAt: 'x' })]) {
      expect(parseSnapshot(raw, now)).toBeNull();
    }
  });
});

describe('changeSettings', () => {
  test('accepts whole numbers from 0 to 500 and refuses anything else with the limits', () => {
    expect(changeSettings(DEFAULT_STUDY_SETTINGS, { newPerDay: 0 })).toEqual({ ok: true, settings: { ...DEFAULT_STUDY_SETTINGS, newPerDay: 0 } });
    expect(changeSettings(DEFAULT_STUDY_SETTINGS, { newPerDay: 500 })).toMatchObject({ ok: true });
    for (const bad of [-5, 501, 2.5, Number.NaN]) expect(changeSettings(DEFAULT_STUDY_SETTINGS, { newPerDay: bad })).toEqual({ ok: false, field: 'newPerDay', min: 0, max: 500 });
    expect(changeSettings(DEFAULT_STUDY_SETTINGS, { hiddenDecks: Array.from({ length: 51 }, (_, i) => `d${i}`) })).toMatchObject({ ok: false, field: 'hiddenDecks' });
    expect(changeSettings(DEFAULT_STUDY_SETTINGS, { classes: Array.from({ length: 501 }, (_, i) => `c${i}`) })).toMatchObject({ ok: false, field: 'classes' });
  });
});

test('countRows counts every store', () => {
  expect(countRows(sample())).toEqual({ lessons: 1, cards: 1, reviews: 1, answers: 1, sessions: 1, fills: 1, drills: 0 });
});

test('the hand-written settings reader agrees with the zod schema', () => {
  const cases: unknown[] = [
    DEFAULT_STUDY_SETTINGS,
    { hiddenDecks: ['sig'], classes: ['Statin'], newPerDay: 500 },
    { hiddenDecks: [], classes: [], newPerDay: 501 },
    { hiddenDecks: [], classes: [], newPerDay: -1 },
    { hiddenDecks: [], classes: [], newPerDay: 2.5 },
    { hiddenDecks: [1], classes: [], newPerDay: 3 },
    { hiddenDecks: Array.from({ length: 51 }, () => 'x'), classes: [], newPerDay: 3 },
    { hiddenDecks: [], classes: 'Statin', newPerDay: 3 },
    { classes: [], newPerDay: 3 },
    null,
    'settings',
  ];
  for (const value of cases) expect(parseStudySettings(value) !== null, JSON.stringify(value)).toBe(StudySettingsSchema.safeParse(value).success);
  expect(parseLastLesson({ id: 'a/b', at: '2026-03-01T09:00:00.000Z' })).toEqual({ id: 'a/b', at: '2026-03-01T09:00:00.000Z' });
  expect(parseLastLesson({ id: '', at: '2026-03-01T09:00:00.000Z' })).toBeNull();
});
