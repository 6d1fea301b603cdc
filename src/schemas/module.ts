import { z } from 'astro/zod';

/** A study module: a chapter of lessons on one duty or exam topic. */
export const ModuleSchema = z
  .object({
    /** Module title, e.g. "Dispensing". */
    title: z.string().min(3),
    /** Position in the module grid, from 1. */
    order: z.number().int().positive(),
    /** One or two sentences for the module card. */
    summary: z.string().min(20),
    /** Whether the topic is on the current PTCE outline. */
    onExam: z.boolean().default(true),
    /** Said plainly where a topic is role knowledge but not on the exam. */
    examNote: z.string().optional(),
    /** PTCE knowledge-area ids (current outline) the module covers, e.g. ["2.2", "4.3"]. */
    ptceAreas: z.array(z.string().regex(/^\d+\.\d+$/)).default([]),
  })
  .strict();

export type Module = z.output<typeof ModuleSchema>;
