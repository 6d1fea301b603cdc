/**
 * A practice quiz on the study-session engine: the queue and the time per answer come from the engine, each
 * answer is recorded in the `answers` store at once (practice gives feedback immediately, so an answer is
 * final), the attempt in `sessions`. The quiz in progress survives a reload (sessionStorage); a save that
 * cannot be read is dropped with a notice, never breaking the page.
 */
import { atom } from 'nanostores';
import { answer, endSession, startSession } from '../lib/session/engine';
import { isCorrect } from '../lib/quiz/order';
import { parseQuizState, type QuizState } from '../lib/quiz/state';
import { quizQuery, selectQuiz, type QuizSpec } from '../lib/quiz/select';
import type { OptionId, OutlineDomain, QuestionMeta, QuizQuestion } from '../lib/quiz/types';
import { flagged, keepSession, loadIndex, loadQuestions, recordAnswer, recordedAnswers } from './questions';

/** sessionStorage key of the quiz in progress. */
export const QUIZ_KEY = 'rxtray:quiz';

/** The quiz in progress on this page. */
export const quiz = atom<QuizState | null>(null);

function save(state: QuizState | null): void {
  quiz.set(state);
  try {
    if (state && state.session.endedAt === undefined) sessionStorage.setItem(QUIZ_KEY, JSON.stringify(state));
    else sessionStorage.removeItem(QUIZ_KEY);
  } catch {
    // sessionStorage refused: the quiz simply does not resume after a reload
  }
}

/** The saved quiz for this spec, if any; `corrupt` when something was saved that cannot be read (it is dropped). */
export function savedQuiz(spec: QuizSpec): { state: QuizState | null; corrupt: boolean } {
  let raw: string | null = null;
  try {
    raw = sessionStorage.getItem(QUIZ_KEY);
  } catch {
    return { state: null, corrupt: false };
  }
  if (raw === null) return { state: null, corrupt: false };
  const state = parseQuizState(raw);
  if (!state) {
    save(null);
    return { state: null, corrupt: true };
  }
  return { state: quizQuery(state.spec) === quizQuery(spec) && state.session.endedAt === undefined ? state : null, corrupt: false };
}

const newId = (now: Date): string => {
  const random = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : String(Math.random()).slice(2);
  return `quiz:${now.toISOString()}:${random}`;
};

/** What a started or resumed quiz needs: its state, its questions, the bank's index. */
export interface LoadedQuiz {
  state: QuizState;
  questions: Map<string, QuizQuestion>;
  toppedUp: number;
}

/** The questions of a quiz (resumed or new); null when the mode has nothing to ask (no missed questions yet…). */
export async function openQuiz(spec: QuizSpec, domains: readonly OutlineDomain[], now: Date): Promise<LoadedQuiz | null> {
  const bank: QuestionMeta[] = await loadIndex();
  const { state: resumed } = savedQuiz(spec);
  if (resumed) {
    const questions = await loadQuestions(resumed.session.items, bank);
    if (resumed.session.items.every((id) => questions.has(id))) {
      quiz.set(resumed);
      return { state: resumed, questions, toppedUp: 0 };
    }
  }
  const answers = await recordedAnswers();
  const spacedDue = spec.mode === 'spaced' ? (await import('../lib/quiz/spaced')).dueForReview(answers, now) : [];
  const seed = (now.getTime() ^ Math.floor(Math.random() * 0x7fffffff)) >>> 0;
  const { ids, toppedUp } = selectQuiz(spec, { bank, answers, flagged: flagged.get(), domains, spacedDue, seed });
  const questions = await loadQuestions(ids, bank);
  const items = ids.filter((id) => questions.has(id));
  if (items.length === 0) return null;
  const state: QuizState = { version: 1, spec, session: startSession({ id: newId(now), mode: spec.mode, now, items }), feedback: false };
  save(state);
  return { state, questions, toppedUp };
}

/** Checks and records the answer to the current question (by option id); returns whether it was right. */
export async function submitChoice(question: QuizQuestion, choice: OptionId, now: Date): Promise<boolean> {
  const state = quiz.get();
  if (!state || state.feedback) return false;
  const correct = isCorrect(question, choice);
  const session = answer(state.session, { choice, correct }, now, question.id);
  const given = session.answers.at(-1);
  save({ ...state, session, feedback: true });
  await recordAnswer({ questionId: question.id, choice, correct, ms: given?.ms ?? 0, mode: state.spec.mode, sessionId: state.session.id, now });
  if (session.answers.length === 1) await keepSession({ id: session.id, mode: `quiz:${state.spec.mode}`, startedAt: session.startedAt, items: session.items });
  return correct;
}

/** Leaves the feedback for the next question (its clock starts now); ends the quiz after the last one. */
export async function nextQuestion(now: Date): Promise<void> {
  const state = quiz.get();
  if (!state) return;
  const session = { ...state.session, shownAt: now.toISOString() };
  if (session.position < session.items.length) {
    save({ ...state, session, feedback: false });
    return;
  }
  const ended = endSession(session, now);
  const score = ended.answers.filter((a) => a.response.correct).length;
  save({ ...state, session: ended, feedback: false });
  await keepSession({ id: ended.id, mode: `quiz:${state.spec.mode}`, startedAt: ended.startedAt, items: ended.items, ...(ended.endedAt ? { endedAt: ended.endedAt } : {}), score });
}

/** Drops the quiz in progress. */
export const leaveQuiz = (): void => save(null);
