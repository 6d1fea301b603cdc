/**
 * The learning record, version 3: every study activity as rows (one per lesson, card, review, answer,
 * session…), kept in IndexedDB by `src/stores/db.ts`. This module is pure: it defines the rows, reads them
 * back defensively (a corrupt row is skipped and counted, never fatal), converts a version 2 record into rows,
 * and builds the small snapshot that stays in localStorage for first paint.
 */
import { parseCardState, parseReviewEntry } from '../flashcards/validate';
import type { CardState } from '../flashcards/card-state';
import type { ReviewRating } from '../flashcards/state';
import type { Progress } from './model';
import { DECK_IDS } from '../flashcards/cards';
import type { LastLesson } from './schema';
import type { StudySettings } from './settings';

/** Settings a fresh record starts with (the same values as `DEFAULT_STUDY_SETTINGS` in schema.ts). */
const DEFAULT_SETTINGS: StudySettings = { hiddenDecks: [], classes: [], newPerDay: 20 };

/** The record format this build writes. */
export const RECORD_VERSION = 3;

/** A completed lesson. */
export interface LessonRow {
  /** Lesson id (frontmatter `id`), e.g. "dispensing/data-entry". */
  id: string;
  completedAt: string;
}

/** A card's FSRS state, one row per card. */
export interface CardRow extends CardState {
  /** Card id, e.g. "brand-generic:atorvastatin". */
  id: string;
}

/** One flashcard review, kept for good. */
export interface ReviewRow {
  /** Stable id: `r:<reviewedAt>:<cardId>`, so re-importing a file never duplicates a review. */
  id: string;
  cardId: string;
  rating: ReviewRating;
  reviewedAt: string;
  /** The card's state before this review (null when it was new), so undo can put it back. */
  previous: CardState | null;
  /** The study session it belongs to, when known. */
  sessionId?: string;
}

/** One answered question (quizzes, exams, drills, lesson checks). */
export interface AnswerRow {
  id: string;
  questionId: string;
  choice: string;
  correct: boolean;
  /** Time taken, in milliseconds. */
  ms: number;
  mode: string;
  sessionId: string;
  at: string;
}

/** One attempt at a quiz, exam, drill, fill or flashcard session. */
export interface SessionRow {
  id: string;
  mode: string;
  startedAt: string;
  endedAt?: string;
  /** Item ids in order. */
  items: string[];
  score?: number;
  /** What the session needs to resume (engine state), JSON-safe. */
  state?: unknown;
}

/** Free-form rows for features still to come (fill and drill details). */
export interface DetailRow {
  id: string;
  at: string;
  [key: string]: unknown;
}

/** Settings and other single values of the record. */
export interface RecordMeta {
  version: number;
  createdAt: string;
  /** Format of the localStorage record this one was migrated from, if any. */
  migratedFrom?: number;
  settings: StudySettings;
  lastLesson?: LastLesson;
}

/** Every row store of the record. */
export const ROW_STORES = ['lessons', 'cards', 'reviews', 'answers', 'sessions', 'fills', 'drills'] as const;
export type RowStore = (typeof ROW_STORES)[number];

/** The whole record in memory (for export, import, migration and tests). */
export interface RecordData {
  meta: RecordMeta;
  lessons: LessonRow[];
  cards: CardRow[];
  reviews: ReviewRow[];
  answers: AnswerRow[];
  sessions: SessionRow[];
  fills: DetailRow[];
  drills: DetailRow[];
}

/** How many rows of each kind; also what a backup or an import preview says it holds. */
export type RecordCounts = Record<RowStore, number>;

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 200 && value !== '__proto__';
const isTime = (value: unknown): value is string => typeof value === 'string' && value.includes('T') && Number.isFinite(Date.parse(value));

/** A fresh, empty record started at `now`. */
export function emptyRecord(now: Date): RecordData {
  return {
    meta: { version: RECORD_VERSION, createdAt: now.toISOString(), settings: { ...DEFAULT_SETTINGS } },
    lessons: [],
    cards: [],
    reviews: [],
    answers: [],
    sessions: [],
    fills: [],
    drills: [],
  };
}

/** The id a review gets: the same review always gets the same id. */
export const reviewId = (cardId: string, reviewedAt: string): string => `r:${reviewedAt}:${cardId}`;

/** Reads one stored lesson row, or null. */
export function parseLessonRow(value: unknown): LessonRow | null {
  if (!isRecord(value) || !isId(value['id']) || !isTime(value['completedAt'])) return null;
  return { id: value['id'], completedAt: value['completedAt'] };
}

