/** An NCPDP Dispense As Written (DAW) / product selection code. */
export interface DawCode {
  /** The code, 0–9. */
  code: number;
  /** Official meaning. */
  meaning: string;
  /** When a technician uses it, in plain language. */
  whenToUse: string;
  /** Source. */
  source: string;
}

const NCPDP_DAW = 'NCPDP Telecommunication Standard D.0, field 408-D8 Dispense As Written (DAW)/Product Selection Code';

/** DAW codes 0–9. */
export const DAW_CODES: readonly DawCode[] = [
  { code: 0, meaning: 'No product selection indicated', whenToUse: 'A generic is dispensed, or the drug is a single-source brand with no generic; substitution is not an issue.', source: NCPDP_DAW },
  { code: 1, meaning: 'Substitution not allowed by prescriber', whenToUse: 'The prescriber marked "dispense as written" / "brand medically necessary" as state law requires, so the brand is dispensed.', source: NCPDP_DAW },
  { code: 2, meaning: 'Substitution allowed – patient requested product dispensed', whenToUse: 'Generic substitution was allowed but the patient asked for the brand; the patient usually pays the difference.', source: NCPDP_DAW },
  { code: 3, meaning: 'Substitution allowed – pharmacist selected product dispensed', whenToUse: 'Substitution was allowed and the pharmacist chose to dispense the brand.', source: NCPDP_DAW },
  { code: 4, meaning: 'Substitution allowed – generic drug not in stock', whenToUse: 'Substitution was allowed but the pharmacy has no generic in stock, so the brand is dispensed.', source: NCPDP_DAW },
  { code: 5, meaning: 'Substitution allowed – brand drug dispensed as a generic', whenToUse: 'The pharmacy dispenses the brand but bills it at the generic price (for example, it stocks the brand as its generic).', source: NCPDP_DAW },
  { code: 6, meaning: 'Override', whenToUse: 'Used only when a payer instructs the pharmacy to use it.', source: NCPDP_DAW },
  { code: 7, meaning: 'Substitution not allowed – brand drug mandated by law', whenToUse: 'State or federal law requires the brand (for example some narrow-therapeutic-index drugs in some states).', source: NCPDP_DAW },
  { code: 8, meaning: 'Substitution allowed – generic drug not available in marketplace', whenToUse: 'A generic exists on paper but cannot be obtained (for example, a manufacturer shortage).', source: NCPDP_DAW },
  { code: 9, meaning: 'Substitution allowed by prescriber but plan requests brand', whenToUse: "The patient's plan prefers the brand product (older versions of the standard called this code \"Other\").", source: NCPDP_DAW },
];

/** Looks up a DAW code by number; undefined for anything but 0–9. */
export function dawCode(code: number): DawCode | undefined {
  return DAW_CODES.find((d) => d.code === code);
}
