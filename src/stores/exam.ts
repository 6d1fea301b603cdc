/**
 * The practice exam on the study-session engine: a deadline timer that survives reloads, pause and resume,
 * choices that may change until submission, flags, and automatic submission when time runs out. The exam
 * in progress is kept in localStorage, so it resumes after a reload and in another tab (tabs follow each
 * other's changes through the `storage` event); answers are recorded in `answers` when it is submitted, the
 * attempt and its result in `sessions`.
 */
import { atom } from 'nanostores';
import { endSession, isOutOfTime, pause, resume, startSession } from '../lib/session/engine';
import { assembleExam, assembleShortExam, type ExamFormat, type ExamPlan } from '../lib/quiz/blueprint';
import { generatedIds } from '../lib/quiz/generated';
import { scoreExam, type ExamScore } from '../lib/quiz/score';
import { parseExamState, type ExamState } from '../lib/quiz/state';
import type { OptionId, OutlineDomain, QuizQuestion } from '../lib/quiz/types';
import { keepSession, loadIndex, loadQuestions, recordAnswer, sessionsOf } from './questions';

/** localStorage key of the exam in progress (or the last one submitted, for its results). */
export const EXAM_KEY = 'rxtray:exam';

/** The exam on this page. */
export const exam = atom<ExamState | null>(null);

function save(state: ExamState | null): void {
  exam.set(state);
  try {
    if (state) localStorage.setItem(EXAM_KEY, JSON.stringify(state));
    else localStorage.removeItem(EXAM_KEY);
  } catch {
    // storage refused: the exam goes on in this page but will not resume after a reload
  }
}

/** Reads the saved exam; `corrupt` when something unreadable was saved (it is dropped). */
export function loadSavedExam(): { corrupt: boolean } {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(EXAM_KEY);
  } catch {
    return { corrupt: false };
  }
  if (raw === null) return { corrupt: false };
  const state = parseExamState(raw);
  if (!state) save(null);
  else exam.set(state);
  return { corrupt: !state };
}

