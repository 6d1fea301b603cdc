/**
 * The prescriptions the generator writes. Each names a real catalog drug and one of its training products
 * (content/drugs/<drug>.yaml, `products[].ndc`), with a usual sig the engine translates without warnings; a
 * unit test holds them to the catalog and the engine. Quantities aim at about a month or a course of therapy.
 */
import type { CountMethod, TemplateKind } from './types';

export interface FillTemplate {
  id: string;
  drug: string;
  /** NDC of the catalog training product to dispense. */
  ndc: string;
  kind: TemplateKind;
  /** Dosage form as the prescriber writes it. */
  dosageForm: string;
  /** A usual sig, free of error-prone abbreviations. */
  sig: string;
  /** The same sig written with an error-prone abbreviation (planted problem), when one fits. */
  errorProneSig?: string;
  quantity: number;
  quantityUnit: string;
  refills: number;
  count: CountMethod;
  /** For inhalers and insulin: actuations per inhaler, or units per mL, to turn the quantity into doses. */
  dosesPerQuantity?: number;
  /** Water for reconstitution, mL, as printed on the training product's label (fictional product). */
  waterMl?: number;
  /** For children: the patient must be a child. */
  pediatric?: boolean;
  /** Eye products go to the ophthalmologist; pediatric ones to the pediatrician. */
  practice?: 'Ophthalmology' | 'Pediatrics' | 'General dentistry';
  /** Lowest difficulty at which the generator uses it. */
  level: 1 | 2 | 3;
}

