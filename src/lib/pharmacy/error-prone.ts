/** The Joint Commission's official "Do Not Use" list (accreditation requirement). */
export const TJC_DO_NOT_USE = 'The Joint Commission, Official "Do Not Use" List (standard IM.02.02.01)';
/** The ISMP list every learner should know. */
export const ISMP_ERROR_PRONE = 'ISMP List of Error-Prone Abbreviations, Symbols, and Dose Designations (2021)';

/** An abbreviation, symbol or dose designation that causes medication errors. */
export interface ErrorProneAbbreviation {
  /** Stable identifier, e.g. `qd`. */
  id: string;
  /** How it is written, with its common spellings. */
  abbr: string;
  /** What the writer meant. */
  intended: string;
  /** Why it is dangerous: what it has been mistaken for. */
  reason: string;
  /** What to write instead. */
  useInstead: string;
  /** Which list it is on. */
  source: string;
  /** True when it is on The Joint Commission's "Do Not Use" list (also on the ISMP list). */
  doNotUse: boolean;
  /** False when the meaning cannot be known from the text, so RxTray will not translate it. */
  safeToTranslate: boolean;
}

function tjc(entry: Omit<ErrorProneAbbreviation, 'source' | 'doNotUse'>): ErrorProneAbbreviation {
  return { ...entry, source: TJC_DO_NOT_USE, doNotUse: true };
}
function ismp(entry: Omit<ErrorProneAbbreviation, 'source' | 'doNotUse'>): ErrorProneAbbreviation {
  return { ...entry, source: ISMP_ERROR_PRONE, doNotUse: false };
}

