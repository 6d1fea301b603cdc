import { z } from 'astro/zod';
import { SourceSchema } from './source';

/** Federal DEA schedules a prescription drug can carry (21 CFR 1308); C-I has no accepted medical use. */
export const ScheduleSchema = z.enum(['C-II', 'C-III', 'C-IV', 'C-V']).nullable();

/** A brand name; a plain string is a current brand. */
export const BrandSchema = z.union([
  z.string().min(1).transform((name) => ({ name, discontinued: false })),
  z
    .object({
      /** The brand name as marketed in the US. */
      name: z.string().min(1),
      /** True for a brand no longer marketed in the US that students still meet. */
      discontinued: z.boolean().default(false),
    })
    .strict(),
]);

/** A dosage form with its common strengths. */
export const DosageFormSchema = z
  .object({
    /** e.g. "tablet", "extended-release tablet", "oral suspension", "solution for injection". */
    form: z.string().min(2),
    /** Common strengths as labelled, e.g. ["10 mg", "20 mg"] or ["250 mg/5 mL"]. */
    strengths: z.array(z.string().min(1)).min(1),
  })
  .strict();

/** A training product for exercises (fill simulator shelf, NDC checks). Never a real product code. */
export const TrainingProductSchema = z
  .object({
    /** Strength as on the label, e.g. "20 mg". */
    strength: z.string().min(1),
    /** Dosage form, e.g. "tablet". */
    form: z.string().min(2),
    /** Package size as on the label, e.g. "90 tablets" or "100 mL". */
    package: z.string().min(1),
    /** Fictional NDC in a valid hyphenated 10-digit layout (4-4-2, 5-3-2 or 5-4-1). */
    ndc: z.string().regex(/^(\d{4}-\d{4}-\d{2}|\d{5}-\d{3}-\d{2}|\d{5}-\d{4}-\d)$/, 'ndc must be a hyphenated 10-digit NDC'),
    /** Fictional manufacturer. */
    manufacturer: z.string().min(2),
    /** Lot number. */
    lot: z.string().min(2),
    /** Expiry as YYYY-MM. */
    expiry: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expiry must be YYYY-MM'),
  })
  .strict();

/** A drug in the catalog (content/drugs/<generic-slug>.yaml). */
export const DrugSchema = z
  .object({
    /** Lower-case USAN generic name; combinations joined with "/", e.g. "acetaminophen/codeine". */
    generic: z.string().regex(/^[a-z0-9][a-z0-9 ,./()-]*$/, 'generic must be lower case'),
    /** US brand names, current and well-known discontinued ones. */
    brands: z.array(BrandSchema).default([]),
    /** Therapeutic (or pharmacologic) class, e.g. "HMG-CoA reductase inhibitor (statin)". */
    class: z.string().min(3),
    /** Federal DEA schedule, or null when not federally controlled. */
    schedule: ScheduleSchema,
    /** Main indications. */
    indications: z.array(z.string().min(2)).min(1),
    /** Dosage forms and common strengths. */
    forms: z.array(DosageFormSchema).min(1),
    /** Usual routes, e.g. ["oral"]. */
    routes: z.array(z.string().min(2)).min(1),
    /** Key side effects. */
    sideEffects: z.array(z.string().min(2)).default([]),
    /** Major interactions, each a short phrase with the consequence. */
    interactions: z.array(z.string().min(2)).default([]),
    /** Storage requirements beyond controlled room temperature, e.g. "Refrigerate 2–8 °C; do not freeze". */
    storage: z.array(z.string().min(2)).default([]),
    /** Look-alike/sound-alike partners: generic slugs of other catalog drugs (ISMP list). */
    lasa: z.array(z.string()).default([]),
    /** Tall Man lettering of the generic where FDA or ISMP lists it, e.g. "hydrOXYzine". */
    tallMan: z.string().optional(),
    /** Regulatory and labeling facts that are not storage: sales limits, recent label changes, exemptions. */
    notes: z.array(z.string().min(2)).default([]),
    /** Common auxiliary labels. */
    auxLabels: z.array(z.string().min(2)).default([]),
    /** Topic of an FDA boxed warning, if the drug has one. */
    boxedWarning: z.string().optional(),
    /** Name of a REMS program, if one applies. */
    rems: z.string().optional(),
    /** Narrow therapeutic index. */
    nti: z.boolean().default(false),
    /** On ISMP's list of high-alert medications (community/ambulatory or acute care). */
    highAlert: z.boolean().default(false),
    /** Fictional products for exercises. */
    products: z.array(TrainingProductSchema).default([]),
    /** Labeling (DailyMed / FDA), DEA schedules, ISMP lists. */
    sources: z.array(SourceSchema).min(1),
  })
  .strict();

export type Drug = z.output<typeof DrugSchema>;
export type DrugInput = z.input<typeof DrugSchema>;
export type TrainingProduct = z.output<typeof TrainingProductSchema>;