/** Reads one stored card row, or null (see `parseCardState`: only states the scheduler accepts at `now`). */
export function parseCardRow(value: unknown, now: Date): CardRow | null {
  if (!isRecord(value) || !isId(value['id'])) return null;
  const state = parseCardState(value, now);
  return state ? { id: value['id'], ...state } : null;
}

/** Reads one stored review row, or null. */
export function parseReviewRow(value: unknown, now: Date): ReviewRow | null {
  if (!isRecord(value) || !isId(value['id'])) return null;
  const entry = parseReviewEntry(value, now);
  if (!entry) return null;
  const row: ReviewRow = { id: value['id'], ...entry };
  if (isId(value['sessionId'])) row.sessionId = value['sessionId'];
  return row;
}

/** Reads one stored answer row, or null. */
export function parseAnswerRow(value: unknown): AnswerRow | null {
  if (!isRecord(value)) return null;
  const { id, questionId, choice, correct, ms, mode, sessionId, at } = value;
  if (!isId(id) || !isId(questionId) || typeof choice !== 'string' || typeof correct !== 'boolean') return null;
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0 || typeof mode !== 'string' || !isId(sessionId) || !isTime(at)) return null;
  return { id, questionId, choice, correct, ms, mode, sessionId, at };
}

/** Reads one stored session row, or null. */
export function parseSessionRow(value: unknown): SessionRow | null {
  if (!isRecord(value)) return null;
  const { id, mode, startedAt, endedAt, items, score, state } = value;
  if (!isId(id) || typeof mode !== 'string' || !isTime(startedAt)) return null;
  if (!Array.isArray(items) || !items.every(isId)) return null;
  if (endedAt !== undefined && !isTime(endedAt)) return null;
  if (score !== undefined && (typeof score !== 'number' || !Number.isFinite(score))) return null;
  const row: SessionRow = { id, mode, startedAt, items: [...items] };
  if (endedAt !== undefined) row.endedAt = endedAt;
  if (score !== undefined) row.score = score;
  if (state !== undefined) row.state = state;
  return row;
}

/** Reads one fill or drill row, or null. */
export function parseDetailRow(value: unknown): DetailRow | null {
  if (!isRecord(value) || !isId(value['id']) || !isTime(value['at'])) return null;
  return { ...value, id: value['id'], at: value['at'] };
}

const isTextList = (value: unknown, max: number): value is string[] => Array.isArray(value) && value.length <= max && value.every((v) => typeof v === 'string');

/**
 * Reads stored study settings, or null. Written by hand rather than with the zod schema in schema.ts (which it
 * matches, see its test) so that every page can read the record without shipping zod.
 */
export function parseStudySettings(value: unknown): StudySettings | null {
  if (!isRecord(value)) return null;
  const { hiddenDecks, classes, newPerDay } = value;
  if (!isTextList(hiddenDecks, 50) || !isTextList(classes, 500)) return null;
  if (typeof newPerDay !== 'number' || !Number.isInteger(newPerDay) || newPerDay < 0 || newPerDay > 500) return null;
  return { hiddenDecks: [...hiddenDecks], classes: [...classes], newPerDay };
}

/** Reads the stored last lesson, or null. */
export function parseLastLesson(value: unknown): LastLesson | null {
  if (!isRecord(value) || typeof value['id'] !== 'string' || value['id'] === '' || !isTime(value['at'])) return null;
  return { id: value['id'], at: value['at'] };
}

/** Reads the stored meta value; anything unreadable falls back to defaults and is counted. */
export function parseMeta(value: unknown, now: Date): { meta: RecordMeta; dropped: number } {
  const fresh = emptyRecord(now).meta;
  if (!isRecord(value)) return { meta: fresh, dropped: value === undefined ? 0 : 1 };
  let dropped = 0;
  const settings = parseStudySettings(value['settings']);
  if (value['settings'] !== undefined && !settings) dropped += 1;
  const last = parseLastLesson(value['lastLesson']);
  if (value['lastLesson'] !== undefined && !last) dropped += 1;
  const meta: RecordMeta = {
    version: typeof value['version'] === 'number' ? value['version'] : RECORD_VERSION,
    createdAt: isTime(value['createdAt']) ? value['createdAt'] : fresh.createdAt,
    settings: settings ?? fresh.settings,
  };
  if (typeof value['migratedFrom'] === 'number') meta.migratedFrom = value['migratedFrom'];
  if (last) meta.lastLesson = last;
  return { meta, dropped };
}

