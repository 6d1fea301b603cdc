// zod's "mini" build of the same zod 4 that astro/zod re-exports: it tree-shakes, so validating progress in
// the browser costs a few KB instead of the whole library (lesson pages have a 15 KB JavaScript budget).
import * as z from 'zod/mini';

/** ISO 8601 timestamp as written by `Date.prototype.toISOString`. */
const Timestamp = z.iso.datetime();

/** A lesson the learner marked complete. */
export const LessonRecordSchema = z.object({
  /** When the learner marked it complete. */
  completedAt: Timestamp,
});

/** The lesson the learner last opened, for "continue where you left off". */
export const LastLessonSchema = z.object({
  /** Lesson id, e.g. "dispensing/data-entry". */
  id: z.string().check(z.minLength(1)),
  /** When it was opened. */
  at: Timestamp,
});

/** The learner's flashcard choices. */
export const FlashcardSettingsSchema = z.object({
  /** Decks chosen for review; empty means all decks. */
  decks: z.array(z.string()).check(z.maxLength(50)),
  /** Drug classes to limit drug cards to; empty means all classes. */
  classes: z.array(z.string()).check(z.maxLength(500)),
  /** New cards introduced per day, across all decks. */
  newPerDay: z.int().check(z.minimum(0), z.maximum(500)),
});

export type LessonRecord = z.output<typeof LessonRecordSchema>;
export type LastLesson = z.output<typeof LastLessonSchema>;
export type FlashcardSettings = z.output<typeof FlashcardSettingsSchema>;

/** Flashcard settings a fresh record starts with. */
export const DEFAULT_FLASHCARD_SETTINGS: FlashcardSettings = { decks: [], classes: [], newPerDay: 20 };

/**
 * The learner's flashcard choices in record version 3. Decks are stored as the ones turned off, so a deck
 * added in a later release is on by default and turning every deck off means none (not all, as the
 * version 2 "chosen decks, empty means all" form did).
 */
export const StudySettingsSchema = z.object({
  /** Decks turned off. */
  hiddenDecks: z.array(z.string()).check(z.maxLength(50)),
  /** Drug classes to limit drug cards to; empty means all classes. */
  classes: z.array(z.string()).check(z.maxLength(500)),
  /** New cards introduced per day, across all decks. */
  newPerDay: z.int().check(z.minimum(0), z.maximum(500)),
});
export type StudySettings = z.output<typeof StudySettingsSchema>;
// (settings.ts declares the same shape without zod, for pages that must not ship zod.)

/** Settings a fresh version 3 record starts with. */
export const DEFAULT_STUDY_SETTINGS: StudySettings = { hiddenDecks: [], classes: [], newPerDay: 20 };

export { NEW_PER_DAY_LIMITS, changeSettings, type SettingsChange } from './settings';
