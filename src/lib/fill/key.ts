/**
 * The answer key of a scenario, computed by the pharmacy engine (checkPrescription, checkDea, parseSig,
 * sigToDirections, daysSupply, parseNdc, checkLabel), the DUR screen and the plan's rules — never typed by hand.
 */
import { checkPrescription, daysBetween, daysSupply as engineDaysSupply, parseNdc, parseSig, rejectCode, sigToDirections, TRANSFER_CAUTION, type PrescriptionInput, type RejectCode, type RuleProblem } from '../pharmacy';
import { screenDur, type DurAlert } from './dur';
import { FILL_TEMPLATES } from './templates';
import type { FillWorld, ProblemType, Scenario, ShelfProduct, ShelfSlot } from './types';

/** The prescription as checkPrescription reads it. */
export function prescriptionInput(s: Scenario): PrescriptionInput {
  const { rx, prescriber, patient } = s;
  return {
    schedule: s.schedule,
    ...(rx.issuedOn ? { issuedOn: rx.issuedOn } : {}),
    patientName: `${patient.first} ${patient.last}`,
    ...(rx.patientAddress ? { patientAddress: rx.patientAddress } : {}),
    drugName: rx.drugName,
    strength: rx.strength,
    dosageForm: rx.dosageForm,
    quantity: rx.quantity,
    directions: rx.sig,
    refills: rx.refills,
    prescriberName: `${prescriber.first} ${prescriber.last}, ${prescriber.credential}`,
    prescriberLastName: prescriber.last,
    prescriberAddress: prescriber.address,
    ...(rx.prescriberDea ? { prescriberDea: rx.prescriberDea } : {}),
    signed: rx.signed,
    medium: rx.medium,
  };
}

/** The 11-digit billing form of an NDC, or undefined when it is not one. */
export function ndc11(ndc: string): string | undefined {
  const parsed = parseNdc(ndc);
  return parsed.ok ? parsed.value.ndc11 : undefined;
}

/** True when a lot's expiry month (YYYY-MM, good through its last day) is before the fill date. */
export const isExpired = (expiry: string, today: string): boolean => expiry < today.slice(0, 7);

/** The shelf tag of a product: what a technician reads under the slot. */
export const shelfTag = (p: ShelfProduct): string => `${p.name} ${p.strength} ${p.form} — ${p.package}`;

/**
 * Days' supply of a sig and quantity (engine `daysSupply`): drops in each eye count twice, inhalers and
 * insulin turn the quantity into actuations or units, and a written course (x 10 days) caps the result.
 * Topicals have no countable dose, so their days' supply is the course written. Undefined when the sig does
 * not say how often.
 */
export function computeDaysSupply(sigText: string, quantity: number, templateId: string): number | undefined {
  const memo = `${templateId}|${quantity}|${sigText}`;
  if (daysMemo.has(memo)) return daysMemo.get(memo);
  const days = daysSupplyOf(sigText, quantity, templateId);
  if (daysMemo.size > 2000) daysMemo.clear();
  daysMemo.set(memo, days);
  return days;
}

const daysMemo = new Map<string, number | undefined>();

function daysSupplyOf(sigText: string, quantity: number, templateId: string): number | undefined {
  const template = FILL_TEMPLATES.find((t) => t.id === templateId);
  const sig = parseSig(sigText);
  if (!sig.ok || !template) return undefined;
  const { dosesPerDay, durationDays } = sig.value;
  if (template.kind === 'topical') return durationDays;
  const dose = sig.value.doses[0];
  if (dosesPerDay === undefined || dose === undefined) return undefined;
  const perDose = dose.amountMax ?? dose.amount;
  const both = /each|both/.test(sig.value.site?.text ?? '') ? 2 : 1;
  const days =
    template.kind === 'drops'
      ? engineDaysSupply({ form: 'drops', volumeMl: quantity, dropsPerDose: perDose * both, dosesPerDay })
      : engineDaysSupply({ form: 'unit', quantity: quantity * (template.dosesPerQuantity ?? 1), unitsPerDose: perDose, dosesPerDay });
  return durationDays === undefined ? days : Math.min(days, durationDays);
}

/** What the plan answers to the claim. */
export type ClaimResponse = { status: 'paid' } | { status: 'cash' } | { status: 'rejected'; reject: RejectCode };

