import { ProgressV1Schema, LessonRecordSchema, type ProgressV1 } from './schema';

/** The progress format this build writes. */
export const PROGRESS_VERSION = 1;

/** The current progress record. */
export type Progress = ProgressV1;

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
  return { version: PROGRESS_VERSION, createdAt: at, updatedAt: at, lessons: {} };
}

/**
 * Migrations from each older version to the next one. The key is the version migrated from.
 * There is no older version yet; version 2 (flashcards, quizzes) will add `1: (v1) => v2`.
 */
const migrations: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keeps the entries of a record that pass `check`, counting the ones dropped. */
function keepValid(entries: unknown, check: (value: unknown) => boolean): { kept: Record<string, unknown>; dropped: number } {
  const kept: Record<string, unknown> = {};
  let dropped = 0;
  if (!isRecord(entries)) return { kept, dropped: entries === undefined ? 0 : 1 };
  for (const [key, value] of Object.entries(entries)) {
    if (check(value)) kept[key] = value;
    else dropped += 1;
  }
  return { kept, dropped };
}

/**
 * Reads stored progress text. Never throws: missing text starts a fresh record; corrupt, foreign
 * or newer data is returned as `backup` with a fresh record and a notice; older data is migrated;
 * a record with some unreadable entries keeps the readable ones.
 */
export function loadProgress(raw: string | null | undefined, now: Date): LoadResult {
  if (raw === null || raw === undefined || raw === '') return { progress: freshProgress(now) };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { progress: freshProgress(now), notice: { kind: 'corrupt' }, backup: raw };
  }
  if (!isRecord(data) || typeof data['version'] !== 'number' || !Number.isInteger(data['version'])) {
    return { progress: freshProgress(now), notice: { kind: 'corrupt' }, backup: raw };
  }
  const from = data['version'];
  if (from > PROGRESS_VERSION) {
    return { progress: freshProgress(now), notice: { kind: 'future-version', version: from }, backup: raw };
  }
  let record: Record<string, unknown> = data;
  for (let version = from; version < PROGRESS_VERSION; version += 1) {
    const migrate = migrations[version];
    if (!migrate) return { progress: freshProgress(now), notice: { kind: 'corrupt' }, backup: raw };
    record = migrate(record);
  }
  const parsed = ProgressV1Schema.safeParse(record);
  if (parsed.success) {
    return from < PROGRESS_VERSION
      ? { progress: parsed.data, notice: { kind: 'migrated', from }, backup: raw }
      : { progress: parsed.data };
  }
  // Salvage what can be read rather than throwing the learner's history away.
  const { kept, dropped } = keepValid(record['lessons'], (v) => LessonRecordSchema.safeParse(v).success);
  const fresh = freshProgress(now);
  const salvaged = ProgressV1Schema.safeParse({
    ...fresh,
    createdAt: typeof record['createdAt'] === 'string' ? record['createdAt'] : fresh.createdAt,
    lessons: kept,
  });
  if (salvaged.success && Object.keys(kept).length > 0) {
    return { progress: salvaged.data, notice: { kind: 'repaired', dropped: Math.max(dropped, 1) }, backup: raw };
  }
  return { progress: freshProgress(now), notice: { kind: 'corrupt' }, backup: raw };
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
export function isLessonComplete(progress: Progress, lessonId: string): boolean {
  return lessonId in progress.lessons;
}

/** How many of the given lessons are complete. */
export function completedCount(progress: Progress, lessonIds: readonly string[]): number {
  return lessonIds.filter((id) => isLessonComplete(progress, id)).length;
}