/** Follows the exam in other tabs (a pause, an answer, a submission there shows here). Returns the unsubscribe. */
export function followOtherTabs(): () => void {
  const listener = (event: StorageEvent) => {
    if (event.key !== EXAM_KEY) return;
    exam.set(event.newValue ? parseExamState(event.newValue) : null);
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}

const newId = (now: Date): string => {
  const random = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : String(Math.random()).slice(2);
  return `exam:${now.toISOString()}:${random}`;
};

/** Assembles and starts an exam: a full one when the bank can fill the blueprint, else a shorter one. */
export async function startExam(domains: readonly OutlineDomain[], format: ExamFormat, now: Date): Promise<ExamState> {
  const bank = await loadIndex();
  const id = newId(now);
  const plan: ExamPlan = assembleExam(bank, domains, format, id) ?? assembleShortExam(bank, format, id, generatedIds(10, now.getTime() >>> 0));
  const state: ExamState = {
    version: 1,
    session: startSession<never>({ id, mode: 'exam', now, items: plan.items, limitMs: plan.minutes * 60_000 }),
    pretest: plan.pretest,
    choices: {},
    flags: [],
    current: 0,
    spent: {},
    warned: [],
    full: plan.full,
  };
  save(state);
  await keepSession({ id, mode: 'exam', startedAt: state.session.startedAt, items: plan.items, state: { full: plan.full, pretest: plan.pretest } });
  return state;
}

/** The exam's questions. */
export async function examQuestions(state: ExamState): Promise<Map<string, QuizQuestion>> {
  return loadQuestions(state.session.items, await loadIndex());
}

/** Time on the current question until `now` added to its total; its clock restarts at `now`. */
function clockOff(state: ExamState, now: Date): ExamState {
  const id = state.session.items[state.current];
  if (!id || state.session.pausedAt !== undefined || state.session.endedAt !== undefined) return state;
  const ms = Math.max(0, now.getTime() - Date.parse(state.session.shownAt));
  return { ...state, spent: { ...state.spent, [id]: (state.spent[id] ?? 0) + ms }, session: { ...state.session, shownAt: now.toISOString() } };
}

const open = (state: ExamState | null, now: Date): state is ExamState =>
  state !== null && state.session.endedAt === undefined && state.session.pausedAt === undefined && !isOutOfTime(state.session, now);

/** Chooses an option (by id) for the current question; a choice can be changed until submission. */
export function chooseOption(choice: OptionId, now: Date): void {
  const state = exam.get();
  if (!open(state, now)) return;
  const id = state.session.items[state.current];
  if (id) save({ ...state, choices: { ...state.choices, [id]: choice } });
}

/** Flags or unflags the current question for review. */
export function toggleExamFlag(now: Date, index?: number): void {
  const state = exam.get();
  if (!open(state, now)) return;
  const id = state.session.items[index ?? state.current];
  if (!id) return;
  save({ ...state, flags: state.flags.includes(id) ? state.flags.filter((f) => f !== id) : [...state.flags, id] });
}

/** Shows question `index` (0-based). */
export function goTo(index: number, now: Date): void {
  const state = exam.get();
  if (!open(state, now) || index < 0 || index >= state.session.items.length) return;
  save({ ...clockOff(state, now), current: index });
}

/** Pauses the timer (questions are hidden while paused). */
export function pauseExam(now: Date): void {
  const state = exam.get();
  if (!open(state, now)) return;
  const off = clockOff(state, now);
  save({ ...off, session: pause(off.session, now) });
}

/** Resumes: the deadline moves later by the time paused. */
export function resumeExam(now: Date): void {
  const state = exam.get();
  if (!state || state.session.pausedAt === undefined) return;
  save({ ...state, session: resume(state.session, now) });
}

/** Remembers that a time warning was given (so a reload does not repeat it). */
export function markWarned(minutes: number): void {
  const state = exam.get();
  if (state && !state.warned.includes(minutes)) save({ ...state, warned: [...state.warned, minutes] });
}

/** What the history keeps of a submitted exam. */
export interface ExamSummary {
  percent: number;
  scaled: number;
  correct: number;
  total: number;
  byDomain: ExamScore['byDomain'];
  full: boolean;
}

/**
 * Submits the exam (by the learner or because time ran out): ends the session, records every answered
 * question in `answers` and the result in `sessions`. Runs once; a second call (another tab, the timer) does nothing.
 */
export async function submitExam(questions: ReadonlyMap<string, QuizQuestion>, now: Date): Promise<ExamScore | null> {
  const state = exam.get();
  if (!state || state.session.endedAt !== undefined) return null;
  const off = clockOff(state, now);
  // Time out: the exam ends at its deadline, not when the page noticed.
  const deadline = off.session.deadline ? Date.parse(off.session.deadline) : now.getTime();
  const endAt = off.session.pausedAt === undefined && deadline < now.getTime() ? new Date(deadline) : now;
  const ended: ExamState = { ...off, session: endSession(off.session, endAt) };
  save(ended);
  const list = ended.session.items.flatMap((id) => questions.get(id) ?? []);
  const score = scoreExam(list, new Set(ended.pretest), ended.choices);
  for (const q of list) {
    const choice = ended.choices[q.id];
    if (choice) await recordAnswer({ questionId: q.id, choice, correct: choice === q.answer, ms: ended.spent[q.id] ?? 0, mode: 'exam', sessionId: ended.session.id, now: endAt });
  }
  const summary: ExamSummary = { percent: score.percent, scaled: score.scaled, correct: score.correct, total: score.total, byDomain: score.byDomain, full: ended.full };
  await keepSession({ id: ended.session.id, mode: 'exam', startedAt: ended.session.startedAt, items: ended.session.items, endedAt: endAt.toISOString(), score: score.percent, state: { ...summary, pretest: ended.pretest } });
  return score;
}

/** Submitted exams, oldest first, with their summaries (rows whose summary cannot be read are left out). */
export async function examHistory(): Promise<(ExamSummary & { id: string; endedAt: string })[]> {
  return (await sessionsOf('exam')).flatMap((row) => {
    const s = row.state as Partial<ExamSummary> | undefined;
    if (!row.endedAt || !s || typeof s.percent !== 'number' || typeof s.scaled !== 'number' || !Array.isArray(s.byDomain)) return [];
    return [{ id: row.id, endedAt: row.endedAt, percent: s.percent, scaled: s.scaled, correct: s.correct ?? 0, total: s.total ?? 0, byDomain: s.byDomain, full: s.full === true }];
  });
}

/** Clears the last exam (to start a new one). */
export const clearExam = (): void => save(null);
