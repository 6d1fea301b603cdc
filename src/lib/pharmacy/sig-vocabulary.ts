import { ERROR_PRONE, type ErrorProneAbbreviation } from './error-prone';

/** Which part of a sig an abbreviation fills. */
export type SigCategory = 'frequency' | 'route' | 'form' | 'timing' | 'site' | 'other';

/** One abbreviation of the sig language, as the reference page and flashcards show it. */
export interface SigAbbreviation {
  /** The abbreviation as usually written (lower case, no periods). */
  abbr: string;
  /** What it means, in plain English. */
  meaning: string;
  /** Which part of a sig it belongs to. */
  category: SigCategory;
  /** The Latin (or other) origin, when there is one. */
  latin?: string;
  /** Doses per day it implies (frequency and some timing entries). */
  dosesPerDay?: number;
  /** Present when the abbreviation is on the Joint Commission or ISMP list. */
  errorProne?: ErrorProneAbbreviation;
  /** Other spellings the parser accepts, lower case without periods (abbreviations, flagged like `abbr`). */
  variants?: readonly string[];
  /** Plain-English phrases with the same meaning that the parser accepts without a warning. */
  phrases?: readonly string[];
  /** The words printed on a patient label when different from `meaning`. */
  label?: string;
  /** Plural label, for dosage forms and units. */
  plural?: string;
  /** The verb a label starts with for this route or form ("Take", "Apply", "Instill" …). */
  verb?: string;
  /** True when the abbreviation is only listed for reference and the sig parser does not read it. */
  referenceOnly?: boolean;
}

const E = ERROR_PRONE;

/** Indication abbreviations seen after "prn" ("prn sob"); the parser spells them out. */
export const SIG_INDICATIONS: readonly { abbr: string; meaning: string }[] = [
  { abbr: 'sob', meaning: 'shortness of breath' },
  { abbr: 'n/v', meaning: 'nausea and vomiting' },
  { abbr: 'ha', meaning: 'headache' },
  { abbr: 'cp', meaning: 'chest pain' },
  { abbr: 'bp', meaning: 'blood pressure' },
  { abbr: 'uti', meaning: 'urinary tract infection' },
];

