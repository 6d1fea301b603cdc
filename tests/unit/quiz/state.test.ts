import { describe, expect, test } from 'vitest';
import { parseExamState, parseQuizState, warningDue, clock, type ExamState, type QuizState } from '../../../src/lib/quiz/state';
import { answer, startSession } from '../../../src/lib/session/engine';

const now = new Date('2026-05-01T10:00:00Z');
const examState = (): ExamState => ({
  version: 1,
  session: startSession<never>({ id: 'exam:1', mode: 'exam', now, items: ['q1', 'q2', 'q3'], limitMs: 110 * 60_000 }),
  pretest: ['q3'],
  choices: { q1: 'b' },
  flags: ['q2'],
  current: 1,
  spent: { q1: 3000 },
  warned: [],
  full: true,
});

describe('parseExamState (state recovery)', () => {
  test('reads back what was saved', () => {
    const saved = examState();
    expect(parseExamState(JSON.stringify(saved))).toEqual(saved);
  });
  test.each([
    ['not JSON', '{"version":1,'],
    ['another version', JSON.stringify({ ...examState(), version: 2 })],
    ['a choice that is not a letter', JSON.stringify({ ...examState(), choices: { q1: 'e' } })],
    ['a choice for a question not in the exam', JSON.stringify({ ...examState(), choices: { zz: 'a' } })],
    ['a position past the end', JSON.stringify({ ...examState(), current: 3 })],
    ['no deadline', JSON.stringify({ ...examState(), session: { ...examState().session, deadline: undefined } })],
    ['a broken deadline', JSON.stringify({ ...examState(), session: { ...examState().session, deadline: 'soon' } })],
    ['a pretest item not in the exam', JSON.stringify({ ...examState(), pretest: ['x'] })],
    ['null', 'null'],
  ])('a corrupt save (%s) reads as null', (_, raw) => {
    expect(parseExamState(raw)).toBeNull();
  });
});

describe('parseQuizState', () => {
  const state = (): QuizState => {
    const session = startSession<{ choice: 'a'; correct: boolean }>({ id: 'quiz:1', mode: 'quick', now, items: ['q1', 'q2'] });
    return { version: 1, spec: { mode: 'quick' }, session: answer(session, { choice: 'a', correct: true }, now), feedback: true };
  };
  test('reads back what was saved', () => {
    expect(parseQuizState(JSON.stringify(state()))).toEqual(state());
  });
  test('a tampered answer, an unknown mode or feedback with nothing answered read as null', () => {
    const s = state();
    expect(parseQuizState({ ...s, session: { ...s.session, answers: [{ ...s.session.answers[0], response: { choice: 'z', correct: true } }] } })).toBeNull();
    expect(parseQuizState({ ...s, spec: { mode: 'everything' } })).toBeNull();
    expect(parseQuizState({ ...s, session: { ...s.session, position: 0, answers: [] } })).toBeNull();
  });
});

describe('exam time warnings', () => {
  test('warn once at 30, 10 and 5 minutes left', () => {
    expect(warningDue(31 * 60_000, [])).toBeUndefined();
    expect(warningDue(30 * 60_000, [])).toBe(30);
    expect(warningDue(29 * 60_000, [30])).toBeUndefined();
    expect(warningDue(9 * 60_000, [30])).toBe(10);
    expect(warningDue(4 * 60_000, [30, 10])).toBe(5);
  });
  test('after a long absence only the smallest threshold reached is given', () => {
    expect(warningDue(4 * 60_000, [])).toBe(5);
    expect(warningDue(20 * 60_000, [5])).toBeUndefined();
  });
  test('clock shows hours only when there are some', () => {
    expect(clock(110 * 60_000)).toBe('1:50:00');
    expect(clock(245_000)).toBe('4:05');
    expect(clock(-5)).toBe('0:00');
  });
});
