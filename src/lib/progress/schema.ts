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
export type LessonRecord = z.output<typeof LessonRecordSchema>;