/** The sig vocabulary: frequencies, routes, dosage forms, timing, sites and other terms. */
export const SIG_VOCABULARY: readonly SigAbbreviation[] = [
  // Frequency
  { abbr: 'qd', meaning: 'every day (once daily)', category: 'frequency', latin: 'quaque die', dosesPerDay: 1, label: 'once daily', errorProne: E.qd },
  { abbr: 'daily', meaning: 'once a day', category: 'frequency', dosesPerDay: 1, label: 'once daily', phrases: ['once daily', 'once a day', 'every day', 'qday', 'q day', 'one time daily', '1 time daily', 'once'] },
  { abbr: 'q1d', meaning: 'daily', category: 'frequency', dosesPerDay: 1, label: 'once daily', errorProne: E.q1d },
  { abbr: 'bid', meaning: 'twice a day', category: 'frequency', latin: 'bis in die', dosesPerDay: 2, label: 'twice daily', phrases: ['twice daily', 'twice a day', '2 times daily', '2 times a day', 'two times daily', 'two times a day'] },
  { abbr: 'tid', meaning: 'three times a day', category: 'frequency', latin: 'ter in die', dosesPerDay: 3, label: 'three times daily', phrases: ['three times daily', 'three times a day', '3 times daily', '3 times a day'] },
  { abbr: 'qid', meaning: 'four times a day', category: 'frequency', latin: 'quater in die', dosesPerDay: 4, label: 'four times daily', phrases: ['four times daily', 'four times a day', '4 times daily', '4 times a day'] },
  { abbr: 'qod', meaning: 'every other day', category: 'frequency', latin: 'quaque altera die', dosesPerDay: 0.5, errorProne: E.qod },
  { abbr: 'every other day', meaning: 'every other day', category: 'frequency', dosesPerDay: 0.5 },
  { abbr: 'qh', meaning: 'every hour', category: 'frequency', latin: 'quaque hora', dosesPerDay: 24, variants: ['q1h'], phrases: ['every hour'] },
  { abbr: 'q2h', meaning: 'every 2 hours', category: 'frequency', dosesPerDay: 12 },
  { abbr: 'q3h', meaning: 'every 3 hours', category: 'frequency', dosesPerDay: 8 },
  { abbr: 'q4h', meaning: 'every 4 hours', category: 'frequency', dosesPerDay: 6 },
  { abbr: 'q4-6h', meaning: 'every 4 to 6 hours', category: 'frequency', dosesPerDay: 6 },
  { abbr: 'q6h', meaning: 'every 6 hours', category: 'frequency', dosesPerDay: 4 },
  { abbr: 'q8h', meaning: 'every 8 hours', category: 'frequency', dosesPerDay: 3 },
  { abbr: 'q12h', meaning: 'every 12 hours', category: 'frequency', dosesPerDay: 2 },
  { abbr: 'q24h', meaning: 'every 24 hours', category: 'frequency', dosesPerDay: 1 },
  { abbr: 'qam', meaning: 'every morning', category: 'frequency', latin: 'quaque ante meridiem', dosesPerDay: 1, phrases: ['every morning', 'each morning'] },
  { abbr: 'qpm', meaning: 'every evening', category: 'frequency', latin: 'quaque post meridiem', dosesPerDay: 1, phrases: ['every evening', 'each evening'] },
  { abbr: 'qhs', meaning: 'every night at bedtime', category: 'frequency', latin: 'quaque hora somni', dosesPerDay: 1, label: 'at bedtime', errorProne: E.qhs },
  { abbr: 'qn', meaning: 'every night', category: 'frequency', latin: 'quaque nocte', dosesPerDay: 1, label: 'nightly', errorProne: E.qn },
  { abbr: 'nightly', meaning: 'every night', category: 'frequency', dosesPerDay: 1, phrases: ['every night', 'each night'] },
  { abbr: 'tiw', meaning: 'three times a week', category: 'frequency', dosesPerDay: 3 / 7, errorProne: E.tiw },
  { abbr: 'biw', meaning: 'twice a week', category: 'frequency', dosesPerDay: 2 / 7, phrases: ['twice a week', 'twice weekly', '2 times a week', '2 times weekly'] },
  { abbr: 'qw', meaning: 'once a week', category: 'frequency', dosesPerDay: 1 / 7, variants: ['qwk', 'q1w', 'q wk', 'q week'], phrases: ['once a week', 'once weekly', 'weekly', 'every week'] },
  { abbr: '3 times weekly', meaning: 'three times a week', category: 'frequency', dosesPerDay: 3 / 7, phrases: ['three times a week', '3 times a week', 'three times weekly'] },
  // Timing
  { abbr: 'hs', meaning: 'at bedtime', category: 'timing', latin: 'hora somni', dosesPerDay: 1, errorProne: E.hs },
  { abbr: 'bedtime', meaning: 'at bedtime', category: 'timing', dosesPerDay: 1, phrases: ['at bedtime', 'before bed', 'at night'] },
  { abbr: 'bt', meaning: 'bedtime', category: 'timing', dosesPerDay: 1, label: 'at bedtime', errorProne: E.bt },
  { abbr: 'ac', meaning: 'before meals', category: 'timing', latin: 'ante cibum', dosesPerDay: 3, phrases: ['before meals', 'before each meal'] },
  { abbr: 'pc', meaning: 'after meals', category: 'timing', latin: 'post cibum', dosesPerDay: 3, phrases: ['after meals', 'after each meal'] },
  { abbr: 'with meals', meaning: 'with meals', category: 'timing', dosesPerDay: 3, phrases: ['with each meal'] },
  { abbr: 'cc', meaning: 'with food (cum cibo) — but see the cc warning', category: 'timing', latin: 'cum cibo', referenceOnly: true },
  { abbr: 'with food', meaning: 'with food', category: 'timing', phrases: ['with a meal', 'with meal'] },
  { abbr: 'am', meaning: 'in the morning', category: 'timing', latin: 'ante meridiem', dosesPerDay: 1, phrases: ['in the morning'] },
  { abbr: 'pm', meaning: 'in the evening', category: 'timing', latin: 'post meridiem', dosesPerDay: 1, phrases: ['in the evening'] },
  { abbr: 'noc', meaning: 'at night', category: 'timing', latin: 'nocte', dosesPerDay: 1, variants: ['noct'] },
  { abbr: 'wa', meaning: 'while awake', category: 'timing', variants: ['w/a'], phrases: ['while awake'] },
  { abbr: 'stat', meaning: 'immediately', category: 'timing', latin: 'statim', label: 'now', phrases: ['immediately', 'right away'] },
  { abbr: 'prn', meaning: 'as needed', category: 'timing', latin: 'pro re nata', phrases: ['as needed', 'if needed', 'when needed'] },
  { abbr: 'ad lib', meaning: 'freely, as much as desired', category: 'timing', latin: 'ad libitum', variants: ['adlib'] },
  { abbr: 'ud', meaning: 'as directed', category: 'timing', latin: 'ut dictum', errorProne: E.ud, variants: ['ut dict'] },
  { abbr: 'as directed', meaning: 'as directed', category: 'timing', phrases: ['as instructed'] },
  // Route
  { abbr: 'po', meaning: 'by mouth', category: 'route', latin: 'per os', verb: 'Take', phrases: ['by mouth', 'orally', 'oral'] },
  { abbr: 'per os', meaning: 'by mouth', category: 'route', verb: 'Take', errorProne: E.perOs },
  { abbr: 'pr', meaning: 'rectally', category: 'route', latin: 'per rectum', verb: 'Insert', variants: ['rect'], phrases: ['rectally', 'per rectum'] },
  { abbr: 'pv', meaning: 'vaginally', category: 'route', latin: 'per vaginam', verb: 'Insert', variants: ['vag'], phrases: ['vaginally'] },
  { abbr: 'sl', meaning: 'under the tongue (sublingual)', category: 'route', label: 'under the tongue', verb: 'Place', phrases: ['under the tongue', 'sublingually'] },
  { abbr: 'bucc', meaning: 'between the cheek and gum (buccal)', category: 'route', label: 'between the cheek and gum', verb: 'Place', phrases: ['buccally'] },
  { abbr: 'top', meaning: 'on the skin (topical)', category: 'route', label: 'topically', verb: 'Apply', phrases: ['topically'] },
  { abbr: 'td', meaning: 'through the skin (transdermal)', category: 'route', label: 'to the skin', verb: 'Apply', phrases: ['transdermally'] },
  { abbr: 'inh', meaning: 'by inhalation', category: 'route', label: 'by inhalation', verb: 'Inhale', phrases: ['by inhalation'] },
  { abbr: 'neb', meaning: 'by nebulizer', category: 'route', label: 'via nebulizer', verb: 'Inhale', phrases: ['via nebulizer', 'by nebulizer'] },
  { abbr: 'im', meaning: 'into a muscle (intramuscular)', category: 'route', label: 'into the muscle', verb: 'Inject', phrases: ['intramuscularly'] },
  { abbr: 'iv', meaning: 'into a vein (intravenous)', category: 'route', label: 'intravenously', verb: 'Give', phrases: ['intravenously'] },
  { abbr: 'ivpb', meaning: 'by IV piggyback', category: 'route', label: 'by IV piggyback', verb: 'Give' },
  { abbr: 'ivp', meaning: 'by IV push', category: 'route', label: 'by IV push', verb: 'Give' },
  { abbr: 'subcut', meaning: 'under the skin (subcutaneous)', category: 'route', label: 'under the skin', verb: 'Inject', phrases: ['subcutaneously', 'under the skin'] },
  { abbr: 'subq', meaning: 'under the skin (subcutaneous)', category: 'route', label: 'under the skin', verb: 'Inject', variants: ['sc', 'sq', 'sub q'], errorProne: E.subq },
  { abbr: 'id', meaning: 'into the skin (intradermal)', category: 'route', label: 'intradermally', verb: 'Inject', phrases: ['intradermally'] },
  { abbr: 'ij', meaning: 'injection', category: 'route', label: 'by injection', verb: 'Inject', errorProne: E.ij },
  { abbr: 'in', meaning: 'intranasal', category: 'route', errorProne: E.in, referenceOnly: true },
  { abbr: 'nas', meaning: 'in the nose (nasal)', category: 'route', label: 'in the nose', verb: 'Use', phrases: ['nasally', 'intranasally'] },
  { abbr: 'ng', meaning: 'through a nasogastric tube', category: 'route', label: 'through the nasogastric tube', verb: 'Give', phrases: ['via ng tube', 'per ng tube'] },
  { abbr: 'peg', meaning: 'through a gastrostomy (PEG) tube', category: 'route', label: 'through the feeding tube', verb: 'Give', variants: ['gt', 'per peg'] },
  { abbr: 'ophth', meaning: 'in the eye (ophthalmic)', category: 'route', label: 'in the eye', verb: 'Instill', variants: ['oph'] },
  { abbr: 'otic', meaning: 'in the ear', category: 'route', label: 'in the ear', verb: 'Instill' },
  // Site
  { abbr: 'od', meaning: 'right eye', category: 'site', latin: 'oculus dexter', label: 'in the right eye', verb: 'Instill', errorProne: E.eyes },
  { abbr: 'os', meaning: 'left eye', category: 'site', latin: 'oculus sinister', label: 'in the left eye', verb: 'Instill', errorProne: E.eyes },
  { abbr: 'ou', meaning: 'each eye (both eyes)', category: 'site', latin: 'oculus uterque', label: 'in each eye', verb: 'Instill', errorProne: E.eyes },
  { abbr: 'ad', meaning: 'right ear', category: 'site', latin: 'auris dextra', label: 'in the right ear', verb: 'Instill', errorProne: E.ears },
  { abbr: 'as', meaning: 'left ear', category: 'site', latin: 'auris sinistra', label: 'in the left ear', verb: 'Instill', errorProne: E.ears },
  { abbr: 'au', meaning: 'each ear (both ears)', category: 'site', latin: 'auris utraque', label: 'in each ear', verb: 'Instill', errorProne: E.ears },
  { abbr: 'right eye', meaning: 'right eye', category: 'site', label: 'in the right eye', verb: 'Instill', phrases: ['in the right eye', 'into the right eye'] },
  { abbr: 'left eye', meaning: 'left eye', category: 'site', label: 'in the left eye', verb: 'Instill', phrases: ['in the left eye', 'into the left eye'] },
  { abbr: 'each eye', meaning: 'each eye', category: 'site', label: 'in each eye', verb: 'Instill', phrases: ['in each eye', 'into each eye', 'both eyes', 'in both eyes', 'into both eyes'] },
  { abbr: 'right ear', meaning: 'right ear', category: 'site', label: 'in the right ear', verb: 'Instill', phrases: ['in the right ear', 'into the right ear'] },
  { abbr: 'left ear', meaning: 'left ear', category: 'site', label: 'in the left ear', verb: 'Instill', phrases: ['in the left ear', 'into the left ear'] },
  { abbr: 'each ear', meaning: 'each ear', category: 'site', label: 'in each ear', verb: 'Instill', phrases: ['in each ear', 'into each ear', 'both ears', 'in both ears'] },
  { abbr: 'each nostril', meaning: 'each nostril', category: 'site', label: 'in each nostril', verb: 'Use', phrases: ['in each nostril', 'into each nostril', 'each nare', 'in each nare', 'ien'] },
  { abbr: 'aaa', meaning: 'apply to the affected area', category: 'site', label: 'to the affected area', verb: 'Apply', phrases: ['affected area', 'to affected area', 'to the affected area', 'to affected areas', 'to the affected areas'] },
  { abbr: 'aa', meaning: 'of each (equal parts, in compounding)', category: 'other', latin: 'ana', referenceOnly: true },
  // Dosage form
  { abbr: 'tab', meaning: 'tablet', category: 'form', plural: 'tablets', verb: 'Take', variants: ['tabs', 'tablet', 'tablets', 'tb'] },
  { abbr: 'cap', meaning: 'capsule', category: 'form', plural: 'capsules', verb: 'Take', variants: ['caps', 'capsule', 'capsules'] },
  { abbr: 'gtt', meaning: 'drop', category: 'form', latin: 'guttae', plural: 'drops', verb: 'Instill', variants: ['gtts', 'drop', 'drops'] },
  { abbr: 'supp', meaning: 'suppository', category: 'form', plural: 'suppositories', verb: 'Insert', variants: ['supps', 'suppository', 'suppositories'] },
  { abbr: 'susp', meaning: 'suspension', category: 'form', verb: 'Take', variants: ['suspension'] },
  { abbr: 'soln', meaning: 'solution', category: 'form', verb: 'Take', variants: ['sol', 'solution'] },
  { abbr: 'syr', meaning: 'syrup', category: 'form', verb: 'Take', variants: ['syrup'] },
  { abbr: 'elix', meaning: 'elixir', category: 'form', verb: 'Take', variants: ['elixir'] },
  { abbr: 'ung', meaning: 'ointment', category: 'form', latin: 'unguentum', verb: 'Apply', variants: ['oint', 'ointment'] },
  { abbr: 'crm', meaning: 'cream', category: 'form', verb: 'Apply', variants: ['cream'] },
  { abbr: 'lot', meaning: 'lotion', category: 'form', verb: 'Apply', variants: ['lotion'] },
  { abbr: 'inj', meaning: 'injection', category: 'form', plural: 'injections', verb: 'Inject', variants: ['injection'] },
  { abbr: 'puff', meaning: 'puff (inhalation)', category: 'form', label: 'puff', plural: 'puffs', verb: 'Inhale', variants: ['puffs', 'inhalation', 'inhalations'] },
  { abbr: 'spray', meaning: 'spray', category: 'form', plural: 'sprays', verb: 'Use', variants: ['sprays'] },
  { abbr: 'patch', meaning: 'patch', category: 'form', plural: 'patches', verb: 'Apply', variants: ['patches', 'pch'] },
  { abbr: 'troche', meaning: 'troche (lozenge dissolved in the mouth)', category: 'form', label: 'troche', plural: 'troches', verb: 'Dissolve', variants: ['troches'] },
  { abbr: 'loz', meaning: 'lozenge', category: 'form', plural: 'lozenges', verb: 'Dissolve', variants: ['lozenge', 'lozenges'] },
  { abbr: 'odt', meaning: 'orally disintegrating tablet', category: 'form', referenceOnly: true },
  { abbr: 'ec', meaning: 'enteric-coated', category: 'form', referenceOnly: true },
  { abbr: 'er', meaning: 'extended-release (also XR, XL, SR, CR, LA)', category: 'form', referenceOnly: true },
  { abbr: 'dr', meaning: 'delayed-release', category: 'form', referenceOnly: true },
  { abbr: 'mdi', meaning: 'metered-dose inhaler', category: 'form', referenceOnly: true },
  // Units of measure
  { abbr: 'ml', meaning: 'millilitre', category: 'other', label: 'mL', plural: 'mL', verb: 'Take', variants: ['mls', 'milliliter', 'milliliters', 'millilitre', 'millilitres'] },
  { abbr: 'cc', meaning: 'cubic centimetre (= 1 mL)', category: 'other', label: 'mL', plural: 'mL', verb: 'Take', errorProne: E.cc, variants: ['ccs'] },
  { abbr: 'tsp', meaning: 'teaspoonful (5 mL)', category: 'other', label: 'teaspoonful', plural: 'teaspoonfuls', verb: 'Take', variants: ['teaspoon', 'teaspoons', 'teaspoonful', 'teaspoonfuls', 'tsps'] },
  { abbr: 'tbsp', meaning: 'tablespoonful (15 mL)', category: 'other', label: 'tablespoonful', plural: 'tablespoonfuls', verb: 'Take', variants: ['tablespoon', 'tablespoons', 'tablespoonful', 'tablespoonfuls', 'tbs'] },
  { abbr: 'mg', meaning: 'milligram', category: 'other', plural: 'mg', label: 'mg', verb: 'Take' },
  { abbr: 'mcg', meaning: 'microgram', category: 'other', plural: 'mcg', label: 'mcg', verb: 'Take' },
  { abbr: 'µg', meaning: 'microgram', category: 'other', plural: 'mcg', label: 'mcg', verb: 'Take', errorProne: E.microgram, variants: ['ug', 'μg'] },
  { abbr: 'g', meaning: 'gram', category: 'other', plural: 'g', label: 'g', verb: 'Take', variants: ['gm'] },
  { abbr: 'meq', meaning: 'milliequivalent', category: 'other', label: 'mEq', plural: 'mEq', verb: 'Take' },
  { abbr: 'unit', meaning: 'unit (insulin, heparin …)', category: 'other', plural: 'units', verb: 'Inject', variants: ['units'] },
  { abbr: 'u', meaning: 'unit', category: 'other', label: 'unit', plural: 'units', verb: 'Inject', errorProne: E.u },
  { abbr: 'iu', meaning: 'international unit', category: 'other', label: 'unit', plural: 'units', verb: 'Inject', errorProne: E.iu },
  // Other
  { abbr: 'ss', meaning: 'one-half', category: 'other', latin: 'semis', errorProne: E.ss },
  { abbr: 'qs', meaning: 'a sufficient quantity', category: 'other', latin: 'quantum sufficit', referenceOnly: true },
  { abbr: 'qs ad', meaning: 'add a sufficient quantity to make', category: 'other', referenceOnly: true },
  { abbr: 'disp', meaning: 'dispense', category: 'other', referenceOnly: true },
  { abbr: 'sig', meaning: 'write on the label (directions)', category: 'other', latin: 'signa', referenceOnly: true },
  { abbr: 'npo', meaning: 'nothing by mouth', category: 'other', latin: 'nil per os', referenceOnly: true },
  { abbr: 'daw', meaning: 'dispense as written', category: 'other', referenceOnly: true },
  { abbr: 'nr', meaning: 'no refills', category: 'other', referenceOnly: true },
  { abbr: 'c̄', meaning: 'with', category: 'other', latin: 'cum', variants: ['w/'], phrases: ['with'] },
  { abbr: 's̄', meaning: 'without', category: 'other', latin: 'sine', variants: ['w/o'], phrases: ['without'] },
  { abbr: 'aq', meaning: 'water', category: 'other', latin: 'aqua', referenceOnly: true },
  { abbr: 'max', meaning: 'maximum', category: 'other', phrases: ['maximum', 'not to exceed', 'do not exceed'] },
  { abbr: 'x', meaning: 'for (a duration), e.g. x 10d = for 10 days', category: 'other' },
  { abbr: 'x3d', meaning: 'for three days', category: 'other', errorProne: E.x3d, referenceOnly: true },
  { abbr: 'd/c', meaning: 'discontinue or discharge', category: 'other', errorProne: E.dc, variants: ['dc'] },
  { abbr: 'ms', meaning: 'morphine sulfate or magnesium sulfate', category: 'other', errorProne: E.ms },
  { abbr: 'mso4', meaning: 'morphine sulfate', category: 'other', errorProne: E.mso4 },
  { abbr: 'mgso4', meaning: 'magnesium sulfate', category: 'other', errorProne: E.mgso4 },
  { abbr: 'oj', meaning: 'orange juice', category: 'other', label: 'orange juice', errorProne: E.oj },
  { abbr: 'dose', meaning: 'dose', category: 'other', plural: 'doses', variants: ['doses'] },
  ...SIG_INDICATIONS.map((entry): SigAbbreviation => ({ ...entry, category: 'other', referenceOnly: true })),
  { abbr: 'ssi', meaning: 'sliding scale insulin', category: 'other', errorProne: E.ssi, variants: ['ssri'] },
];
