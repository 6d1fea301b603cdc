import { emptyFlashcardState, type FlashcardState } from '../flashcards/state';
import { validateFlashcardState } from '../flashcards/validate';
import {
  DEFAULT_FLASHCARD_SETTINGS,
  FlashcardSettingsSchema,
  LastLessonSchema,
  LessonRecordSchema,
  type FlashcardSettings,
  type LessonRecord,
} from './schema';

/** The progress format this build writes. */
export const PROGRESS_VERSION = 2;

/** The learner's progress record (version 2), kept in localStorage as JSON. */
export interface Progress {
  version: typeof PROGRESS_VERSION;
  /** When this record was started (ISO). */
  createdAt: string;
  /** When it last changed (ISO). */
  updatedAt: string;
  /** Completed lessons by lesson id. */
  lessons: Record<string, LessonRecord>;
  /** The lesson last opened, for "continue where you left off". */
  lastLesson?: { id: string; at: string };
  /** Flashcard scheduling state and review log (since version 2). */
  flashcards: FlashcardState;
  /** Flashcard deck choices (since version 2). */
  flashcardSettings: FlashcardSettings;
}

/** Why loading did not simply return the stored record; the UI turns this into a message. */
export type LoadNotice =
  /** Stored text was not JSON or not a progress record: kept aside, fresh record started. */
  | { kind: 'corrupt' }
  /** Written by a newer RxTray: kept aside untouched, fresh record started. */
  | { kind: 'future-version'; version: number }
  /** Some entries were unreadable and were dropped; the rest was kept. */
  | { kind: 'repaired'; dropped: number }
  /** An older format was upgraded. */
  | { kind: 'migrated'; from: number };

/** What `loadProgress` returns: always a usable record, plus what to tell the learner and what to keep aside. */
export interface LoadResult {
  progress: Progress;
  notice?: LoadNotice;
  /** The original stored text, to be saved under a backup key before anything overwrites it. */
  backup?: string;
}

/** A fresh, empty record started at `now`. */
export function freshProgress(now: Date): Progress {
  const at = now.toISOString();
  return {
    version: PROGRESS_VERSION,
    createdAt: at,
    updatedAt: at,
    lessons: {},
    flashcards: emptyFlashcardState(),
    flashcardSettings: { ...DEFAULT_FLASHCARD_SETTINGS },
  };
}

type Json = Record<string, unknown>;

/** Migrations from each older version to the next one; the key is the version migrated from. */
const migrations: Record<number, (old: Json) => Json> = {
  // Version 2 added flashcards; a version 1 record had none.
  1: (old) => ({ ...old, version: 2, flashcards: emptyFlashcardState(), flashcardSettings: { ...DEFAULT_FLASHCARD_SETTINGS } }),
};

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isTimestamp = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value)) && value.includes('T');

/** Reads a current-version record field by field, keeping what is valid and counting what is not. */
function readCurrent(record: Json, now: Date): { progress: Progress; dropped: number; readable: boolean } {
  const fresh = freshProgress(now);
  let dropped = 0;
  const lessons: Record<string, LessonRecord> = {};
  if (isRecord(record['lessons'])) {
    for (const [id, value] of Object.entries(record['lessons'])) {
      const parsed = LessonRecordSchema.safeParse(value);
      if (parsed.success && id !== '__proto__') lessons[id] = parsed.data;
      else dropped += 1;
    }
  } else if (record['lessons'] !== undefined) dropped += 1;

  const lastLesson = LastLessonSchema.safeParse(record['lastLesson']);
  if (record['lastLesson'] !== undefined && !lastLesson.success) dropped += 1;
  const cards = validateFlashcardState(record['flashcards'] ?? emptyFlashcardState(), now);
  dropped += cards.dropped;
  const settings = FlashcardSettingsSchema.safeParse(record['flashcardSettings']);
  if (record['flashcardSettings'] !== undefined && !settings.success) dropped += 1;
  for (const key of ['createdAt', 'updatedAt']) if (record[key] !== undefined && !isTimestamp(record[key])) dropped += 1;

  const progress: Progress = {
    ...fresh,
    createdAt: isTimestamp(record['createdAt']) ? record['createdAt'] : fresh.createdAt,
    updatedAt: isTimestamp(record['updatedAt']) ? record['updatedAt'] : fresh.updatedAt,
    lessons,
    flashcards: cards.state,
    flashcardSettings: settings.success ? settings.data : fresh.flashcardSettings,
  };
  if (lastLesson.success) progress.lastLesson = lastLesson.data;
  const readable =
    Object.keys(lessons).length > 0 || Object.keys(cards.state.cards).length > 0 || cards.state.log.length > 0 || lastLesson.success || settings.success;
  return { progress, dropped, readable };
}

