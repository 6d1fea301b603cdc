import { describe, expect, it } from 'vitest';
import {
  activities,
  buildDashboard,
  calendar,
  cardsDue,
  examHistory,
  lessonCompletion,
  recentActivity,
  streak,
  studyDays,
  timeStudied,
  type DashboardCatalog,
} from '../../../src/lib/dashboard';

// 22:00 on Monday 9 March 2026 in New York (UTC−5): already Tuesday 10 March in UTC.
const NOW = new Date('2026-03-10T03:00:00Z');
const NY = -300;
const rows = (times: string[]) => ({ answers: [], fills: [], reviews: [], drills: times.map((at, i) => ({ id: `d${i}`, at, type: 'dilution', correct: i % 2 === 0, ms: 1000, sessionId: 's' })) });

describe('study days and streaks', () => {
  const times = [
    '2026-03-10T02:30:00Z', // NY 9 Mar 21:30 — UTC 10 Mar
    '2026-03-09T02:00:00Z', // NY 8 Mar 21:00 — UTC 9 Mar
    '2026-03-08T15:00:00Z', // 8 Mar in both
    '2026-03-07T12:00:00Z', // 7 Mar in both
    '2026-02-01T12:00:00Z',
    '2026-02-02T12:00:00Z',
  ];
  it('counts local days in the learner’s time zone', () => {
    const days = studyDays(activities(rows(times)), NY);
    expect([...days.entries()].sort()).toEqual([
      ['2026-02-01', 1],
      ['2026-02-02', 1],
      ['2026-03-07', 1],
      ['2026-03-08', 2],
      ['2026-03-09', 1],
    ]);
    // NY: 7, 8, 9 March → 3 days ending today (9 March)
    expect(streak(days, NOW, NY)).toEqual({ current: 3, longest: 3, today: true });
    // UTC: 7, 8, 9, 10 March → 4 days ending today (10 March)
    expect(streak(studyDays(activities(rows(times)), 0), NOW, 0)).toEqual({ current: 4, longest: 4, today: true });
  });
  it('keeps a streak alive until the day ends, and breaks it after a day without study', () => {
    const days = studyDays(activities(rows(['2026-03-08T15:00:00Z', '2026-03-07T12:00:00Z'])), NY);
    // nothing yet on 9 March (NY): the run of 7–8 March still counts
    expect(streak(days, NOW, NY)).toEqual({ current: 2, longest: 2, today: false });
    // on 10 March (NY) without study on 9 March the streak is over
    expect(streak(days, new Date('2026-03-11T03:00:00Z'), NY).current).toBe(0);
  });
  it('lays out whole weeks from Monday up to today', () => {
    const days = studyDays(activities(rows(times)), NY);
    const weeks = calendar(days, NOW, NY, 2);
    // today (NY) is Monday 9 March: the weeks are 2–8 March and 9 March alone
    expect(weeks[0]!.map((d) => d.day)).toEqual(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08']);
    expect(weeks[1]).toEqual([{ day: '2026-03-09', count: 1 }]);
    expect(weeks[0]![6]).toEqual({ day: '2026-03-08', count: 2 });
  });
});

describe('time studied', () => {
  it('adds answer times, capping each at five minutes, over all time and the last seven days', () => {
    const list = activities({
      answers: [
        { id: 'a1', questionId: 'q', choice: 'a', correct: true, ms: 40_000, mode: 'quick10', sessionId: 's1', at: '2026-03-09T20:00:00Z' },
        // a tab left open: 20 minutes counts as 5
        { id: 'a2', questionId: 'q', choice: 'a', correct: false, ms: 1_200_000, mode: 'quick10', sessionId: 's1', at: '2026-03-09T20:30:00Z' },
        // two weeks ago
        { id: 'a3', questionId: 'q', choice: 'a', correct: true, ms: 60_000, mode: 'exam', sessionId: 's2', at: '2026-02-20T10:00:00Z' },
        { id: 'a4', questionId: 'q', choice: 'a', correct: true, ms: -5, mode: 'exam', sessionId: 's2', at: '2026-02-20T10:00:00Z' },
      ],
      drills: [],
      fills: [],
      reviews: [{ id: 'r', cardId: 'sig:bid', rating: 3, reviewedAt: '2026-03-09T20:00:00Z', previous: null }],
    });
    // 40 s + 300 s + 60 s = 400 s in all; 340 s in the last week; the review has no time
    expect(timeStudied(list, NOW, NY)).toEqual({ totalMs: 400_000, weekMs: 340_000 });
  });
});

describe('recent activity', () => {
  it('groups by session, newest first, with right answers counted', () => {
    const list = activities({
      answers: [
        { id: 'a1', questionId: 'q', choice: 'a', correct: true, ms: 1, mode: 'quick10', sessionId: 's1', at: '2026-03-09T20:00:00Z' },
        { id: 'a2', questionId: 'q', choice: 'a', correct: false, ms: 1, mode: 'quick10', sessionId: 's1', at: '2026-03-09T20:01:00Z' },
        { id: 'a3', questionId: 'q', choice: 'a', correct: true, ms: 1, mode: 'some-new-mode', sessionId: 's2', at: '2026-03-08T20:00:00Z' },
      ],
      drills: [],
      fills: [],
      reviews: [
        { id: 'r1', cardId: 'sig:bid', rating: 1, reviewedAt: '2026-03-10T01:00:00Z', previous: null },
        { id: 'r2', cardId: 'sig:tid', rating: 4, reviewedAt: '2026-03-10T01:01:00Z', previous: null },
      ],
    });
    expect(recentActivity(list, NY)).toEqual([
      { kind: 'card', at: Date.parse('2026-03-10T01:01:00Z'), count: 2, correct: 1 },
      { kind: 'quiz:quick10', at: Date.parse('2026-03-09T20:01:00Z'), count: 2, correct: 1 },
      { kind: 'quiz:some-new-mode', at: Date.parse('2026-03-08T20:00:00Z'), count: 1, correct: 1 },
    ]);
  });
});

describe('exam history, lessons and cards due', () => {
  it('keeps finished exams with a plausible score, oldest first', () => {
    const sessions = [
      { id: 'e2', mode: 'exam', startedAt: '2026-03-05T10:00:00Z', endedAt: '2026-03-05T11:50:00Z', items: [], score: 81.25, state: { scaled: 1450, full: true } },
      { id: 'e1', mode: 'exam', startedAt: '2026-03-01T10:00:00Z', endedAt: '2026-03-01T11:50:00Z', items: [], score: 62.5 },
      { id: 'e3', mode: 'exam', startedAt: '2026-03-06T10:00:00Z', items: [] }, // unfinished
      { id: 'e4', mode: 'exam', startedAt: '2026-03-06T10:00:00Z', endedAt: '2026-03-06T11:00:00Z', items: [], score: 150 },
      { id: 'q1', mode: 'quick10', startedAt: '2026-03-06T10:00:00Z', endedAt: '2026-03-06T11:00:00Z', items: [], score: 90 },
      'garbage',
    ];
    expect(examHistory(sessions)).toEqual([
      { id: 'e1', endedAt: Date.parse('2026-03-01T11:50:00Z'), percent: 62.5 },
      { id: 'e2', endedAt: Date.parse('2026-03-05T11:50:00Z'), percent: 81.25, scaled: 1450, full: true },
    ]);
  });
  it('counts completed lessons per module, ignoring unknown lessons', () => {
    const modules = [
      { id: 'm1', title: 'M1', lessons: ['m1/a', 'm1/b', 'm1/c'] },
      { id: 'm2', title: 'M2', lessons: ['m2/a'] },
    ];
    const done = [{ id: 'm1/a', completedAt: '2026-03-01T00:00:00Z' }, { id: 'm1/c', completedAt: '2026-03-02T00:00:00Z' }, { id: 'gone/x', completedAt: '2026-03-02T00:00:00Z' }, { id: 'm2/a' }];
    expect(lessonCompletion(modules, done)).toEqual([
      { id: 'm1', title: 'M1', done: 2, total: 3 },
      { id: 'm2', title: 'M2', done: 0, total: 1 },
    ]);
  });
  it('counts started cards due before the learner’s day ends', () => {
    const cards = [
      { id: 'a', state: 2, due: '2026-03-10T04:59:00Z' }, // NY 9 Mar 23:59 → due today
      { id: 'b', state: 2, due: '2026-03-10T05:00:00Z' }, // NY 10 Mar 00:00 → tomorrow
      { id: 'c', state: 0, due: '2026-03-01T00:00:00Z' }, // new: not "due"
      { id: 'd', state: 1, due: 'not a date' },
    ];
    expect(cardsDue(cards, NOW, NY)).toBe(1);
    // in UTC the day ends at 10 Mar 24:00, so both started cards are due
    expect(cardsDue(cards, NOW, 0)).toBe(2);
  });
});

describe('the whole dashboard', () => {
  const catalog: DashboardCatalog = {
    outline: [
      { id: 1, title: 'Medications', weight: 50, areas: [{ id: '1.1', title: 'Names' }] },
      { id: 4, title: 'Order entry', weight: 50, areas: [{ id: '4.1', title: 'Calculations' }] },
    ],
    modules: [{ id: 'calculations', title: 'Calculations', lessons: ['calculations/dilution'] }],
    lessons: [{ id: 'calculations/dilution', title: 'Dilution', areas: ['4.1'] }],
    quizAvailable: true,
  };
  const meta = { version: 1, questions: [{ id: 'q-names-1', area: '1.1', domain: 1, lesson: 'medications/names', difficulty: 1 }, { bad: true }] };

  // every row is from this very moment, so each weighs exactly its kind's weight
  it('attributes answers by the bank, lesson checks by their lesson, and skips what it cannot place', () => {
    const d = buildDashboard(
      {
        answers: [
          { id: 'a1', questionId: 'q-names-1', choice: 'a', correct: true, ms: 1000, mode: 'quick10', sessionId: 's1', at: '2026-03-10T03:00:00Z' },
          { id: 'a2', questionId: 'calculations/dilution#2', choice: 'b', correct: false, ms: 1000, mode: 'lesson', sessionId: 's2', at: '2026-03-10T03:00:00Z' },
          { id: 'a3', questionId: 'not-in-the-bank', choice: 'b', correct: false, ms: 1000, mode: 'future-mode', sessionId: 's3', at: '2026-03-10T03:00:00Z' },
          { id: 'a4', questionId: 'q-names-1', correct: 'yes', at: '2026-03-10T03:00:00Z' },
          null,
        ],
        drills: [
          { id: 'd1', type: 'dilution', correct: true, at: '2026-03-10T03:00:00Z', ms: 2000, sessionId: 'x' },
          { id: 'd2', type: 'alligation', correct: false, at: '2026-03-10T03:00:00Z', ms: 2000, sessionId: 'x' },
        ],
        fills: [{ id: 'f1', at: '2026-03-10T03:00:00Z', report: { steps: [{ step: 'count', reached: true, points: 1, max: 2 }, { step: 'label', reached: false, points: 0, max: 1 }] } }],
        reviews: [{ id: 'r1', cardId: 'brand-generic:lipitor', rating: 1, reviewedAt: '2026-03-10T03:00:00Z', previous: null }],
        cards: [],
        sessions: [],
        lessons: [],
      },
      catalog,
      meta,
      NOW,
      NY,
      7,
    );
    // 1.1: the bank question right (1) and the card missed (0.5 weight, 0) → n 1.5, right 1
    expect(d.areas.get('1.1')).toMatchObject({ n: 1.5, right: 1, count: 2 });
    // 4.1: the lesson check wrong, dilution right, alligation not counted (off the 2026 exam),
    // the fill's count step 1 of 2 (0.5); the label step was not reached → n 3, right 1.5
    expect(d.areas.get('4.1')).toMatchObject({ n: 3, right: 1.5, count: 3 });
    expect(d.unattributed).toBe(1);
    expect(d.readiness.status).toBe('not-enough');
    // 4.1 ranks first: 0.5 × (1 − 2.5/5) = 0.25 against 1.1: 0.5 × (1 − 2/3.5) = 0.2143
    expect(d.next[0]!.area).toBe('4.1');
    expect(d.next[0]!.links.map((l) => l.kind)).toEqual(['lesson', 'drill', 'flashcards', 'quiz']);
    expect(d.next[0]!.links[3]!.href).toBe('/quiz/?mode=custom&areas=4.1&count=10&only=all');
    expect(d.next[0]!.links[1]!.href).toContain('types=metric-conversion,');
  });
  it('survives a record of nothing but garbage', () => {
    const junk = [1, 'x', null, [], { at: 'yesterday' }, { __proto__: null }];
    const d = buildDashboard({ answers: junk, drills: junk, fills: junk, reviews: junk, cards: junk, sessions: junk, lessons: junk }, catalog, 'not json', NOW, NY, 1);
    expect(d.total).toBe(0);
    expect(d.readiness.status).toBe('not-enough');
    expect(d.streak.current).toBe(0);
  });
});
