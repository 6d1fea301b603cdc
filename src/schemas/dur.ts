import { z } from 'astro/zod';
import { SourceSchema } from './source';

/** A catalog drug id: the file name of content/drugs/<id>.yaml. */
const DrugId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a drug id is the file name of content/drugs/<id>.yaml');

/** A catalog line that backs a DUR entry: the drug and the exact text of one of its `interactions`. */
export const CatalogEvidenceSchema = z
  .object({
    /** The catalog drug whose `interactions` list states it. */
    drug: DrugId,
    /** The line of that drug's `interactions`, word for word. */
    text: z.string().min(5),
  })
  .strict();

/** An allergy group (content/dur/allergy-groups.yaml): drugs a patient allergic to one of them must not get without review. */
export const AllergyGroupSchema = z
  .object({
    /** Stable id, e.g. "penicillins". */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** Name as a profile shows it, e.g. "Penicillins". */
    name: z.string().min(3),
    /** Catalog drugs in the group. */
    members: z.array(DrugId).min(1),
    /** Other groups with a known cross-sensitivity, and what labeling says about it. */
    crossSensitivity: z
      .array(z.object({ group: z.string().regex(/^[a-z0-9-]+$/), note: z.string().min(10) }).strict())
      .default([]),
    /** What labeling says, in a sentence. */
    note: z.string().min(10),
    /** Labeling (DailyMed) or FDA sources. */
    sources: z.array(SourceSchema).min(1),
  })
  .strict();

/** Severity of a drug–drug interaction, as DUR screens grade it. */
export const InteractionSeveritySchema = z.enum(['contraindicated', 'major', 'moderate']);

/** A drug–drug interaction pair (content/dur/interactions.yaml): every drug of `drugs` with every drug of `with`. */
export const InteractionSchema = z
  .object({
    /** Stable id, e.g. "warfarin-nsaids". */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** One side of the pair. */
    drugs: z.array(DrugId).min(1),
    /** The other side. */
    with: z.array(DrugId).min(1),
    /** How serious it is. */
    severity: InteractionSeveritySchema,
    /** The reason, in plain words ("additive bleeding risk"). */
    reason: z.string().min(10),
    /** The catalog's own interaction text this pair rests on. */
    evidence: CatalogEvidenceSchema,
    /** Labeling (DailyMed) or FDA sources. */
    sources: z.array(SourceSchema).min(1),
  })
  .strict();

/** A therapeutic-duplication class (content/dur/duplication-classes.yaml): two members at once need review. */
export const DuplicationClassSchema = z
  .object({
    /** Stable id, e.g. "ssri". */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** Class name, e.g. "Selective serotonin reuptake inhibitors (SSRIs)". */
    name: z.string().min(3),
    /** A word every member's catalog `class` contains (case-insensitive), so the class matches the catalog. */
    classKeyword: z.string().min(2),
    /** Catalog drugs in the class. */
    members: z.array(DrugId).min(2),
    /** Labeling or FDA sources for the class. */
    sources: z.array(SourceSchema).min(1),
  })
  .strict();

export type AllergyGroup = z.output<typeof AllergyGroupSchema>;
export type Interaction = z.output<typeof InteractionSchema>;
export type InteractionSeverity = z.output<typeof InteractionSeveritySchema>;
export type DuplicationClass = z.output<typeof DuplicationClassSchema>;
