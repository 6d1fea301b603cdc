/**
 * Saved state of a practice quiz and of a practice exam, and their defensive readers: anything that is not
 * a state this build wrote (a corrupt or tampered save, an older format) reads as null, and the page starts
 * afresh instead of breaking. Both run on the study-session engine (queue, deadline timer, pause/resume).
 */
import { parseSession, type StudySession } from '../session/engine';
import { parseQuizLink, quizQuery, type QuizSpec } from './select';
import { LETTERS, type OptionId } from './types';

/** What a practice quiz records per answer. */
export interface QuizResponse {
  choice: OptionId;
  correct: boolean;
}

/** A practice quiz in progress. */
export interface QuizState {
  version: 1;
  spec: QuizSpec;
  session: StudySession<QuizResponse>;
  /** True while the feedback of the last answer is shown (so a reload shows it again). */
  feedback: boolean;
}

/** A practice exam in progress or submitted. */
export interface ExamState {
  version: 1;
  /** Items, deadline, pause and end come from the engine; answers are choices that may change until submission. */
  session: StudySession<never>;
  /** Unscored items (never shown as such). */
  pretest: string[];
  /** Choice per question id (option id, never a position). */
  choices: Record<string, OptionId>;
  flags: string[];
  /** Index of the question shown. */
  current: number;
  /** Time spent per question, ms. */
  spent: Record<string, number>;
  /** Time warnings already given (minutes left). */
  warned: number[];
  /** Whether it is a full exam (else a shorter one because the bank is still small). */
  full: boolean;
}

const isOption = (v: unknown): v is OptionId => typeof v === 'string' && (LETTERS as readonly string[]).includes(v);
const isQuizResponse = (v: unknown): v is QuizResponse =>
  typeof v === 'object' && v !== null && isOption((v as QuizResponse).choice) && typeof (v as QuizResponse).correct === 'boolean';
const never = (_: unknown): _ is never => false;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A saved value given as JSON text or already parsed; undefined when the text is not JSON. */
function fromJson(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

/** Reads a saved practice quiz (JSON text or a parsed value); null when it is not one. */
export function parseQuizState(raw: unknown): QuizState | null {
  const value = fromJson(raw);
  if (!isObject(value) || value['version'] !== 1 || typeof value['feedback'] !== 'boolean' || !isObject(value['spec'])) return null;
  const spec = parseQuizLink(quizQuery(value['spec'] as QuizSpec));
  const session = parseSession(value['session'], isQuizResponse);
  if (!spec || !session || session.items.length === 0) return null;
  if (value['feedback'] && session.position === 0) return null;
  return { version: 1, spec, session, feedback: value['feedback'] };
}

/** Reads a saved exam; null when it is not one (a corrupt save never breaks the page). */
export function parseExamState(raw: unknown): ExamState | null {
  const value = fromJson(raw);
  if (!isObject(value) || value['version'] !== 1) return null;
  const session = parseSession(value['session'], never);
  if (!session || session.items.length === 0 || session.deadline === undefined) return null;
  const items = new Set(session.items);
  const { pretest, choices, flags, current, spent, warned, full } = value;
  if (!Array.isArray(pretest) || !pretest.every((id) => typeof id === 'string' && items.has(id))) return null;
  if (!isObject(choices) || !Object.entries(choices).every(([id, c]) => items.has(id) && isOption(c))) return null;
  if (!Array.isArray(flags) || !flags.every((id) => typeof id === 'string' && items.has(id))) return null;
  if (typeof current !== 'number' || !Number.isInteger(current) || current < 0 || current >= session.items.length) return null;
  if (!isObject(spent) || !Object.values(spent).every((ms) => typeof ms === 'number' && ms >= 0)) return null;
  if (!Array.isArray(warned) || !warned.every((m) => typeof m === 'number')) return null;
  if (typeof full !== 'boolean') return null;
  return { version: 1, session, pretest: [...pretest], choices: { ...choices } as Record<string, OptionId>, flags: [...flags], current, spent: { ...spent } as Record<string, number>, warned: [...warned], full };
}

/** Minutes left at which the exam warns (announced politely). */
export const WARNINGS = [30, 10, 5] as const;

/**
 * The warning to give now, if any: the smallest threshold already reached that has not been given. A
 * threshold passed while the page was closed is given once on return, not all of them at once.
 */
export function warningDue(remainingMs: number, warned: readonly number[]): number | undefined {
  const reached = WARNINGS.filter((m) => remainingMs <= m * 60_000 && !warned.includes(m));
  if (reached.length === 0) return undefined;
  const smallest = Math.min(...reached);
  // Larger thresholds are then treated as given too.
  return warned.some((m) => m < smallest) ? undefined : smallest;
}

/** Time left as the exam shows it: "1:49:59" or "4:05". */
export function clock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}
