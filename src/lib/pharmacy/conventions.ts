/** What a convention governs, so the reference page can group them. */
export type ConventionTopic = 'mass' | 'volume' | 'household' | 'drops' | 'rounding' | 'dates';

/** One conversion factor or rounding rule, worded for the reference page. */
export interface ConventionEntry {
  /** Stable identifier, e.g. `kg-lb`. */
  id: string;
  /** Which group the entry belongs to. */
  topic: ConventionTopic;
  /** The rule as a learner would say it, e.g. "1 kg = 2.2 lb". */
  statement: string;
  /** Caveats: options the engine accepts, other values learners will meet. */
  note?: string;
  /** Where the value comes from. */
  source: string;
}

const CFR_101_9 = '21 CFR 101.9(b)(5)(viii) (FDA household measures)';
const PTCE_PRACTICE = 'Common pharmacy-calculation convention (PTCE study references)';

/** The conventions worded for the reference page (kept apart from CONVENTIONS so calculators in the browser do not ship the text). */
export const CONVENTION_ENTRIES: readonly ConventionEntry[] = [
    { id: 'kg-lb', topic: 'mass', statement: '1 kg = 2.2 lb', note: 'The exact value is 2.20462 lb; pharmacy exams use 2.2.', source: PTCE_PRACTICE },
    { id: 'metric-mass', topic: 'mass', statement: '1 kg = 1000 g; 1 g = 1000 mg; 1 mg = 1000 mcg', source: 'SI prefixes' },
    { id: 'grain', topic: 'mass', statement: '1 grain (gr) = 65 mg', note: 'Option grainMg: 64.8 (exact 64.79891 mg). Some references, and older labels such as nitroglycerin gr 1/150 = 0.4 mg, use 60 mg.', source: PTCE_PRACTICE },
    { id: 'metric-volume', topic: 'volume', statement: '1 L = 1000 mL', source: 'SI prefixes' },
    { id: 'tsp', topic: 'household', statement: '1 teaspoon (tsp) = 5 mL', source: CFR_101_9 },
    { id: 'tbsp', topic: 'household', statement: '1 tablespoon (tbsp) = 15 mL = 3 tsp', source: CFR_101_9 },
    { id: 'fl-oz', topic: 'household', statement: '1 fluid ounce (fl oz) = 30 mL = 2 tbsp', note: 'Option flOzMl: 29.57 (exact 29.5735 mL). Cup, pint, quart and gallon follow the fl oz value you choose.', source: CFR_101_9 },
    { id: 'cup', topic: 'household', statement: '1 cup = 8 fl oz = 240 mL', source: CFR_101_9 },
    { id: 'pint', topic: 'household', statement: '1 pint = 16 fl oz = 480 mL', note: 'The exact US pint is 473 mL; manufacturers label "pint" bottles as 473 mL.', source: PTCE_PRACTICE },
    { id: 'quart', topic: 'household', statement: '1 quart = 2 pints = 32 fl oz = 960 mL', source: PTCE_PRACTICE },
    { id: 'gallon', topic: 'household', statement: '1 gallon = 4 quarts = 128 fl oz = 3840 mL', source: PTCE_PRACTICE },
    { id: 'drops', topic: 'drops', statement: '20 drops = 1 mL unless the product states otherwise', note: 'A calibrated USP medicine dropper delivers about 20 drops of water per mL; ophthalmic products vary (often 15–20 per mL), so use the labelled drop size when you have it.', source: 'USP <1101> Medicine Dropper' },
    { id: 'days-supply', topic: 'rounding', statement: "Days' supply is rounded down to whole days", note: 'A partial day at the end is not a full day of therapy; payers reject claims that overstate days supply.', source: PTCE_PRACTICE },
    { id: 'quantity', topic: 'rounding', statement: 'Quantity to dispense is rounded up to whole units', note: 'Rounding up makes sure the patient does not run out before the last day.', source: PTCE_PRACTICE },
    { id: 'dose-range', topic: 'rounding', statement: 'For a range (q4-6h, 1-2 tablets) doses per day uses the most frequent interval', note: "Days' supply is calculated from the maximum daily dose the prescription allows.", source: PTCE_PRACTICE },
    { id: 'float', topic: 'rounding', statement: 'Results are cleaned to 12 significant figures', note: 'This only removes computer rounding noise (0.1 + 0.2 gives 0.3, not 0.30000000000000004); the engine does not round doses, rates or drops per minute to clinical precision.', source: 'RxTray engine' },
    { id: 'ivdrip', topic: 'rounding', statement: 'IV drops per minute are returned unrounded', note: 'Round to a whole drop when setting a gravity drip; the learner decides.', source: 'RxTray engine' },
    { id: 'month', topic: 'dates', statement: 'A sig duration of 1 month counts as 30 days (1 week = 7 days)', note: "Used when a sig says \"x 1 mo\"; payers usually treat a month's supply as 30 days.", source: PTCE_PRACTICE },
  { id: 'bud-day-1', topic: 'dates', statement: 'For nonsterile compounded preparations, the day of compounding is Day 1', note: 'A 14-day BUD for a preparation compounded on March 1 ends on March 14.', source: 'USP <795> (2023) section 10.3' },
    { id: 'six-months', topic: 'dates', statement: 'Six months after issue means the same calendar day six months later (or the last day of a shorter month)', source: '21 CFR 1306.22(a)' },
];

/**
 * Every conversion factor and rounding rule the pharmacy engine uses. The numbers here are the
 * ones the code reads, so the reference page and the calculators can never disagree.
 */
export const CONVENTIONS = {
  /** Pounds in one kilogram (exact value 2.20462; the exam uses 2.2). */
  lbPerKg: 2.2,
  /** Millilitres in one teaspoon. */
  tspMl: 5,
  /** Millilitres in one tablespoon. */
  tbspMl: 15,
  /** Millilitres in one fluid ounce (default). */
  flOzMl: 30,
  /** Millilitres in one US fluid ounce, exact to two decimals (option `flOzMl`). */
  flOzMlExact: 29.57,
  /** Fluid ounces in one cup. */
  cupFlOz: 8,
  /** Fluid ounces in one pint. */
  pintFlOz: 16,
  /** Fluid ounces in one quart. */
  quartFlOz: 32,
  /** Fluid ounces in one gallon. */
  gallonFlOz: 128,
  /** Milligrams in one grain (default). */
  grainMg: 65,
  /** Milligrams in one grain, exact to one decimal (option `grainMg`). */
  grainMgExact: 64.8,
  /** Milligrams in one grain in some older apothecary references. */
  grainMgApothecary: 60,
  /** Drops in one millilitre when the product does not state its own drop size. */
  dropsPerMl: 20,
  /** Days counted for a one-month sig duration. */
  daysPerMonth: 30,
  /** Significant figures kept when removing floating-point noise from results. */
  significantFigures: 12,
} as const;
