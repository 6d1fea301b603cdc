import { COMMON_STATE_REQUIREMENT, type RuleProblem, type Schedule } from './rules';

/** The federal transfer caution required on C-II, C-III and C-IV labels (21 CFR 290.5). */
export const TRANSFER_CAUTION =
  'Caution: Federal law prohibits the transfer of this drug to any person other than the patient for whom it was prescribed.';

/** A prescription label as a learner builds it; missing elements are reported. */
export interface LabelInput {
  /** Federal schedule of the drug, or null. */
  schedule: Schedule | null;
  /** Name of the dispensing pharmacy. */
  pharmacyName?: string;
  /** Address of the dispensing pharmacy. */
  pharmacyAddress?: string;
  /** Serial (Rx) number. */
  rxNumber?: string;
  /** Date of filling, `YYYY-MM-DD`. */
  dateFilled?: string;
  /** Prescriber's name. */
  prescriberName?: string;
  /** Patient's name. */
  patientName?: string;
  /** Directions for use. */
  directions?: string;
  /** Cautionary statements printed on the label (auxiliary warnings, the transfer caution). */
  cautionaryStatements?: string[];
  /** Drug name and strength. */
  drugName?: string;
  /** Quantity dispensed. */
  quantity?: number;
}

/** The result of checking a label. */
export interface LabelCheck {
  /** True when no required element is missing. */
  complete: boolean;
  /** Missing elements, each with its citation. */
  missing: RuleProblem[];
}

const FDCA = 'FDCA § 503(b)(2) (21 U.S.C. 353(b)(2))';

const blank = (value: string | undefined): boolean => value === undefined || value.trim() === '';

/**
 * Checks a prescription label for the elements federal law requires: FDCA 503(b)(2) for every
 * prescription drug, 21 CFR 1306.14 (C-II) and 1306.24 (C-III–V), and the transfer caution of
 * 21 CFR 290.5 for C-II–IV; drug name and quantity are reported as common state requirements.
 */
export function checkLabel(label: LabelInput): LabelCheck {
  const missing: RuleProblem[] = [];
  const cfr = label.schedule === 'C-II' ? '21 CFR 1306.14(a)' : label.schedule === null ? undefined : '21 CFR 1306.24(a)';
  const citation = cfr ? `${cfr}; ${FDCA}` : FDCA;
  const federal: [string, boolean, string][] = [
    ['pharmacy-name', blank(label.pharmacyName), 'the name of the pharmacy'],
    ['pharmacy-address', blank(label.pharmacyAddress), 'the address of the pharmacy'],
    ['rx-number', blank(label.rxNumber), 'the serial (Rx) number'],
    ['date-filled', blank(label.dateFilled), 'the date of filling'],
    ['prescriber-name', blank(label.prescriberName), "the prescriber's name"],
    ['patient-name', blank(label.patientName), "the patient's name"],
    ['directions', blank(label.directions), 'the directions for use'],
  ];
  for (const [id, absent, what] of federal) {
    if (absent) missing.push({ ruleId: `label-${id}`, severity: 'error', message: `The label must show ${what}.`, citation });
  }

  // 21 CFR 290.5: C-II, C-III and C-IV labels carry the federal transfer caution.
  const needsCaution = label.schedule === 'C-II' || label.schedule === 'C-III' || label.schedule === 'C-IV';
  const hasCaution = (label.cautionaryStatements ?? []).some((s) => /federal law prohibits the transfer of this drug/i.test(s));
  if (needsCaution && !hasCaution) {
    missing.push({ ruleId: 'label-transfer-caution', severity: 'error', message: `A ${label.schedule} label must carry the caution: "${TRANSFER_CAUTION}"`, citation: '21 CFR 290.5' });
  }

  if (blank(label.drugName)) {
    missing.push({ ruleId: 'label-drug-name', severity: 'warning', message: 'Most states require the drug name and strength on the label.', citation: COMMON_STATE_REQUIREMENT });
  }
  if (label.quantity === undefined) {
    missing.push({ ruleId: 'label-quantity', severity: 'warning', message: 'Most states require the quantity dispensed on the label.', citation: COMMON_STATE_REQUIREMENT });
  }
  return { complete: missing.every((m) => m.severity !== 'error'), missing };
}
