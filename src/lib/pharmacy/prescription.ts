import { addMonths, dayNumber, isoToday, parseIsoDate } from './dates';
import { checkDea } from './dea';
import { ERROR_PRONE, type ErrorProneAbbreviation } from './error-prone';
import { COMMON_STATE_REQUIREMENT, type RuleProblem, type Schedule } from './rules';
import { parseSig } from './sig';

/** How the prescription reached the pharmacy. */
export type PrescriptionMedium = 'written' | 'electronic' | 'oral' | 'fax';

/** A prescription as a learner transcribes it; every element is optional so missing ones can be reported. */
export interface PrescriptionInput {
  /** Federal schedule, or null for a non-controlled drug. */
  schedule: Schedule | null;
  /** Date of issue, `YYYY-MM-DD`. */
  issuedOn?: string;
  /** Patient's full name. */
  patientName?: string;
  /** Patient's address. */
  patientAddress?: string;
  /** Drug name. */
  drugName?: string;
  /** Strength, e.g. "10 mg". */
  strength?: string;
  /** Dosage form, e.g. "tablet". */
  dosageForm?: string;
  /** Quantity prescribed. */
  quantity?: number;
  /** Directions for use (the sig). */
  directions?: string;
  /** Refills authorized (0 when none). */
  refills?: number;
  /** Prescriber's name as printed, e.g. "Jane Smith, MD". */
  prescriberName?: string;
  /** Prescriber's last name, when it cannot be read from `prescriberName`. */
  prescriberLastName?: string;
  /** Prescriber's address. */
  prescriberAddress?: string;
  /** Prescriber's DEA registration number. */
  prescriberDea?: string;
  /** True when a written prescription bears the prescriber's manual signature. */
  signed?: boolean;
  /** How the prescription was received; defaults to written. */
  medium?: PrescriptionMedium;
}

/** The result of checking a prescription. */
export interface PrescriptionCheck {
  /** True when no rule reports an error (warnings may remain). */
  valid: boolean;
  /** Every problem found. */
  problems: RuleProblem[];
  /** C-III/C-IV: last day it may be filled or refilled (six months after issue). */
  lastFillDate?: string;
}

const CFR_1306_05A = '21 CFR 1306.05(a)';
const CREDENTIALS = /^(md|do|dds|dmd|dvm|dpm|od|np|pa|pa-c|aprn|fnp|cnp|crnp|rn|phd|jr|sr|ii|iii)$/i;

/** Reads the last name from "Jane Smith, MD" or "Dr. Jane Smith". */
function lastNameOf(name: string): string | undefined {
  const words = name.replace(/\./g, ' ').split(/[\s,]+/).filter((w) => w !== '' && !CREDENTIALS.test(w) && !/^dr$/i.test(w));
  return words.at(-1);
}

const blank = (value: string | undefined): boolean => value === undefined || value.trim() === '';

/** An error-prone abbreviation or dose designation found in one field of a prescription. */
export interface ErrorProneFinding {
  /** The text as written. */
  token: string;
  /** The list entry it matches. */
  entry: ErrorProneAbbreviation;
}

/** Dose designations and drug-name abbreviations that are dangerous in any field (strength, drug name, directions). */
const DESIGNATIONS: readonly [RegExp, ErrorProneAbbreviation][] = [
  // A zero after the decimal point (5.0 mg, 2.50 mg) — but not 0.05 or 2.5.
  [/(?<![\d.])\d+\.\d*0(?![\d.])/g, ERROR_PRONE.trailingZero],
  // A decimal point without a zero in front (.5 mg).
  [/(?<![\d\w.])\.\d+/g, ERROR_PRONE.leadingZero],
  [/(?<=\d\s*)U(?![a-z])/gi, ERROR_PRONE.u],
  [/(?<=\d\s*)IU(?![a-z])/g, ERROR_PRONE.iu],
  [/µg/g, ERROR_PRONE.microgram],
  [/(?<=\d\s*)cc\b/gi, ERROR_PRONE.cc],
  [/\bMSO4\b/gi, ERROR_PRONE.mso4],
  [/\bMgSO4\b/gi, ERROR_PRONE.mgso4],
  [/\bMS\b(?!\s*Contin)/g, ERROR_PRONE.ms],
];

/**
 * Finds error-prone abbreviations and dose designations (The Joint Commission "Do Not Use" list, ISMP list)
 * in free text such as a strength ("5.0 mg", ".5 mg", "10 U") or a drug name ("MSO4"). Never throws.
 */
export function findErrorProne(text: string): ErrorProneFinding[] {
  if (typeof text !== 'string') return [];
  const found: ErrorProneFinding[] = [];
  for (const [pattern, entry] of DESIGNATIONS) {
    for (const match of text.matchAll(pattern)) {
      if (!found.some((f) => f.entry.id === entry.id && f.token === match[0])) found.push({ token: match[0], entry });
    }
  }
  return found;
}

