/**
 * The question bank in the browser and the answers in the learning record. The bank's index
 * (`/questions/meta.json`) and one file per knowledge area (`/questions/area-<id>.json`) are fetched only
 * when a quiz needs them (the service worker precaches them for offline use); answers go to the record's
 * `answers` store, quiz and exam attempts to `sessions`. Flags are kept in localStorage.
 */
import { atom } from 'nanostores';
import { parseAnswerRow, parseSessionRow, type AnswerRow, type SessionRow } from '../lib/progress/record';
import { generatedQuestion, isGeneratedId } from '../lib/quiz/generated';
import { LETTERS, type AnswerFact, type QuestionMeta, type QuizQuestion } from '../lib/quiz/types';
import { withBase } from '../lib/url';
import { writeAnswer, writeSession } from './db';
import { change, database, memoryRecord } from './progress';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function readMeta(value: unknown): QuestionMeta | null {
  if (!isObject(value)) return null;
  const { id, area, domain, lesson, difficulty } = value;
  if (typeof id !== 'string' || typeof area !== 'string' || typeof domain !== 'number' || typeof lesson !== 'string') return null;
  if (difficulty !== 1 && difficulty !== 2 && difficulty !== 3) return null;
  return { id, area, domain, lesson, difficulty };
}

function readQuestion(value: unknown): QuizQuestion | null {
  const meta = readMeta(value);
  if (!meta || !isObject(value)) return null;
  const { stem, options, answer, explanation } = value;
  if (typeof stem !== 'string' || typeof explanation !== 'string' || !Array.isArray(options) || options.length !== 4) return null;
  if (!(LETTERS as readonly unknown[]).includes(answer)) return null;
  const read = options.map((o, i) => (isObject(o) && typeof o['text'] === 'string' && typeof o['why'] === 'string' && o['id'] === LETTERS[i] ? { id: LETTERS[i] ?? 'a', text: o['text'], why: o['why'] } : null));
  if (read.some((o) => o === null)) return null;
  return { ...meta, stem, explanation, answer: answer as QuizQuestion['answer'], options: read as QuizQuestion['options'] };
}

async function fetchJson(path: string): Promise<unknown> {
  const response = await fetch(withBase(path));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

let index: Promise<QuestionMeta[]> | undefined;
/** The bank's index (id, area, domain, lesson, difficulty of every question); rejects when it cannot be fetched. */
export function loadIndex(): Promise<QuestionMeta[]> {
  index ??= fetchJson('/questions/meta.json').then((data) => {
    const list = isObject(data) && Array.isArray(data['questions']) ? data['questions'] : [];
    return list.map(readMeta).filter((q) => q !== null);
  });
  index.catch(() => (index = undefined));
  return index;
}

const chunks = new Map<string, Promise<QuizQuestion[]>>();
function loadArea(area: string): Promise<QuizQuestion[]> {
  let chunk = chunks.get(area);
  if (!chunk) {
    chunk = fetchJson(`/questions/area-${area}.json`).then((data) => (isObject(data) && Array.isArray(data['questions']) ? data['questions'] : []).map(readQuestion).filter((q) => q !== null));
    chunk.catch(() => chunks.delete(area));
    chunks.set(area, chunk);
  }
  return chunk;
}

/** The questions with these ids (bank ones from their areas' files, generated ones re-created); unknown ids are left out. */
export async function loadQuestions(ids: readonly string[], bank: readonly QuestionMeta[]): Promise<Map<string, QuizQuestion>> {
  const byId = new Map(bank.map((q) => [q.id, q]));
  const areas = new Set(ids.flatMap((id) => byId.get(id)?.area ?? []));
  const loaded = (await Promise.all([...areas].map(loadArea))).flat();
  const found = new Map(loaded.map((q) => [q.id, q]));
  const out = new Map<string, QuizQuestion>();
  for (const id of ids) {
    const q = isGeneratedId(id) ? generatedQuestion(id) : found.get(id);
    if (q) out.set(id, q);
  }
  return out;
}

/** Every recorded answer (quizzes, exams, lesson checks), oldest first; empty when nothing can be read. */
export async function recordedAnswers(): Promise<AnswerFact[]> {
  const db = await database();
  let rows: unknown[] = [];
  try {
    rows = db ? await db.getAllFromIndex('answers', 'at') : (memoryRecord()?.answers ?? []);
  } catch {
    rows = [];
  }
  return rows.map(parseAnswerRow).filter((r) => r !== null).map((r) => ({ questionId: r.questionId, correct: r.correct, at: r.at, mode: r.mode }));
}

/** Records one answer; false when it could not be kept (the progress notice says why). */
export function recordAnswer(input: Omit<AnswerRow, 'id' | 'at' | 'ms'> & { ms: number; now: Date }): Promise<boolean> {
  const { now, ...rest } = input;
  const row: AnswerRow = { ...rest, id: `${input.sessionId}:${input.questionId}`, ms: Math.max(0, Math.round(input.ms)), at: now.toISOString() };
  return change(
    'answers',
    (db) => writeAnswer(db, row),
    (record) => {
      record.answers = [...record.answers.filter((a) => a.id !== row.id), row];
    },
  );
}

/** Writes a quiz or exam attempt (again when it changes). */
export function keepSession(row: SessionRow): Promise<boolean> {
  return change(
    'sessions',
    (db) => writeSession(db, row),
    (record) => {
      record.sessions = [...record.sessions.filter((s) => s.id !== row.id), row];
    },
  );
}

/** Recorded sessions of one mode, oldest first. */
export async function sessionsOf(mode: string): Promise<SessionRow[]> {
  const db = await database();
  let rows: unknown[] = [];
  try {
    rows = db ? await db.getAllFromIndex('sessions', 'startedAt') : (memoryRecord()?.sessions ?? []);
  } catch {
    rows = [];
  }
  return rows.map(parseSessionRow).filter((s): s is SessionRow => s !== null && s.mode === mode);
}

/** localStorage key of the flagged questions. */
export const FLAGS_KEY = 'rxtray:quiz:flags';

function readFlags(): Set<string> {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(FLAGS_KEY) ?? '[]');
    return new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  } catch {
    return new Set();
  }
}

/** Questions the learner flagged in practice, to come back to (custom quiz: only flagged). */
export const flagged = atom<ReadonlySet<string>>(new Set());

/** Reads the flags (call once on mount; localStorage is not there during the build). */
export const loadFlags = (): void => flagged.set(readFlags());

/** Flags or unflags a question. */
export function toggleFlag(id: string): void {
  const next = new Set(readFlags());
  if (next.has(id)) next.delete(id);
  else next.add(id);
  flagged.set(next);
  try {
    localStorage.setItem(FLAGS_KEY, JSON.stringify([...next]));
  } catch {
    // storage refused: the flag lasts for this page only
  }
}
