import { z } from 'astro/zod';
import { SourceSchema } from './source';

/** Engine functions a question may call for its numbers (see src/lib/questions/compute.ts). */
export const COMPUTE_FUNCTIONS = [
  'daysSupply',
  'quantityToDispense',
  'convert',
  'cToF',
  'fToC',
  'doseVolume',
  'amountInVolume',
  'dilution',
  'percentStrength',
  'ratioStrengthToPercent',
  'percentToRatioStrength',
  'ivRateMlPerHour',
  'infusionHours',
  'ivDropsPerMinute',
  'weightBasedDose',
  'bsaMosteller',
  'toRoman',
  'fromRoman',
  'to12h',
  'to24h',
  'addDays',
  'addMonths',
  'daysBetween',
  // Helpers beside the engine (src/lib/questions/compute.ts): arithmetic on given data and engine results,
  // rounding up, and text forms of engine results.
  'sum',
  'difference',
  'product',
  'quotient',
  'ceil',
  'max',
  'min',
  'ndc11',
  'nonsterileBudDate',
  'nonsterileBudDays',
  'storageExcursionOf',
  'monthDay',
  'hoursMinutes',
] as const;

/**
 * A number (or text) the pharmacy engine computes for a question, used in its text as `{name}`.
 * `args` are the function's arguments in order, e.g. `[{ form: drops, volumeMl: 10, dropsPerDose: 1, dosesPerDay: 4 }]`
 * for daysSupply or `[2, "tsp", "mL"]` for convert. An argument may itself be a call, `{ fn, args }`, evaluated first:
 * `[{ unitsPerDose: { fn: convert, args: [2, tsp, mL] }, dosesPerDay: 3, days: 7 }]` for quantityToDispense.
 */
export const ComputedValueSchema = z
  .object({
    /** Engine function to call. */
    fn: z.enum(COMPUTE_FUNCTIONS),
    /** Its arguments, in order. */
    args: z.array(z.unknown()).min(1),
    /** Decimal places to round a numeric result to (half up); default: as computed, up to 4 places. */
    round: z.number().int().min(0).max(4).optional(),
    /** Round down to this many decimal places instead (e.g. days' supply, whole doses). */
    floor: z.number().int().min(0).max(4).optional(),
    /** Multiply the result first (e.g. 100 to show a fraction as a percent); applied before rounding. */
    times: z.number().optional(),
  })
  .strict();

/** Letters of the four options, in authored order; answers are recorded by these ids, never by display position. */
export const OPTION_IDS = ['a', 'b', 'c', 'd'] as const;
export type OptionId = (typeof OPTION_IDS)[number];

/** One answer option with why it is right or wrong. */
export const OptionSchema = z
  .object({
    /** Option text as shown. */
    text: z.string().min(1),
    /** Why this option is right (for the key) or wrong (for a distractor): one or two sentences. */
    why: z.string().min(10),
  })
  .strict();

/** One single-best-answer question of the bank, like the PTCE: four options, one key. */
export const QuestionSchema = z
  .object({
    /** Stable id that recorded answers point at; never reused or renamed without an alias. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase letters, digits and hyphens, e.g. "q11-brand-lisinopril"'),
    /** Knowledge-area id of the current outline ("1.1" … "4.4"); the domain is its first number. */
    area: z.string().regex(/^\d+\.\d+$/, 'a knowledge-area id such as "2.3"'),
    /** Id of the lesson that teaches it ("<module>/<name>", the lesson's frontmatter id). */
    lesson: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'a lesson id such as "regulatory/controlled-substances"'),
    /** 1 recall, 2 application, 3 analysis or multi-step. */
    difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    /** The question stem; may use `{name}` placeholders of `values`. */
    stem: z.string().min(15),
    /** Exactly four options in authored order a, b, c, d. */
    options: z.array(OptionSchema).length(4, 'exactly four options'),
    /** Letter of the single best answer. */
    answer: z.enum(OPTION_IDS),
    /** Why the key is right, in a few sentences (shown after answering, with each option's why). */
    explanation: z.string().min(20),
    /** Catalog ids (content/drugs/<id>.yaml) of every drug the question names. */
    drugs: z.array(z.string()).default([]),
    /** Numbers computed by the pharmacy engine, used as `{name}` in stem, options and explanations. */
    values: z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/), ComputedValueSchema).default({}),
    /** At least one primary source (eCFR, DEA, FDA/DailyMed, USP, ISMP, PTCB, labeling). */
    sources: z.array(SourceSchema).min(1),
    /** When a reader last checked it against its sources. */
    lastReviewed: z.coerce.date(),
  })
  .strict();

/** A file of content/questions/: a list of questions (usually one knowledge area or one lesson). */
export const QuestionFileSchema = z
  .object({
    questions: z.array(QuestionSchema).min(1),
  })
  .strict();

export type Question = z.output<typeof QuestionSchema>;
export type QuestionFile = z.output<typeof QuestionFileSchema>;
export type ComputedValue = z.output<typeof ComputedValueSchema>;
