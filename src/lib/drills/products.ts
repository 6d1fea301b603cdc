/**
 * Real strengths and package sizes the drills draw from. Each `strength` is written exactly as in the drug's
 * catalog file (content/drugs/<drug>.yaml, `forms[].strengths`), and a unit test holds the two together, so a
 * drill never invents a product that does not exist.
 */

/** An oral liquid: `amount` mg (or units, mEq) in `volumeMl` mL. */
export interface LiquidProduct {
  drug: string;
  name: string;
  strength: string;
  amount: number;
  amountUnit: 'mg' | 'mcg' | 'mEq';
  volumeMl: number;
  /** Bottle sizes the pharmacy stocks, mL. */
  bottles: readonly number[];
}

export const LIQUIDS: readonly LiquidProduct[] = [
  { drug: 'amoxicillin', name: 'amoxicillin oral suspension', strength: '250 mg/5 mL', amount: 250, amountUnit: 'mg', volumeMl: 5, bottles: [80, 100, 150] },
  { drug: 'amoxicillin', name: 'amoxicillin oral suspension', strength: '400 mg/5 mL', amount: 400, amountUnit: 'mg', volumeMl: 5, bottles: [50, 75, 100] },
  { drug: 'cephalexin', name: 'cephalexin oral suspension', strength: '250 mg/5 mL', amount: 250, amountUnit: 'mg', volumeMl: 5, bottles: [100, 200] },
  { drug: 'azithromycin', name: 'azithromycin oral suspension', strength: '200 mg/5 mL', amount: 200, amountUnit: 'mg', volumeMl: 5, bottles: [15, 22.5, 30] },
  { drug: 'cefdinir', name: 'cefdinir oral suspension', strength: '250 mg/5 mL', amount: 250, amountUnit: 'mg', volumeMl: 5, bottles: [60, 100] },
  { drug: 'ibuprofen', name: 'ibuprofen oral suspension', strength: '100 mg/5 mL', amount: 100, amountUnit: 'mg', volumeMl: 5, bottles: [120] },
  { drug: 'prednisolone', name: 'prednisolone oral solution', strength: '15 mg/5 mL', amount: 15, amountUnit: 'mg', volumeMl: 5, bottles: [240, 480] },
  { drug: 'ondansetron', name: 'ondansetron oral solution', strength: '4 mg/5 mL', amount: 4, amountUnit: 'mg', volumeMl: 5, bottles: [50] },
  { drug: 'cetirizine', name: 'cetirizine oral solution', strength: '5 mg/5 mL', amount: 5, amountUnit: 'mg', volumeMl: 5, bottles: [120, 480] },
  { drug: 'potassium-chloride', name: 'potassium chloride oral solution', strength: '20 mEq/15 mL', amount: 20, amountUnit: 'mEq', volumeMl: 15, bottles: [473] },
];

/** Tablets and capsules with their common package counts. */
export interface SolidProduct {
  drug: string;
  name: string;
  strength: string;
  mg: number;
  form: 'tablet' | 'capsule';
}

export const SOLIDS: readonly SolidProduct[] = [
  { drug: 'lisinopril', name: 'lisinopril', strength: '10 mg', mg: 10, form: 'tablet' },
  { drug: 'metformin', name: 'metformin', strength: '500 mg', mg: 500, form: 'tablet' },
  { drug: 'amoxicillin', name: 'amoxicillin', strength: '500 mg', mg: 500, form: 'capsule' },
  { drug: 'prednisone', name: 'prednisone', strength: '10 mg', mg: 10, form: 'tablet' },
  { drug: 'gabapentin', name: 'gabapentin', strength: '300 mg', mg: 300, form: 'capsule' },
  { drug: 'atorvastatin', name: 'atorvastatin', strength: '20 mg', mg: 20, form: 'tablet' },
  { drug: 'ibuprofen', name: 'ibuprofen', strength: '800 mg', mg: 800, form: 'tablet' },
  { drug: 'cephalexin', name: 'cephalexin', strength: '500 mg', mg: 500, form: 'capsule' },
];

/** The as-needed tablet the PRN days'-supply problems use (labeled maximum 8 tablets a day). */
export const PRN_SOLID: SolidProduct = {
  drug: 'hydrocodone-acetaminophen',
  name: 'hydrocodone/acetaminophen',
  strength: '5 mg/325 mg',
  mg: 5,
  form: 'tablet',
};

