import { z } from 'astro/zod';
import { SourceSchema } from './source';

/** Problem types a curated scenario may plant (the same list as PROBLEM_TYPES in src/lib/fill/types.ts; a unit test keeps them equal). */
export const SCENARIO_PROBLEMS = ['dea', 'missing-element', 'refills', 'expired-rx', 'postdated', 'error-prone', 'days-supply', 'allergy', 'interaction', 'duplication', 'early-refill', 'prior-auth', 'wrong-stock', 'expired-lot'] as const;

/** What a scenario practises, for coverage lists (new/refill, C-II, pediatric liquid …). */
export const SCENARIO_TOPICS = ['new', 'refill', 'transfer', 'c2', 'c3-c5', 'pediatric-liquid', 'eye-drops', 'insulin', 'inhaler', 'topical', 'reconstitution', 'phoned-in', 'e-prescription', 'written', 'faxed'] as const;

/**
 * A curated fill scenario (content/scenarios/<id>.yaml). It names a template, people and the problems to plant;
 * the build makes the scenario with the generator and checks that the engine finds exactly those problems, so
 * its answer key comes from the engine, never from the file.
 */
export const ScenarioSchema = z
  .object({
    /** Title in the scenario list. */
    title: z.string().min(5),
    /** 1 (first fills) to 3 (exam-hard). */
    difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    /** What the scenario teaches, in a sentence. */
    summary: z.string().min(10),
    /** Template id (src/lib/fill/templates.ts). */
    template: z.string().min(2),
    /** Patient id (content/fill/patients.yaml); drawn from the seed when left out. */
    patient: z.string().optional(),
    /** Prescriber id (content/fill/prescribers.yaml). */
    prescriber: z.string().optional(),
    /** How the prescription arrives. */
    medium: z.enum(['written', 'electronic', 'fax', 'oral']).optional(),
    /** New, refill or transfer. */
    kind: z.enum(['new', 'refill', 'transfer']).optional(),
    /** Problems to plant; empty for a clean fill. */
    plant: z.array(z.enum(SCENARIO_PROBLEMS)).default([]),
    /** What it practises. */
    topics: z.array(z.enum(SCENARIO_TOPICS)).min(1),
    /** The rules it rests on: CFR sections, labeling, ISMP. */
    sources: z.array(SourceSchema).min(1),
  })
  .strict();

export type CuratedScenario = z.output<typeof ScenarioSchema>;