/** The technician's possible answers to a claim response. */
export const CLAIM_ACTIONS = ['proceed', 'contact-prescriber', 'tell-patient-date', 'correct-and-resubmit', 'override'] as const;
export type ClaimAction = (typeof CLAIM_ACTIONS)[number];

/** Adjudicates the claim with the scenario plan's rules; the reject codes are the engine's (NCPDP 511-FB). */
export function adjudicate(s: Scenario, days: number | undefined): ClaimResponse {
  const plan = s.plan;
  if (plan === null) return { status: 'cash' };
  const reject = (code: string): ClaimResponse => {
    const found = rejectCode(code);
    if (!found) throw new Error(`reject code ${code} is not in REJECT_CODES`);
    return { status: 'rejected', reject: found };
  };
  if (plan.notCovered.includes(s.rx.drug)) return reject('70');
  if (plan.priorAuthorization.includes(s.rx.drug)) return reject('75');
  if (s.history) {
    const due = Math.ceil(plan.refillThreshold * s.history.daysSupply);
    if (daysBetween(s.history.lastFilled, s.today) < due) return reject('79');
  }
  if (days !== undefined && days > plan.maxDaysSupply) return reject('76');
  return { status: 'paid' };
}

/** The technician's action a claim response calls for. */
export function claimActionFor(claim: ClaimResponse): ClaimAction {
  if (claim.status !== 'rejected') return 'proceed';
  switch (claim.reject.code) {
    case '70':
    case '75':
      return 'contact-prescriber';
    case '79':
      return 'tell-patient-date';
    default:
      return 'correct-and-resubmit';
  }
}

const RULE_PROBLEM: [RegExp, ProblemType][] = [
  [/^dea-/, 'dea'],
  [/^missing-/, 'missing-element'],
  [/^(c2-no-refills|c3-c4-refill-limit)$/, 'refills'],
  [/^(c3-c4-six-months|state-expiry)$/, 'expired-rx'],
  [/^issue-date-future$/, 'postdated'],
  [/^error-prone-/, 'error-prone'],
];

/** The problem type of a checkPrescription rule id, if the simulator teaches it. */
export function problemOfRule(ruleId: string): ProblemType | undefined {
  return RULE_PROBLEM.find(([pattern]) => pattern.test(ruleId))?.[1];
}

/** Problems that mean the prescription must not be filled today (the technician ends with "Do not fill"). */
export const BLOCKING: ReadonlySet<ProblemType> = new Set(['dea', 'missing-element', 'refills', 'expired-rx', 'postdated', 'allergy', 'early-refill', 'prior-auth']);

/** Everything the learner should find and do, step by step, computed by the engine. */
export interface AnswerKey {
  intake: { problems: RuleProblem[]; types: ProblemType[] };
  entry: { patientId: string; prescriberId: string; ndc11: string; directions: string | undefined; dosesPerDay: number | undefined; doseAmount: number | undefined; quantity: number; daysSupply: number | undefined; refills: number; daw: 0 | 1 };
  dur: { alerts: DurAlert[]; action: 'refer-pharmacist' | 'none'; pharmacist: 'approve' | 'hold' };
  claim: { response: ClaimResponse; action: ClaimAction };
  product: { slotId: string; traps: ShelfSlot[] };
  count: { method: Scenario['count']['method']; quantity: number; waterMl?: number };
  label: { transferCaution: boolean; auxLabels: string[]; cautionText: string };
  /** Every problem the engine finds, in PROBLEM_TYPES order. */
  problems: ProblemType[];
  outcome: 'fill' | 'do-not-fill';
  /** The problems that make it "do not fill" (the reasons to give). */
  reasons: ProblemType[];
}

const sigMemo = new Map<string, { sig: ReturnType<typeof parseSig>; directions: ReturnType<typeof sigToDirections> }>();
/** parseSig and sigToDirections of a sig, remembered: templates repeat the same few dozen sigs. */
function readSig(text: string) {
  let hit = sigMemo.get(text);
  if (!hit) {
    if (sigMemo.size > 2000) sigMemo.clear();
    sigMemo.set(text, (hit = { sig: parseSig(text), directions: sigToDirections(text) }));
  }
  return hit;
}