/**
 * Reads stored progress text. Never throws: missing text starts a fresh record; corrupt, foreign
 * or newer data is returned as `backup` with a fresh record and a notice; older data is migrated;
 * a record with some unreadable entries keeps the readable ones.
 */
export function loadProgress(raw: string | null | undefined, now: Date): LoadResult {
  if (raw === null || raw === undefined || raw === '') return { progress: freshProgress(now) };
  const corrupt = (): LoadResult => ({ progress: freshProgress(now), notice: { kind: 'corrupt' }, backup: raw });
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return corrupt();
  }
  if (!isRecord(data) || typeof data['version'] !== 'number' || !Number.isInteger(data['version'])) return corrupt();
  const from = data['version'];
  if (from > PROGRESS_VERSION) {
    return { progress: freshProgress(now), notice: { kind: 'future-version', version: from }, backup: raw };
  }
  let record: Json = data;
  for (let version = from; version < PROGRESS_VERSION; version += 1) {
    const migrate = migrations[version];
    if (!migrate) return corrupt();
    record = migrate(record);
  }
  const { progress, dropped, readable } = readCurrent(record, now);
  if (dropped > 0) return readable ? { progress, notice: { kind: 'repaired', dropped }, backup: raw } : corrupt();
  return from < PROGRESS_VERSION ? { progress, notice: { kind: 'migrated', from }, backup: raw } : { progress };
}

/** Marks a lesson complete (keeping the first completion time). */
export function markLessonComplete(progress: Progress, lessonId: string, now: Date): Progress {
  if (progress.lessons[lessonId]) return progress;
  const at = now.toISOString();
  return { ...progress, updatedAt: at, lessons: { ...progress.lessons, [lessonId]: { completedAt: at } } };
}

/** Marks a lesson not complete again. */
export function markLessonIncomplete(progress: Progress, lessonId: string, now: Date): Progress {
  if (!progress.lessons[lessonId]) return progress;
  const { [lessonId]: _removed, ...lessons } = progress.lessons;
  return { ...progress, updatedAt: now.toISOString(), lessons };
}

/** Remembers the lesson the learner opened last. */
export function recordLessonVisit(progress: Progress, lessonId: string, now: Date): Progress {
  const at = now.toISOString();
  return { ...progress, updatedAt: at, lastLesson: { id: lessonId, at } };
}

/** Whether a lesson is complete. */
export function isLessonComplete(progress: Pick<Progress, 'lessons'>, lessonId: string): boolean {
  return lessonId in progress.lessons;
}

/** How many of the given lessons are complete. */
export function completedCount(progress: Pick<Progress, 'lessons'>, lessonIds: readonly string[]): number {
  return lessonIds.filter((id) => isLessonComplete(progress, id)).length;
}

/** Replaces the flashcard state (after a rating or an undo). */
export function withFlashcards(progress: Progress, flashcards: FlashcardState, now: Date): Progress {
  return { ...progress, updatedAt: now.toISOString(), flashcards };
}

/** Changes flashcard settings, keeping them within their limits. */
export function withFlashcardSettings(progress: Progress, settings: Partial<FlashcardSettings>, now: Date): Progress {
  const merged = FlashcardSettingsSchema.safeParse({ ...progress.flashcardSettings, ...settings });
  if (!merged.success) return progress;
  return { ...progress, updatedAt: now.toISOString(), flashcardSettings: merged.data };
}