export const FILL_TEMPLATES: readonly FillTemplate[] = [
  // Tablets and capsules, counted by fives.
  { id: 'lisinopril-20', drug: 'lisinopril', ndc: '93520-526-90', kind: 'solid', dosageForm: 'tablet', sig: '1 tab po daily', errorProneSig: '1 tab po qd', quantity: 30, quantityUnit: 'tablets', refills: 5, count: 'count', level: 1 },
  { id: 'atorvastatin-20', drug: 'atorvastatin', ndc: '91012-345-09', kind: 'solid', dosageForm: 'tablet', sig: '1 tab po daily', errorProneSig: '1 tab po qd', quantity: 30, quantityUnit: 'tablets', refills: 5, count: 'count', level: 1 },
  { id: 'metformin-500', drug: 'metformin', ndc: '93410-039-10', kind: 'solid', dosageForm: 'tablet', sig: '1 tab po bid with meals', quantity: 60, quantityUnit: 'tablets', refills: 5, count: 'count', level: 1 },
  { id: 'amlodipine-5', drug: 'amlodipine', ndc: '91115-005-90', kind: 'solid', dosageForm: 'tablet', sig: '1 tab po daily', errorProneSig: '1 tab po qd', quantity: 30, quantityUnit: 'tablets', refills: 5, count: 'count', level: 1 },
  { id: 'sertraline-50', drug: 'sertraline', ndc: '94036-150-30', kind: 'solid', dosageForm: 'tablet', sig: '1 tab po daily', errorProneSig: '1 tab po qd', quantity: 30, quantityUnit: 'tablets', refills: 3, count: 'count', level: 1 },
  { id: 'fluoxetine-20', drug: 'fluoxetine', ndc: '92101-131-39', kind: 'solid', dosageForm: 'capsule', sig: '1 cap po daily', errorProneSig: '1 cap po qd', quantity: 30, quantityUnit: 'capsules', refills: 3, count: 'count', level: 1 },
  { id: 'levothyroxine-50', drug: 'levothyroxine', ndc: '9361-0019-90', kind: 'solid', dosageForm: 'tablet', sig: '1 tab po every morning', quantity: 30, quantityUnit: 'tablets', refills: 5, count: 'count', level: 1 },
  { id: 'omeprazole-20', drug: 'omeprazole', ndc: '93520-076-10', kind: 'solid', dosageForm: 'delayed-release capsule', sig: '1 cap po daily', errorProneSig: '1 cap po qd', quantity: 30, quantityUnit: 'capsules', refills: 2, count: 'count', level: 1 },
  { id: 'warfarin-5', drug: 'warfarin', ndc: '94084-150-01', kind: 'solid', dosageForm: 'tablet', sig: '1 tab po daily', errorProneSig: '1 tab po qd', quantity: 30, quantityUnit: 'tablets', refills: 2, count: 'count', level: 2 },
  { id: 'spironolactone-25', drug: 'spironolactone', ndc: '94044-125-01', kind: 'solid', dosageForm: 'tablet', sig: '1 tab po daily', errorProneSig: '1 tab po qd', quantity: 30, quantityUnit: 'tablets', refills: 5, count: 'count', level: 2 },
  { id: 'potassium-chloride-20', drug: 'potassium-chloride', ndc: '94002-201-01', kind: 'solid', dosageForm: 'extended-release tablet', sig: '1 tab po daily with meals', quantity: 30, quantityUnit: 'tablets', refills: 5, count: 'count', level: 2 },
  { id: 'simvastatin-20', drug: 'simvastatin', ndc: '94039-120-90', kind: 'solid', dosageForm: 'tablet', sig: '1 tab po at bedtime', errorProneSig: '1 tab po qhs', quantity: 30, quantityUnit: 'tablets', refills: 5, count: 'count', level: 2 },
  { id: 'amoxicillin-500', drug: 'amoxicillin', ndc: '91116-500-01', kind: 'solid', dosageForm: 'capsule', sig: '1 cap po tid x 10 days', quantity: 30, quantityUnit: 'capsules', refills: 0, count: 'count', level: 1 },
  { id: 'cephalexin-500', drug: 'cephalexin', ndc: '91163-500-01', kind: 'solid', dosageForm: 'capsule', sig: '1 cap po q12h x 10 days', quantity: 20, quantityUnit: 'capsules', refills: 0, count: 'count', level: 2 },
  { id: 'smx-tmp-ds', drug: 'sulfamethoxazole-trimethoprim', ndc: '94046-816-01', kind: 'solid', dosageForm: 'tablet', sig: '1 tab po q12h x 10 days', quantity: 20, quantityUnit: 'tablets', refills: 0, count: 'count', level: 2 },
  { id: 'clarithromycin-500', drug: 'clarithromycin', ndc: '91168-500-60', kind: 'solid', dosageForm: 'tablet', sig: '1 tab po q12h x 10 days', quantity: 20, quantityUnit: 'tablets', refills: 0, count: 'count', level: 2 },
  { id: 'ibuprofen-800', drug: 'ibuprofen', ndc: '92404-139-37', kind: 'solid', dosageForm: 'tablet', sig: '1 tab po q8h prn pain', quantity: 30, quantityUnit: 'tablets', refills: 1, count: 'count', level: 1 },
  { id: 'naproxen-500', drug: 'naproxen', ndc: '9361-0065-05', kind: 'solid', dosageForm: 'tablet', sig: '1 tab po bid with meals', quantity: 60, quantityUnit: 'tablets', refills: 1, count: 'count', level: 1 },
  { id: 'sildenafil-20', drug: 'sildenafil', ndc: '94037-120-90', kind: 'solid', dosageForm: 'tablet', sig: '1 tab po tid', quantity: 90, quantityUnit: 'tablets', refills: 2, count: 'count', level: 3 },
  // Controlled substances.
  { id: 'hydrocodone-apap-5', drug: 'hydrocodone-acetaminophen', ndc: '92202-138-91', kind: 'solid', dosageForm: 'tablet', sig: '1 tab po q6h prn pain', quantity: 20, quantityUnit: 'tablets', refills: 0, count: 'count', practice: 'General dentistry', level: 2 },
  { id: 'oxycodone-5', drug: 'oxycodone', ndc: '93520-080-01', kind: 'solid', dosageForm: 'tablet', sig: '1 tab po q6h prn pain', quantity: 20, quantityUnit: 'tablets', refills: 0, count: 'count', level: 2 },
  { id: 'methylphenidate-10', drug: 'methylphenidate', ndc: '9361-0045-01', kind: 'solid', dosageForm: 'tablet', sig: '1 tab po bid', quantity: 60, quantityUnit: 'tablets', refills: 0, count: 'count', level: 3 },
  { id: 'alprazolam-0.5', drug: 'alprazolam', ndc: '91112-005-01', kind: 'solid', dosageForm: 'tablet', sig: '1 tab po bid prn anxiety', quantity: 60, quantityUnit: 'tablets', refills: 2, count: 'count', level: 2 },
  { id: 'tramadol-50', drug: 'tramadol', ndc: '94066-150-01', kind: 'solid', dosageForm: 'tablet', sig: '1 tab po q6h prn pain', quantity: 30, quantityUnit: 'tablets', refills: 1, count: 'count', level: 2 },
  { id: 'zolpidem-5', drug: 'zolpidem', ndc: '94086-105-01', kind: 'solid', dosageForm: 'tablet', sig: '1 tab po at bedtime', errorProneSig: '1 tab po hs', quantity: 30, quantityUnit: 'tablets', refills: 2, count: 'count', level: 2 },
  { id: 'apap-codeine-300-30', drug: 'acetaminophen-codeine', ndc: '91102-301-01', kind: 'solid', dosageForm: 'tablet', sig: '1 tab po q6h prn pain', quantity: 20, quantityUnit: 'tablets', refills: 1, count: 'count', practice: 'General dentistry', level: 2 },
  { id: 'pregabalin-75', drug: 'pregabalin', ndc: '94010-175-60', kind: 'solid', dosageForm: 'capsule', sig: '1 cap po bid', quantity: 60, quantityUnit: 'capsules', refills: 5, count: 'count', level: 2 },
  { id: 'promethazine-codeine', drug: 'promethazine-codeine', ndc: '94014-610-11', kind: 'liquid', dosageForm: 'oral solution', sig: '5 mL po q6h prn cough', quantity: 118, quantityUnit: 'mL', refills: 0, count: 'package', level: 3 },
  // Liquids, many for children.
  { id: 'amoxicillin-susp-400', drug: 'amoxicillin', ndc: '91116-405-10', kind: 'reconstitute', dosageForm: 'powder for oral suspension', sig: '5 mL po bid x 10 days', quantity: 100, quantityUnit: 'mL', refills: 0, count: 'reconstitute', waterMl: 62, pediatric: true, practice: 'Pediatrics', level: 2 },
  { id: 'cefdinir-susp-250', drug: 'cefdinir', ndc: '91158-255-10', kind: 'reconstitute', dosageForm: 'powder for oral suspension', sig: '5 mL po daily x 10 days', quantity: 100, quantityUnit: 'mL', refills: 0, count: 'reconstitute', waterMl: 63, pediatric: true, practice: 'Pediatrics', level: 2 },
  { id: 'cetirizine-soln', drug: 'cetirizine', ndc: '91164-505-12', kind: 'liquid', dosageForm: 'oral solution', sig: '5 mL po daily', quantity: 120, quantityUnit: 'mL', refills: 2, count: 'package', pediatric: true, practice: 'Pediatrics', level: 1 },
  { id: 'ibuprofen-susp', drug: 'ibuprofen', ndc: '92202-143-51', kind: 'liquid', dosageForm: 'oral suspension', sig: '10 mL po q6h prn pain', quantity: 120, quantityUnit: 'mL', refills: 0, count: 'package', pediatric: true, practice: 'Pediatrics', level: 2 },
  { id: 'prednisolone-soln', drug: 'prednisolone', ndc: '94008-215-24', kind: 'liquid', dosageForm: 'oral solution', sig: '5 mL po daily x 5 days', quantity: 25, quantityUnit: 'mL', refills: 0, count: 'measure', pediatric: true, practice: 'Pediatrics', level: 2 },
  // Eye drops.
  { id: 'latanoprost', drug: 'latanoprost', ndc: '93520-014-25', kind: 'drops', dosageForm: 'ophthalmic solution', sig: '1 drop in each eye at bedtime', errorProneSig: '1 drop ou qhs', quantity: 2.5, quantityUnit: 'mL', refills: 5, count: 'package', practice: 'Ophthalmology', level: 2 },
  { id: 'timolol-0.5', drug: 'timolol', ndc: '94108-050-10', kind: 'drops', dosageForm: 'ophthalmic solution', sig: '1 drop in each eye bid', errorProneSig: '1 drop ou bid', quantity: 10, quantityUnit: 'mL', refills: 5, count: 'package', practice: 'Ophthalmology', level: 2 },
  { id: 'moxifloxacin-eye', drug: 'moxifloxacin', ndc: '93410-559-03', kind: 'drops', dosageForm: 'ophthalmic solution', sig: '1 drop in the right eye tid x 7 days', errorProneSig: '1 drop od tid x 7 days', quantity: 3, quantityUnit: 'mL', refills: 0, count: 'package', practice: 'Ophthalmology', level: 2 },
  // Inhalers.
  { id: 'albuterol-hfa', drug: 'albuterol', ndc: '91107-090-20', kind: 'inhaler', dosageForm: 'inhalation aerosol', sig: '2 puffs inh q4-6h prn wheezing', quantity: 1, quantityUnit: 'inhaler', refills: 1, count: 'package', dosesPerQuantity: 200, level: 2 },
  { id: 'budesonide-formoterol', drug: 'budesonide-formoterol', ndc: '91142-160-12', kind: 'inhaler', dosageForm: 'inhalation aerosol', sig: 'inhale 2 puffs bid', quantity: 1, quantityUnit: 'inhaler', refills: 5, count: 'package', dosesPerQuantity: 120, level: 3 },
  // Insulin (quantity in mL of 100 units/mL).
  { id: 'insulin-glargine-pens', drug: 'insulin-glargine', ndc: '92404-142-45', kind: 'insulin', dosageForm: 'prefilled pen', sig: 'inject 50 units subcut at bedtime', errorProneSig: 'inject 50 u subcut at bedtime', quantity: 15, quantityUnit: 'mL', refills: 5, count: 'package', dosesPerQuantity: 100, level: 3 },
  { id: 'insulin-lispro-vial', drug: 'insulin-lispro', ndc: '92303-149-87', kind: 'insulin', dosageForm: 'multiple-dose vial', sig: 'inject 10 units subcut tid with meals', errorProneSig: 'inject 10 u subcut tid with meals', quantity: 10, quantityUnit: 'mL', refills: 5, count: 'package', dosesPerQuantity: 100, level: 3 },
  // Topicals: the days' supply is the course written.
  { id: 'triamcinolone-cream', drug: 'triamcinolone', ndc: '94069-101-80', kind: 'topical', dosageForm: 'topical cream', sig: 'apply to affected area bid x 14 days', quantity: 80, quantityUnit: 'g', refills: 1, count: 'package', level: 2 },
  { id: 'mupirocin-ointment', drug: 'mupirocin', ndc: '93520-060-22', kind: 'topical', dosageForm: 'ointment', sig: 'apply to affected area tid x 10 days', quantity: 22, quantityUnit: 'g', refills: 0, count: 'package', level: 2 },
];
