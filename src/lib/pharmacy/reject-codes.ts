/** An NCPDP claim reject code the technician sees at the register. */
export interface RejectCode {
  /** The code as the payer returns it ("75", "MR"). */
  code: string;
  /** Official meaning ("M/I" means missing or invalid). */
  meaning: string;
  /** What the technician does next. */
  action: string;
  /** Source. */
  source: string;
}

const NCPDP_REJECT = 'NCPDP Telecommunication Standard, Reject Code (511-FB)';

function reject(code: string, meaning: string, action: string): RejectCode {
  return { code, meaning, action, source: NCPDP_REJECT };
}

/** Common NCPDP reject codes. */
export const REJECT_CODES: readonly RejectCode[] = [
  reject('07', 'M/I Cardholder ID', "Check the member ID on the patient's current insurance card and re-enter it exactly, including any prefix or suffix."),
  reject('09', 'M/I Date of Birth', "Confirm the patient's date of birth with the patient and match it to what the plan has on file."),
  reject('15', 'M/I Date of Service', 'Check the fill date on the claim; it cannot be in the future or outside the allowed billing window.'),
  reject('16', 'M/I Prescription/Service Reference Number', 'Check the Rx number submitted on the claim.'),
  reject('19', 'M/I Days Supply', "Recalculate the days' supply from the quantity and directions and resubmit."),
  reject('21', 'M/I Product/Service ID', 'Check the NDC billed matches the package dispensed (11-digit form).'),
  reject('22', 'M/I Dispense As Written (DAW)/Product Selection Code', 'Check the DAW code matches the prescription and what was dispensed.'),
  reject('25', 'M/I Prescriber ID', "Check the prescriber's NPI (or other ID the plan requires) and resubmit."),
  reject('28', 'M/I Date Prescription Written', 'Check the date written; it cannot be after the fill date or too long ago.'),
  reject('41', 'Submit Bill to Other Processor or Primary Payer', 'The patient has other coverage that pays first: bill the primary plan, then send the balance to this one (coordination of benefits).'),
  reject('52', 'Non-Matched Cardholder ID', 'The ID is valid in form but not found: verify the card, the person code and the spelling of the name.'),
  reject('56', 'Non-Matched Prescriber ID', "The prescriber ID is not found: verify the prescriber's NPI."),
  reject('65', 'Patient Is Not Covered', 'Check eligibility and whether the patient has newer insurance; otherwise offer cash price.'),
  reject('69', 'Filled After Coverage Terminated', 'Coverage ended before the fill date: ask the patient for new insurance information.'),
  reject('70', 'Product/Service Not Covered', 'The plan excludes this drug: ask the pharmacist to contact the prescriber for a covered alternative, or start a prior authorization or exception.'),
  reject('71', 'Prescriber ID Is Not Covered', 'The plan does not accept this prescriber; tell the pharmacist and the patient.'),
  reject('75', 'Prior Authorization Required', 'Tell the patient and contact the prescriber so they can submit the prior authorization to the plan.'),
  reject('76', 'Plan Limitations Exceeded', 'The quantity or days supply is over the plan limit: fill the allowed quantity, or ask the prescriber to request an override.'),
  reject('77', 'Discontinued Product/Service ID Number', 'The NDC is obsolete in the payer file: bill the NDC of the package actually dispensed.'),
  reject('79', 'Refill Too Soon', 'Check the last fill date and days supply; tell the patient when the refill can be billed, or ask the pharmacist about an override (vacation, lost medication, dose change).'),
  reject('88', 'DUR Reject Error', 'A drug-utilization review alert (interaction, duplicate therapy, high dose): the pharmacist reviews it and resubmits with DUR codes if appropriate.'),
  reject('MR', 'Product Not on Formulary', 'Ask the pharmacist to contact the prescriber about a formulary alternative or a formulary exception.'),
];

/** Looks up a reject code ("7" finds "07"); undefined when it is not in the list. */
export function rejectCode(code: string): RejectCode | undefined {
  const key = typeof code === 'string' ? code.trim().toUpperCase() : '';
  return REJECT_CODES.find((r) => r.code === key || r.code === key.padStart(2, '0'));
}