/** Error-prone abbreviations by id, for code that refers to one entry. */
export const ERROR_PRONE = {
  u: tjc({ id: 'u', abbr: 'U, u', intended: 'unit', reason: 'Mistaken for 0 or 4 (4U read as 40 or 44, a tenfold overdose) or for "cc"', useInstead: 'unit', safeToTranslate: true }),
  iu: tjc({ id: 'iu', abbr: 'IU', intended: 'international unit', reason: 'Mistaken for IV (intravenous) or the number 10', useInstead: 'units', safeToTranslate: true }),
  qd: tjc({ id: 'qd', abbr: 'Q.D., QD, q.d., qd', intended: 'every day', reason: 'Mistaken for q.i.d. (four times daily) when the period or the tail of the q looks like an i', useInstead: 'daily', safeToTranslate: true }),
  qod: tjc({ id: 'qod', abbr: 'Q.O.D., QOD, q.o.d., qod', intended: 'every other day', reason: 'Mistaken for q.d. (daily) or q.i.d. (four times daily) when the o is poorly written', useInstead: 'every other day', safeToTranslate: true }),
  trailingZero: tjc({ id: 'trailing-zero', abbr: 'Trailing zero (X.0 mg)', intended: 'a whole-number dose, e.g. 1 mg', reason: 'The decimal point is missed, so 1.0 mg is read as 10 mg (a tenfold overdose)', useInstead: 'X mg (never write a zero after a decimal point)', safeToTranslate: true }),
  leadingZero: tjc({ id: 'leading-zero', abbr: 'Missing leading zero (.X mg)', intended: 'a dose below 1, e.g. 0.5 mg', reason: 'The decimal point is missed, so .5 mg is read as 5 mg (a tenfold overdose)', useInstead: '0.X mg (always write a zero before a decimal point)', safeToTranslate: true }),
  ms: tjc({ id: 'ms', abbr: 'MS', intended: 'morphine sulfate or magnesium sulfate', reason: 'Can mean either morphine sulfate or magnesium sulfate; the two are confused for each other', useInstead: 'morphine sulfate or magnesium sulfate, written out', safeToTranslate: false }),
  mso4: tjc({ id: 'mso4', abbr: 'MSO4', intended: 'morphine sulfate', reason: 'Confused with MgSO4 (magnesium sulfate)', useInstead: 'morphine sulfate', safeToTranslate: false }),
  mgso4: tjc({ id: 'mgso4', abbr: 'MgSO4', intended: 'magnesium sulfate', reason: 'Confused with MSO4 (morphine sulfate)', useInstead: 'magnesium sulfate', safeToTranslate: false }),
  microgram: ismp({ id: 'microgram', abbr: 'µg', intended: 'microgram', reason: 'Mistaken for mg (milligram), a thousandfold overdose', useInstead: 'mcg', safeToTranslate: true }),
  ears: ismp({ id: 'ad-as-au', abbr: 'AD, AS, AU', intended: 'right ear, left ear, each ear', reason: 'Mistaken for OD, OS, OU (right eye, left eye, each eye)', useInstead: 'right ear, left ear or each ear', safeToTranslate: true }),
  eyes: ismp({ id: 'od-os-ou', abbr: 'OD, OS, OU', intended: 'right eye, left eye, each eye', reason: 'Mistaken for AD, AS, AU (right ear, left ear, each ear)', useInstead: 'right eye, left eye or each eye', safeToTranslate: true }),
  odDaily: ismp({ id: 'od-daily', abbr: 'o.d., OD', intended: 'once daily', reason: 'Mistaken for "right eye" (oculus dexter), so oral liquids have been given in the eye', useInstead: 'daily', safeToTranslate: true }),
  bt: ismp({ id: 'bt', abbr: 'BT', intended: 'bedtime', reason: 'Mistaken for BID (twice daily)', useInstead: 'bedtime', safeToTranslate: true }),
  cc: ismp({ id: 'cc', abbr: 'cc', intended: 'cubic centimetres', reason: 'Mistaken for u (units)', useInstead: 'mL', safeToTranslate: true }),
  dc: ismp({ id: 'dc', abbr: 'D/C', intended: 'discharge or discontinue', reason: 'A list of discharge medications has been read as medications to stop', useInstead: 'discharge or discontinue, written out', safeToTranslate: false }),
  ij: ismp({ id: 'ij', abbr: 'IJ', intended: 'injection', reason: 'Mistaken for IV or intrajugular', useInstead: 'injection', safeToTranslate: true }),
  in: ismp({ id: 'in', abbr: 'IN', intended: 'intranasal', reason: 'Mistaken for IM or IV', useInstead: 'intranasal or NAS', safeToTranslate: true }),
  halfStrength: ismp({ id: 'hs-half-strength', abbr: 'HS', intended: 'half-strength', reason: 'Mistaken for bedtime', useInstead: 'half-strength', safeToTranslate: false }),
  hs: ismp({ id: 'hs', abbr: 'hs', intended: 'at bedtime, hours of sleep', reason: 'Mistaken for half-strength', useInstead: 'bedtime', safeToTranslate: true }),
  oj: ismp({ id: 'oj', abbr: 'OJ', intended: 'orange juice', reason: 'Mistaken for OD or OS, so drugs meant to be mixed in orange juice have been put in the eye', useInstead: 'orange juice', safeToTranslate: true }),
  perOs: ismp({ id: 'per-os', abbr: 'Per os', intended: 'by mouth', reason: 'The "os" is mistaken for left eye (oculus sinister)', useInstead: 'PO, by mouth or orally', safeToTranslate: true }),
  qhs: ismp({ id: 'qhs', abbr: 'qhs', intended: 'nightly at bedtime', reason: 'Mistaken for qhr (every hour)', useInstead: 'nightly at bedtime', safeToTranslate: true }),
  qn: ismp({ id: 'qn', abbr: 'qn', intended: 'nightly', reason: 'Mistaken for qh (every hour)', useInstead: 'nightly or at bedtime', safeToTranslate: true }),
  q1d: ismp({ id: 'q1d', abbr: 'q1d', intended: 'daily', reason: 'Mistaken for q.i.d. (four times daily)', useInstead: 'daily', safeToTranslate: true }),
  q6pm: ismp({ id: 'q6pm', abbr: 'q6PM, etc.', intended: 'every evening at 6 PM', reason: 'Mistaken for every 6 hours', useInstead: 'daily at 6 PM or 6 PM daily', safeToTranslate: true }),
  subq: ismp({ id: 'sc-sq-subq', abbr: 'SC, SQ, sub q', intended: 'subcutaneous', reason: 'SC is mistaken for SL (sublingual); SQ for "5 every"; the q in "sub q" for "every"', useInstead: 'subcut or subcutaneously', safeToTranslate: true }),
  ss: ismp({ id: 'ss', abbr: 'ss', intended: 'one-half (or sliding scale)', reason: 'Mistaken for 55; also used for "sliding scale"', useInstead: 'one-half or ½; spell out sliding scale', safeToTranslate: true }),
  ssi: ismp({ id: 'ssi', abbr: 'SSI, SSRI', intended: 'sliding scale (insulin)', reason: 'Mistaken for strong solution of iodine, or for selective serotonin reuptake inhibitor', useInstead: 'sliding scale (insulin)', safeToTranslate: false }),
  tiw: ismp({ id: 'tiw', abbr: 'TIW, tiw', intended: 'three times a week', reason: 'Mistaken for three times a day or twice a week', useInstead: '3 times weekly', safeToTranslate: true }),
  ud: ismp({ id: 'ud', abbr: 'UD', intended: 'as directed (ut dictum)', reason: 'Mistaken for unit dose', useInstead: 'as directed', safeToTranslate: true }),
  x3d: ismp({ id: 'x3d', abbr: 'x3d', intended: 'for three days', reason: 'Mistaken for "three doses"', useInstead: 'for 3 days', safeToTranslate: true }),
} as const satisfies Record<string, ErrorProneAbbreviation>;

/** The Joint Commission "Do Not Use" list and ISMP error-prone abbreviations, as data for the UI. */
export const ERROR_PRONE_ABBREVIATIONS: readonly ErrorProneAbbreviation[] = Object.values(ERROR_PRONE);