/** Computes the answer key of a scenario. */
export function answerKey(s: Scenario, world: FillWorld): AnswerKey {
  const check = checkPrescription(prescriptionInput(s), { today: s.today });
  const intakeTypes = [...new Set(check.problems.map((p) => problemOfRule(p.ruleId)).filter((t): t is ProblemType => t !== undefined))];
  const days = computeDaysSupply(s.rx.sig, s.rx.quantity, s.template);
  const { sig, directions } = readSig(s.rx.sig);
  const alerts = screenDur(s.rx.drug, { allergies: s.patient.allergies, medications: s.patient.medications.map((m) => m.drug) }, world.dur);
  const claim = adjudicate(s, days);
  const target = ndc11(s.product.ndc);
  const correct = s.shelf.find((slot) => ndc11(slot.product.ndc) === target && !isExpired(slot.product.expiry, s.today));
  const drug = world.drugs.find((d) => d.id === s.rx.drug);

  const found = new Set<ProblemType>(intakeTypes);
  if (s.rx.statedDaysSupply !== undefined && s.rx.statedDaysSupply !== days) found.add('days-supply');
  for (const alert of alerts) {
    if (alert.type === 'allergy' || alert.type === 'cross-sensitivity') found.add('allergy');
    else found.add(alert.type);
  }
  if (claim.status === 'rejected' && claim.reject.code === '79') found.add('early-refill');
  if (claim.status === 'rejected' && claim.reject.code === '75') found.add('prior-auth');
  const tagged = s.shelf.filter((slot) => slot.tag === shelfTag(s.product));
  if (tagged.some((slot) => ndc11(slot.product.ndc) !== target)) found.add('wrong-stock');
  if (s.shelf.some((slot) => ndc11(slot.product.ndc) === target && isExpired(slot.product.expiry, s.today))) found.add('expired-lot');

  const hold = alerts.some((a) => a.severity === 'contraindicated');
  const blocking = (t: ProblemType): boolean => BLOCKING.has(t) || (t === 'interaction' && hold) || (t === 'error-prone' && !check.valid && check.problems.some((p) => p.ruleId.startsWith('error-prone-') && p.severity === 'error'));
  const problems = [...found].sort((a, b) => order(a) - order(b));
  const reasons = problems.filter(blocking);
  const controlled = s.schedule === 'C-II' || s.schedule === 'C-III' || s.schedule === 'C-IV';
  return {
    intake: { problems: check.problems, types: intakeTypes },
    entry: {
      patientId: s.patient.id,
      prescriberId: s.prescriber.id,
      ndc11: target ?? '',
      directions: directions.ok ? directions.value : undefined,
      dosesPerDay: sig.ok ? sig.value.dosesPerDay : undefined,
      doseAmount: sig.ok ? sig.value.doses[0]?.amount : undefined,
      quantity: s.rx.quantity,
      daysSupply: days,
      // 21 CFR 1306.12(a): a C-II is never refilled; otherwise the refills written.
      refills: s.schedule === 'C-II' ? 0 : s.rx.refills,
      daw: s.rx.daw ? 1 : 0,
    },
    dur: { alerts, action: alerts.length > 0 ? 'refer-pharmacist' : 'none', pharmacist: hold || found.has('allergy') ? 'hold' : 'approve' },
    claim: { response: claim, action: claimActionFor(claim) },
    product: { slotId: correct?.id ?? '', traps: s.shelf.filter((slot) => slot.id !== correct?.id) },
    count: { method: s.count.method, quantity: s.rx.quantity, ...(s.count.waterMl === undefined ? {} : { waterMl: s.count.waterMl }) },
    label: { transferCaution: controlled, auxLabels: drug?.auxLabels ?? [], cautionText: TRANSFER_CAUTION },
    problems,
    outcome: reasons.length > 0 ? 'do-not-fill' : 'fill',
    reasons,
  };
}

const TYPE_ORDER: readonly ProblemType[] = ['dea', 'missing-element', 'refills', 'expired-rx', 'postdated', 'error-prone', 'days-supply', 'allergy', 'interaction', 'duplication', 'early-refill', 'prior-auth', 'wrong-stock', 'expired-lot'];
const order = (t: ProblemType): number => TYPE_ORDER.indexOf(t);
