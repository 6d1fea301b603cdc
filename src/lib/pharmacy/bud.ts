import { addDays, dayNumber } from './dates';

/** Nonsterile preparation types in USP <795> Table 3 (aqueous means water activity aw ≥ 0.6). */
export type NonsterilePreparationType = 'aqueous' | 'nonaqueous-oral-liquid' | 'nonaqueous-other';

/** A default beyond-use date from USP <795>, as data for the reference page. */
export interface BudDefault {
  /** Preparation type. */
  type: NonsterilePreparationType;
  /** For aqueous preparations: whether the preparation contains a suitable antimicrobial preservative. */
  preserved?: boolean;
  /** Plain-language description with examples. */
  description: string;
  /** Maximum BUD in days (the day of compounding is Day 1). */
  days: number;
  /** Required storage. */
  storage: string;
}

/** Source of the defaults. */
export const USP_795_CITATION =
  'USP <795> Pharmaceutical Compounding—Nonsterile Preparations (revision official November 1, 2023), section 10.3 and Table 3';

/** USP <795> (2023) maximum BUDs without a USP–NF monograph or preparation-specific stability data. */
export const NONSTERILE_BUD_DEFAULTS: readonly BudDefault[] = [
  { type: 'aqueous', preserved: false, description: 'Aqueous dosage form (aw ≥ 0.6) without a preservative, e.g. oral suspension, cream, gel', days: 14, storage: 'Refrigerator (2–8 °C)' },
  { type: 'aqueous', preserved: true, description: 'Aqueous dosage form (aw ≥ 0.6) containing a preservative', days: 35, storage: 'Controlled room temperature or refrigerator' },
  { type: 'nonaqueous-oral-liquid', description: 'Nonaqueous oral liquid (aw < 0.6), e.g. an oil-based oral solution', days: 90, storage: 'Controlled room temperature or refrigerator' },
  { type: 'nonaqueous-other', description: 'Other nonaqueous dosage form (aw < 0.6), e.g. capsules, tablets, powders, suppositories, ointments, troches', days: 180, storage: 'Controlled room temperature or refrigerator' },
];

/** A beyond-use date for one preparation. */
export interface NonsterileBud {
  /** Days of use, counting the day of compounding as Day 1. */
  days: number;
  /** The last day of use, `YYYY-MM-DD`. */
  date: string;
  /** Required storage. */
  storage: string;
  /** Where the rule comes from. */
  citation: string;
  /** Whether the USP default or an earlier component expiration set the date. */
  limitedBy: 'usp-default' | 'component-expiration';
}

/**
 * The USP <795> default beyond-use date for a compounded nonsterile preparation. The day of
 * compounding is Day 1, so a 14-day BUD from 2024-03-01 ends 2024-03-14. The BUD never goes past the
 * earliest expiration date of any component. Throws RangeError for invalid dates or an expired component.
 */
export function nonsterileBud(input: {
  type: NonsterilePreparationType;
  preserved?: boolean;
  compoundedOn: string;
  earliestComponentExpiry?: string;
}): NonsterileBud {
  const preserved = input.type === 'aqueous' ? input.preserved === true : undefined;
  const rule = NONSTERILE_BUD_DEFAULTS.find((d) => d.type === input.type && d.preserved === preserved);
  if (rule === undefined) throw new RangeError(`"${String(input.type)}" is not a USP <795> preparation type; use aqueous, nonaqueous-oral-liquid or nonaqueous-other.`);
  const start = dayNumber(input.compoundedOn);
  // USP <795> 10.3: the day the preparation is compounded is Day 1.
  let days = rule.days;
  let limitedBy: NonsterileBud['limitedBy'] = 'usp-default';
  if (input.earliestComponentExpiry !== undefined) {
    const expiry = dayNumber(input.earliestComponentExpiry);
    if (expiry < start) throw new RangeError(`A component expired on ${input.earliestComponentExpiry}, before compounding on ${input.compoundedOn}; it cannot be used.`);
    if (expiry - start + 1 < days) {
      days = expiry - start + 1;
      limitedBy = 'component-expiration';
    }
  }
  return { days, date: addDays(input.compoundedOn.trim(), days - 1), storage: rule.storage, citation: USP_795_CITATION, limitedBy };
}