/** Parses raw rows of every store, keeping what is valid and counting what is not. */
export function parseRecord(raw: { meta: unknown } & Record<RowStore, readonly unknown[]>, now: Date): { data: RecordData; dropped: number } {
  const { meta, dropped: metaDropped } = parseMeta(raw.meta, now);
  let dropped = metaDropped;
  const keep = <T extends { id: string }>(rows: readonly unknown[], parse: (value: unknown) => T | null): T[] => {
    const out: T[] = [];
    const seen = new Set<string>();
    for (const value of rows) {
      const row = parse(value);
      if (row && !seen.has(row.id)) {
        seen.add(row.id);
        out.push(row);
      } else dropped += 1;
    }
    return out;
  };
  const data: RecordData = {
    meta,
    lessons: keep(raw.lessons, parseLessonRow),
    cards: keep(raw.cards, (v) => parseCardRow(v, now)),
    reviews: keep(raw.reviews, (v) => parseReviewRow(v, now)).sort(byTime('reviewedAt')),
    answers: keep(raw.answers, parseAnswerRow),
    sessions: keep(raw.sessions, parseSessionRow),
    fills: keep(raw.fills, parseDetailRow),
    drills: keep(raw.drills, parseDetailRow),
  };
  return { data, dropped };
}

const byTime =
  <K extends string>(key: K) =>
  (a: Record<K, string>, b: Record<K, string>): number =>
    a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0;

/** Row counts of a record. */
export function countRows(data: RecordData): RecordCounts {
  return Object.fromEntries(ROW_STORES.map((store) => [store, data[store].length])) as RecordCounts;
}

/** Converts a (validated) version 2 progress record into version 3 rows, losing nothing. */
export function fromV2(progress: Progress, migratedFrom: number): RecordData {
  const data = emptyRecord(new Date(progress.createdAt));
  data.meta.migratedFrom = migratedFrom;
  const { decks, classes, newPerDay } = progress.flashcardSettings;
  // Version 2 listed the chosen decks (empty meant all); version 3 lists the ones turned off.
  data.meta.settings = { hiddenDecks: decks.length ? DECK_IDS.filter((id) => !decks.includes(id)) : [], classes: [...classes], newPerDay };
  if (progress.lastLesson) data.meta.lastLesson = { ...progress.lastLesson };
  data.lessons = Object.entries(progress.lessons).map(([id, lesson]) => ({ id, completedAt: lesson.completedAt }));
  data.cards = Object.entries(progress.flashcards.cards).map(([id, state]) => ({ id, ...state }));
  const seen = new Set<string>();
  for (const entry of progress.flashcards.log) {
    const id = reviewId(entry.cardId, entry.reviewedAt);
    if (seen.has(id)) continue;
    seen.add(id);
    data.reviews.push({ id, ...entry });
  }
  return data;
}

/**
 * Whether what was read back after a migration holds every row that was written, unchanged. The original
 * localStorage record is removed only when this is true.
 */
export function sameRecord(expected: RecordData, actual: RecordData): boolean {
  const key = (rows: readonly { id: string }[]) => JSON.stringify([...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
  if (JSON.stringify(expected.meta.settings) !== JSON.stringify(actual.meta.settings)) return false;
  if (JSON.stringify(expected.meta.lastLesson) !== JSON.stringify(actual.meta.lastLesson)) return false;
  return ROW_STORES.every((store) => key(expected[store]) === key(actual[store]));
}

/** The part of the record every page needs at first paint, kept in localStorage (a cache of IndexedDB). */
export interface Snapshot {
  version: typeof RECORD_VERSION;
  createdAt: string;
  /** Completed lessons by id. */
  lessons: Record<string, { completedAt: string }>;
  lastLesson?: LastLesson;
  settings: StudySettings;
}

/** The snapshot of a record. */
export function snapshotOf(meta: RecordMeta, lessons: readonly LessonRow[]): Snapshot {
  const snapshot: Snapshot = {
    version: RECORD_VERSION,
    createdAt: meta.createdAt,
    lessons: Object.fromEntries(lessons.map((l) => [l.id, { completedAt: l.completedAt }])),
    settings: meta.settings,
  };
  if (meta.lastLesson) snapshot.lastLesson = meta.lastLesson;
  return snapshot;
}

/** Reads a cached snapshot; anything unreadable gives null (the cache is rebuilt from IndexedDB). */
export function parseSnapshot(raw: string | null, now: Date): Snapshot | null {
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(value) || value['version'] !== RECORD_VERSION || !isRecord(value['lessons'])) return null;
  const lessons = Object.entries(value['lessons']).map(([id, v]) => parseLessonRow({ id, ...(isRecord(v) ? v : {}) }));
  if (lessons.some((l) => l === null)) return null;
  const { meta, dropped } = parseMeta(value, now);
  if (dropped > 0 || !isTime(value['createdAt'])) return null;
  return snapshotOf(meta, lessons as LessonRow[]);
}
