import { z } from 'astro/zod';

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
  id: z.string().min(1),
  /** When it was opened. */
  at: Timestamp,
});

/** Version 1 of the learner's progress record, kept in localStorage. */
export const ProgressV1Schema = z.object({
  /** Format version; bumped with a migration whenever the shape changes. */
  version: z.literal(1),
  /** When this record was started. */
  createdAt: Timestamp,
  /** When it last changed. */
  updatedAt: Timestamp,
  /** Completed lessons by lesson id. */
  lessons: z.record(z.string(), LessonRecordSchema),
  /** The lesson last opened. */
  lastLesson: LastLessonSchema.optional(),
});

export type ProgressV1 = z.output<typeof ProgressV1Schema>;

/** The learner's flashcard choices. */
export const FlashcardSettingsSchema = z.object({
  /** Decks chosen for review; empty means all decks. */
  decks: z.array(z.string()).max(50),
  /** Drug classes to limit drug cards to; empty means all classes. */
  classes: z.array(z.string()).max(500),
  /** New cards introduced per day, across all decks. */
  newPerDay: z.number().int().min(0).max(500),
});

/** Flashcard settings a fresh record starts with. */
export const DEFAULT_FLASHCARD_SETTINGS: FlashcardSettings = { decks: [], classes: [], newPerDay: 20 };

export type FlashcardSettings = z.output<typeof FlashcardSettingsSchema>;
export type LessonRecord = z.output<typeof LessonRecordSchema>;
