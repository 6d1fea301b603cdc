import { z } from 'astro/zod';
import { SourceSchema } from './source';

/** A knowledge area of the PTCE content outline, e.g. `2.6` DSCSA. */
export const KnowledgeAreaSchema = z
  .object({
    /** Outline number "domain.area", e.g. "2.6". */
    id: z.string().regex(/^\d+\.\d+$/, 'knowledge-area id must look like "2.6"'),
    /** The area as PTCB words it. */
    title: z.string().min(3),
    /** PTCB marks some areas with an asterisk: they may include calculations. */
    calculations: z.boolean().default(false),
  })
  .strict();

/** A domain of the outline with its share of the exam. */
export const DomainSchema = z
  .object({
    /** Domain number, 1–4. */
    id: z.number().int().positive(),
    /** Domain title, e.g. "Medications". */
    title: z.string().min(3),
    /** Share of exam content in percent, e.g. 35. */
    weight: z.number().positive().max(100),
    /** Knowledge areas, in outline order. */
    areas: z.array(KnowledgeAreaSchema).min(1),
  })
  .strict();

/** One edition of the PTCE content outline, kept as data so a new outline is a data change. */
export const PtceOutlineSchema = z
  .object({
    /** Short name, e.g. "2026". */
    edition: z.string(),
    /** First exam date the outline applies to. */
    effective: z.coerce.date(),
    /** Whether this is the outline candidates sit today. Exactly one edition is current. */
    current: z.boolean().default(false),
    /** Exam format. */
    format: z
      .object({
        questions: z.number().int().positive(),
        scored: z.number().int().positive(),
        unscored: z.number().int().nonnegative(),
        minutes: z.number().int().positive(),
        optionsPerQuestion: z.number().int().positive().default(4),
        scaledScore: z.object({ min: z.number(), max: z.number(), pass: z.number() }).strict(),
      })
      .strict(),
    /** What changed compared with the previous edition, in plain words. */
    changes: z.array(z.string()).default([]),
    /** Domains in outline order; weights add up to 100. */
    domains: z.array(DomainSchema).min(1),
    /** Where the outline was read. */
    sources: z.array(SourceSchema).min(1),
  })
  .strict()
  .refine((o) => Math.abs(o.domains.reduce((sum, d) => sum + d.weight, 0) - 100) < 0.001, {
    message: 'domain weights must add up to 100',
    path: ['domains'],
  })
  .refine((o) => o.format.scored + o.format.unscored === o.format.questions, {
    message: 'scored + unscored must equal questions',
    path: ['format'],
  });

export type KnowledgeArea = z.output<typeof KnowledgeAreaSchema>;
export type Domain = z.output<typeof DomainSchema>;
export type PtceOutline = z.output<typeof PtceOutlineSchema>;