/** Injectable solutions for dose-volume and amount problems. */
export interface InjectableProduct {
  drug: string;
  name: string;
  strength: string;
  amount: number;
  amountUnit: 'mg' | 'units';
  volumeMl: number;
}

export const INJECTABLES: readonly InjectableProduct[] = [
  { drug: 'heparin', name: 'heparin injection', strength: '5,000 units/mL', amount: 5000, amountUnit: 'units', volumeMl: 1 },
  { drug: 'heparin', name: 'heparin injection', strength: '1,000 units/mL', amount: 1000, amountUnit: 'units', volumeMl: 1 },
  { drug: 'ondansetron', name: 'ondansetron injection', strength: '2 mg/mL', amount: 2, amountUnit: 'mg', volumeMl: 1 },
  { drug: 'gentamicin', name: 'gentamicin injection', strength: '40 mg/mL', amount: 40, amountUnit: 'mg', volumeMl: 1 },
  { drug: 'triamcinolone', name: 'triamcinolone acetonide injectable suspension', strength: '40 mg/mL', amount: 40, amountUnit: 'mg', volumeMl: 1 },
];

/** Insulins: 100 units/mL in a 10 mL vial or 3 mL pens. */
export interface InsulinProduct {
  drug: string;
  name: string;
  /** The catalog strength string of the package. */
  strength: string;
  package: 'vial' | 'pen';
  /** mL in one vial or pen. */
  volumeMl: number;
  unitsPerMl: number;
}

export const INSULINS: readonly InsulinProduct[] = [
  { drug: 'insulin-glargine', name: 'insulin glargine 100 units/mL', strength: '10 mL multiple-dose vial', package: 'vial', volumeMl: 10, unitsPerMl: 100 },
  { drug: 'insulin-glargine', name: 'insulin glargine 100 units/mL', strength: '3 mL prefilled pen', package: 'pen', volumeMl: 3, unitsPerMl: 100 },
  { drug: 'insulin-lispro', name: 'insulin lispro 100 units/mL', strength: '10 mL multiple-dose vial', package: 'vial', volumeMl: 10, unitsPerMl: 100 },
  { drug: 'insulin-lispro', name: 'insulin lispro 100 units/mL (KwikPen)', strength: '3 mL prefilled pen (KwikPen)', package: 'pen', volumeMl: 3, unitsPerMl: 100 },
  { drug: 'insulin-aspart', name: 'insulin aspart 100 units/mL (FlexPen)', strength: '3 mL prefilled pen (FlexPen/FlexTouch)', package: 'pen', volumeMl: 3, unitsPerMl: 100 },
];

/** Eye and ear drops with their bottle sizes. */
export interface DropProduct {
  drug: string;
  name: string;
  strength: string;
  bottles: readonly number[];
  site: 'eye' | 'ear';
}

export const DROPS: readonly DropProduct[] = [
  { drug: 'latanoprost', name: 'latanoprost ophthalmic solution', strength: '0.005% (50 mcg/mL)', bottles: [2.5], site: 'eye' },
  { drug: 'gentamicin', name: 'gentamicin ophthalmic solution', strength: '0.3%', bottles: [5], site: 'eye' },
  { drug: 'prednisolone', name: 'prednisolone acetate ophthalmic suspension', strength: '1%', bottles: [5, 10], site: 'eye' },
];

/** Inhalers with the number of actuations a canister holds (from the labeled package). */
export interface InhalerProduct {
  drug: string;
  name: string;
  strength: string;
  actuations: number;
}

export const INHALERS: readonly InhalerProduct[] = [
  { drug: 'albuterol', name: 'albuterol inhalation aerosol', strength: '90 mcg/actuation', actuations: 200 },
  { drug: 'budesonide-formoterol', name: 'budesonide/formoterol inhalation aerosol', strength: '160 mcg/4.5 mcg per actuation', actuations: 120 },
  { drug: 'fluticasone', name: 'fluticasone propionate nasal spray', strength: '50 mcg/spray', actuations: 120 },
];

/** Topical products in tubes (grams). */
export interface TopicalProduct {
  drug: string;
  name: string;
  strength: string;
  tubesG: readonly number[];
}

export const TOPICALS: readonly TopicalProduct[] = [
  { drug: 'triamcinolone', name: 'triamcinolone acetonide cream', strength: '0.1%', tubesG: [15, 30, 80] },
  { drug: 'mupirocin', name: 'mupirocin ointment', strength: '2%', tubesG: [22] },
  { drug: 'hydrocortisone', name: 'hydrocortisone cream', strength: '1%', tubesG: [28, 30] },
];
