import { z } from 'astro/zod';
import { SourceSchema } from './source';

/** Frontmatter of a lesson (MDX in content/lessons/<module>/<slug>.mdx). */
export const LessonSchema = z
  .object({
    /**
     * Stable id that recorded progress points at, "<module>/<name>" (e.g. "dispensing/data-entry"). It must not
     * change when the file is renamed or moved; today's ids equal the file paths they were created under.
     */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase "<module>/<name>", e.g. "dispensing/data-entry"'),
    /** Lesson title. */
    title: z.string().min(3),
    /** Id of the module the lesson belongs to (file name in content/modules/). */
    module: z.string().min(1),
    /** Position within the module, from 1. */
    order: z.number().int().positive(),
    /** One or two sentences shown in lists and search results. */
    summary: z.string().min(20),
    /** What the learner can do after the lesson ("Identify…", "Calculate…"). */
    objectives: z.array(z.string().min(5)).min(2),
    /** PTCE knowledge-area ids of the current outline, e.g. ["2.2", "4.3"]; checked against the outline. */
    ptceAreas: z.array(z.string().regex(/^\d+\.\d+$/)).default([]),
    /** Glossary ids (file names in content/glossary/) of the lesson's key terms. */
    keyTerms: z.array(z.string()).default([]),
    /** Estimated reading time in minutes. */
    minutes: z.number().int().positive(),
    /** References that back the lesson's facts; at least two. */
    sources: z.array(SourceSchema).min(2),
    /** When the lesson was last checked against its sources. */
    lastReviewed: z.coerce.date(),
  })
  .strict();

export type Lesson = z.output<typeof LessonSchema>;
