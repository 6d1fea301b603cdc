/**
 * RxTray's pharmacy engine: pure functions and reference data for the PTCE.
 * No DOM, no clock: every date comes in as an argument.
 */
export type { Result } from './result';
export { ok, fail } from './result';
export { CONVENTIONS, CONVENTION_ENTRIES, type ConventionEntry, type ConventionTopic } from './conventions';
export { parseNdc, ndc11To10, NDC10_FORMATS, type Ndc, type NdcFormat } from './ndc';
export { checkDea, deaCheckDigit, DEA_REGISTRANT_TYPES, type DeaCheck, type DeaRegistrantType } from './dea';
export { ERROR_PRONE, ERROR_PRONE_ABBREVIATIONS, TJC_DO_NOT_USE, ISMP_ERROR_PRONE, type ErrorProneAbbreviation } from './error-prone';
export { SIG_VOCABULARY, SIG_INDICATIONS, type SigAbbreviation, type SigCategory } from './sig-vocabulary';
export { parseSig, sigToDirections, type Sig, type SigDose, type SigFrequency, type SigStep, type SigTerm, type SigWarning } from './sig';
export { daysSupply, quantityToDispense, type DaysSupplyInput } from './days-supply';
export { convert, cToF, fToC, CONVERTIBLE_UNITS, type ConvertOptions } from './units';
export {
  doseVolume,
  amountInVolume,
  dilution,
  alligation,
  mixtureStrength,
  percentStrength,
  ratioStrengthToPercent,
  percentToRatioStrength,
  ivRateMlPerHour,
  infusionHours,
  ivDropsPerMinute,
  bsaMosteller,
  weightBasedDose,
  type Concentration,
} from './calculations';
export { toRoman, fromRoman, sigRomanValue, SIG_ROMAN_NUMERALS } from './roman';
export { to12h, to24h } from './time';
export { addDays, addMonths, daysBetween, parseIsoDate } from './dates';
export { COMMON_STATE_REQUIREMENT, type RuleProblem, type Schedule } from './rules';
export { checkPrescription, findErrorProne, type ErrorProneFinding, type PrescriptionCheck, type PrescriptionInput, type PrescriptionMedium } from './prescription';
export { checkLabel, TRANSFER_CAUTION, type LabelCheck, type LabelInput } from './label';
export { nonsterileBud, NONSTERILE_BUD_DEFAULTS, USP_795_CITATION, type BudDefault, type NonsterileBud, type NonsterilePreparationType } from './bud';
export { storageFor, STORAGE_CONDITIONS, type StorageCondition, type StorageMatch } from './storage';
export { DAW_CODES, dawCode, type DawCode } from './daw-codes';
export { REJECT_CODES, rejectCode, type RejectCode } from './reject-codes';