/** Error-prone terms in directions: the sig parser's warnings when the sig reads, plus the dose designations. */
function errorProneInDirections(directions: string): ErrorProneFinding[] {
  const found = findErrorProne(directions);
  const sig = parseSig(directions);
  if (sig.ok) {
    const all = Object.values(ERROR_PRONE) as ErrorProneAbbreviation[];
    for (const warning of sig.value.warnings) {
      const entry = all.find((e) => e.id === warning.id);
      if (entry && !found.some((f) => f.entry.id === entry.id)) found.push({ token: warning.token, entry });
    }
  }
  return found;
}

/**
 * Checks a prescription against federal rules for controlled substances (21 CFR 1306) and common state
 * requirements for other drugs. `today` is the fill date (ISO string or Date); the clock is never read.
 */
export function checkPrescription(rx: PrescriptionInput, { today }: { today: string | Date }): PrescriptionCheck {
  const fillDate = isoToday(today);
  const problems: RuleProblem[] = [];
  const controlled = rx.schedule !== null;
  const add = (ruleId: string, severity: RuleProblem['severity'], message: string, citation: string): void => {
    problems.push({ ruleId, severity, message, citation });
  };

  // Required elements. 21 CFR 1306.05(a) for controlled substances; state law for everything else.
  const elements: [string, boolean, string, 'error' | 'warning'][] = [
    ['issue-date', blank(rx.issuedOn), 'the date of issue', 'error'],
    ['patient-name', blank(rx.patientName), "the patient's full name", 'error'],
    ['patient-address', blank(rx.patientAddress), "the patient's address", 'warning'],
    ['drug-name', blank(rx.drugName), 'the drug name', 'error'],
    ['strength', blank(rx.strength), 'the strength', 'warning'],
    ['dosage-form', blank(rx.dosageForm), 'the dosage form', 'warning'],
    ['quantity', rx.quantity === undefined, 'the quantity prescribed', 'warning'],
    ['directions', blank(rx.directions), 'directions for use', 'error'],
    ['prescriber-name', blank(rx.prescriberName), "the prescriber's name", 'error'],
    ['prescriber-address', blank(rx.prescriberAddress), "the prescriber's address", 'warning'],
  ];
  if (controlled) elements.push(['prescriber-dea', blank(rx.prescriberDea), "the prescriber's DEA registration number", 'error']);
  for (const [id, missing, what, stateSeverity] of elements) {
    if (!missing) continue;
    if (controlled) add(`missing-${id}`, 'error', `A controlled-substance prescription must show ${what}.`, CFR_1306_05A);
    else add(`missing-${id}`, stateSeverity, `Most states require a prescription to show ${what}.`, COMMON_STATE_REQUIREMENT);
  }

  const medium = rx.medium ?? 'written';
  if (medium === 'written' && rx.signed !== true) {
    if (controlled) add('missing-signature', 'error', "A written controlled-substance prescription must be manually signed by the prescriber, on the day it is issued.", '21 CFR 1306.05(a), (d)');
    else add('missing-signature', 'warning', "Most states require a written prescription to carry the prescriber's signature.", COMMON_STATE_REQUIREMENT);
  }
  if (rx.schedule === 'C-II' && medium === 'oral') {
    add('c2-oral', 'warning', 'A C-II may be dispensed on an oral order only in an emergency, for the emergency period, with a written prescription delivered within 7 days.', '21 CFR 1306.11(d)');
  }
  if (rx.schedule === 'C-II' && medium === 'fax') {
    add('c2-fax', 'warning', 'A faxed C-II prescription is only the original for hospice, long-term care and home-infusion patients; otherwise the signed original must be presented before dispensing.', '21 CFR 1306.11(a), (e)–(g)');
  }

  if (rx.quantity !== undefined && !(Number.isFinite(rx.quantity) && rx.quantity > 0)) {
    add('quantity-invalid', 'error', `The quantity prescribed must be a number greater than zero, not ${rx.quantity}.`, controlled ? CFR_1306_05A : COMMON_STATE_REQUIREMENT);
  }

  // Refills by schedule.
  const refills = rx.refills ?? 0;
  if (!Number.isInteger(refills) || refills < 0) {
    add('refills-invalid', 'error', `Refills must be a whole number of zero or more, not ${refills}.`, controlled ? '21 CFR 1306.22(a)' : COMMON_STATE_REQUIREMENT);
  } else if (rx.schedule === 'C-II' && refills > 0) {
    // 21 CFR 1306.12(a): the refilling of a C-II prescription is prohibited.
    add('c2-no-refills', 'error', `C-II prescriptions cannot be refilled, but this one authorizes ${refills}. The prescriber must write a new prescription each time.`, '21 CFR 1306.12(a)');
  } else if ((rx.schedule === 'C-III' || rx.schedule === 'C-IV') && refills > 5) {
    // 21 CFR 1306.22(a): no more than 5 refills, and not after 6 months from issue.
    add('c3-c4-refill-limit', 'error', `${rx.schedule} prescriptions may be refilled at most 5 times within 6 months of issue; this one authorizes ${refills}.`, '21 CFR 1306.22(a)');
  } else if (rx.schedule === 'C-V' && refills > 5) {
    // 21 CFR 1306.23: C-V refills as authorized by the prescriber; no federal limit.
    add('c5-refills-state', 'warning', `Federal law sets no refill limit for C-V prescriptions, but ${refills} refills may exceed your state's limit; check state law.`, '21 CFR 1306.23');
  }

  // Dates.
  let lastFillDate: string | undefined;
  if (!blank(rx.issuedOn)) {
    const issued = parseIsoDate(rx.issuedOn as string);
    if (issued === undefined) {
      add('issue-date-invalid', 'error', `"${rx.issuedOn}" is not a date; write the date of issue as YYYY-MM-DD.`, controlled ? CFR_1306_05A : COMMON_STATE_REQUIREMENT);
    } else {
      const issuedOn = (rx.issuedOn as string).trim();
      const age = dayNumber(fillDate) - dayNumber(issuedOn);
      if (age < 0) {
        add('issue-date-future', 'error', `The prescription is dated ${issuedOn}, after today (${fillDate}). A prescription must be dated on the day it is issued; postdating is not allowed.`, controlled ? CFR_1306_05A : COMMON_STATE_REQUIREMENT);
      }
      const sixMonths = addMonths(issuedOn, 6);
      if (rx.schedule === 'C-III' || rx.schedule === 'C-IV') {
        lastFillDate = sixMonths;
        if (fillDate > sixMonths) {
          add('c3-c4-six-months', 'error', `${rx.schedule} prescriptions cannot be filled or refilled more than 6 months after issue; this one was issued ${issuedOn} and expired after ${sixMonths}.`, '21 CFR 1306.22(a)');
        }
      } else if (rx.schedule === 'C-V' && fillDate > sixMonths) {
        add('c5-age-state', 'warning', `Federal law sets no expiration for C-V prescriptions, but many states treat them like C-III/IV (6 months) or limit them to 1 year; this one was issued ${issuedOn}. Check state law.`, '21 CFR 1306.23; state law');
      } else if (rx.schedule === null && fillDate > addMonths(issuedOn, 12)) {
        add('state-expiry', 'warning', `This prescription was issued ${issuedOn}, more than a year ago. Expiration of non-controlled prescriptions is set by state law, commonly 1 year from issue.`, 'State law (commonly 1 year from issue)');
      }
    }
  }

  // The prescriber's DEA registration number (21 CFR 1306.05(a)), checked for format and check digit.
  if (controlled && !blank(rx.prescriberDea)) {
    const lastName = rx.prescriberLastName ?? (rx.prescriberName ? lastNameOf(rx.prescriberName) : undefined);
    const dea = checkDea(rx.prescriberDea as string, lastName);
    if (!dea.valid) add('dea-invalid', 'error', `The DEA number ${(rx.prescriberDea as string).trim()} does not check out: ${dea.problems.join(' ')}`, `${CFR_1306_05A}; DEA registration number format`);
    else if (dea.registrant && !dea.registrant.prescriber) {
      add('dea-not-prescriber', 'error', `DEA numbers starting with ${dea.registrant.letter} belong to ${dea.registrant.meaning.toLowerCase()}, not to prescribers.`, '21 CFR 1306.03(a)');
    }
  }

  // Error-prone abbreviations and dose designations (The Joint Commission "Do Not Use" list; ISMP list). A term
  // whose meaning the text cannot settle (MS, MSO4) must be clarified before filling; the others are flagged.
  const fields: [string, string | undefined][] = [['drug name', rx.drugName], ['strength', rx.strength], ['directions', rx.directions]];
  for (const [field, text] of fields) {
    if (blank(text)) continue;
    const findings = field === 'directions' ? errorProneInDirections(text as string) : findErrorProne(text as string);
    for (const { token, entry } of findings) {
      if (problems.some((p) => p.ruleId === `error-prone-${entry.id}`)) continue;
      const list = entry.doNotUse ? 'The Joint Commission\'s "Do Not Use" list' : "ISMP's list of error-prone abbreviations";
      const ask = entry.safeToTranslate ? `Ask the pharmacist to confirm the intent; the safe form is ${entry.useInstead}.` : `Its meaning cannot be known from the text: the prescriber must clarify (${entry.useInstead}).`;
      add(`error-prone-${entry.id}`, entry.safeToTranslate ? 'warning' : 'error', `"${token}" in the ${field} is on ${list}: ${entry.reason}. ${ask}`, entry.source);
    }
  }

  return { valid: problems.every((p) => p.severity !== 'error'), problems, ...(lastFillDate ? { lastFillDate } : {}) };
}
