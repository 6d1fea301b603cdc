/** A DEA registrant type, identified by the first letter of the registration number. */
export interface DeaRegistrantType {
  /** The first letter of the DEA number. */
  letter: string;
  /** Who holds numbers starting with this letter. */
  meaning: string;
  /** Whether holders of this letter write prescriptions. */
  prescriber: boolean;
  /** False for letters no longer issued. */
  current: boolean;
  /** Source of the entry. */
  source: string;
}

const DEA_LAYOUT = 'DEA Diversion Control Division, DEA Registration Record Layout (registrant type by first letter)';

/** First letters of DEA registration numbers and what they mean. */
export const DEA_REGISTRANT_TYPES: readonly DeaRegistrantType[] = [
  { letter: 'A', meaning: 'Practitioner (physician, dentist, veterinarian, podiatrist), hospital/clinic, pharmacy or teaching institution — the original letter', prescriber: true, current: true, source: DEA_LAYOUT },
  { letter: 'B', meaning: 'Practitioner, hospital/clinic, pharmacy or teaching institution — issued after A numbers ran out', prescriber: true, current: true, source: DEA_LAYOUT },
  { letter: 'F', meaning: 'Practitioner, hospital/clinic, pharmacy or teaching institution — issued after B numbers ran out', prescriber: true, current: true, source: DEA_LAYOUT },
  { letter: 'G', meaning: 'Practitioner, hospital/clinic, pharmacy or teaching institution — issued after F numbers ran out', prescriber: true, current: true, source: DEA_LAYOUT },
  { letter: 'M', meaning: 'Mid-level practitioner (for example nurse practitioner, physician assistant, optometrist), within state scope of practice', prescriber: true, current: true, source: DEA_LAYOUT },
  { letter: 'P', meaning: 'Manufacturer, distributor, researcher, analytical lab, importer, exporter, reverse distributor or narcotic treatment program', prescriber: false, current: true, source: DEA_LAYOUT },
  { letter: 'R', meaning: 'Manufacturer, distributor, researcher, analytical lab, importer, exporter, reverse distributor or narcotic treatment program', prescriber: false, current: true, source: DEA_LAYOUT },
  {
    letter: 'X',
    meaning: 'Former DATA-waiver identifier for prescribing buprenorphine for opioid use disorder; the waiver was eliminated in 2023, so prescriptions use the standard DEA number',
    prescriber: false,
    current: false,
    source: 'Consolidated Appropriations Act, 2023, section 1262 (MAT Act); DEA letter to registrants, January 12, 2023',
  },
];

/** The outcome of checking a DEA number. */
export interface DeaCheck {
  /** True when the format, registrant letter, name letter and check digit are all right. */
  valid: boolean;
  /** True when the seventh digit matches the DEA check-digit formula. */
  checksumValid: boolean;
  /** Plain-language problems, empty when valid. */
  problems: string[];
  /** The registrant type of the first letter, when it is a known one. */
  registrant?: DeaRegistrantType;
  /** The check digit the formula gives, when the seven digits were readable. */
  expectedCheckDigit?: number;
}

/**
 * Computes the DEA check digit from the first six digits:
 * last digit of (d1 + d3 + d5) + 2 × (d2 + d4 + d6).
 */
export function deaCheckDigit(sixDigits: string): number {
  const d = [...sixDigits].map(Number);
  const sum = (d[0] ?? 0) + (d[2] ?? 0) + (d[4] ?? 0) + 2 * ((d[1] ?? 0) + (d[3] ?? 0) + (d[5] ?? 0));
  return sum % 10;
}

/** First alphabetic character of a last name, upper-cased ("O'Brien" → "O"). */
function initialOf(lastName: string): string | undefined {
  return /[a-z]/i.exec(lastName)?.[0]?.toUpperCase();
}

/**
 * Checks a DEA registration number: two letters (or a letter and "9") and seven digits, a known
 * registrant-type letter, the prescriber's last-name initial, and the check digit. Never throws.
 */
export function checkDea(dea: string, prescriberLastName?: string): DeaCheck {
  const text = typeof dea === 'string' ? dea.trim().toUpperCase().replace(/[\s-]/g, '') : '';
  const problems: string[] = [];
  if (!/^[A-Z][A-Z9]\d{7}$/.test(text)) {
    problems.push(
      text === ''
        ? 'No DEA number was given. A DEA number is two letters followed by seven digits, for example AB1234563.'
        : `"${text}" is not in DEA format: two letters (the second may be 9) followed by seven digits, nine characters in all.`,
    );
    return { valid: false, checksumValid: false, problems };
  }

  const first = text[0] as string;
  const second = text[1] as string;
  const registrant = DEA_REGISTRANT_TYPES.find((type) => type.letter === first);
  if (registrant === undefined) {
    problems.push(`"${first}" is not a DEA registrant-type letter; prescribers' numbers start with A, B, F, G or M.`);
  } else if (!registrant.current) {
    problems.push(`Numbers starting with ${first} are no longer used: ${registrant.meaning}.`);
  }

  if (prescriberLastName !== undefined && second !== '9') {
    const initial = initialOf(prescriberLastName);
    if (initial !== undefined && initial !== second) {
      problems.push(
        `The second letter should be the first letter of the prescriber's last name (${initial} for ${prescriberLastName.trim()}), but it is ${second}.`,
      );
    }
  }

  const expected = deaCheckDigit(text.slice(2, 8));
  const actual = Number(text[8]);
  const checksumValid = expected === actual;
  if (!checksumValid) {
    problems.push(
      `The check digit is wrong: (${text[2]}+${text[4]}+${text[6]}) + 2×(${text[3]}+${text[5]}+${text[7]}) ends in ${expected}, but the last digit is ${actual}.`,
    );
  }
  return { valid: problems.length === 0, checksumValid, problems, ...(registrant ? { registrant } : {}), expectedCheckDigit: expected };
}
