import { z } from 'astro/zod';

/** A reference that backs a fact: FDA, DEA / CFR, USP, ISMP, PTCB, an open textbook, product labeling. */
export const SourceSchema = z
  .object({
    /** What the reference is called, e.g. "21 CFR 1306.05 — Manner of issuance of prescriptions". */
    title: z.string().min(3),
    /** Where to read it, when it is online. */
    url: z.url().optional(),
    /** A printed citation when there is no URL (book, section, edition). */
    citation: z.string().optional(),
  })
  .strict();

export type Source = z.output<typeof SourceSchema>;
