import { z } from 'astro/zod';

/** A glossary term; the file name (kebab-case) is its id. */
export const GlossaryTermSchema = z
  .object({
    /** The term as written, e.g. "Days' supply". */
    term: z.string().min(1),
    /** Other spellings or abbreviations, e.g. ["DS"]. */
    aka: z.array(z.string()).default([]),
    /** A definition a student can learn from, one to three sentences. */
    definition: z.string().min(20),
    /** Ids of related glossary terms. */
    related: z.array(z.string()).default([]),
  })
  .strict();

export type GlossaryTerm = z.output<typeof GlossaryTermSchema>;
