/**
 * Scores a fill attempt step by step against the engine's answer key: each point says what was right or wrong,
 * the rule behind it and its citation; critical errors (wrong patient, drug, strength or dose; a C-II refilled;
 * an alert overridden; filling what must not be filled) are marked.
 */
import { parseSig, sigToDirections, TRANSFER_CAUTION } from '../pharmacy';
import { ndc11, type AnswerKey, type ClaimAction } from './key';
import type { ProblemType, Scenario } from './types';

/** The screens of the workflow, in order. */
export const FILL_STEPS = ['intake', 'entry', 'dur', 'product', 'count', 'label', 'submit'] as const;
export type FillStep = (typeof FILL_STEPS)[number];

/** What the learner did, step by step (any step may be missing when the learner stopped earlier). */
export interface FillAttempt {
  intake?: { decision: 'accept' | 'flag'; flags: ProblemType[] };
  entry?: { patientId: string; prescriberId: string; ndc: string; sig: string; quantity: number; daysSupply: number; refills: number; daw: number };
  dur?: { alertAction: 'refer-pharmacist' | 'override' | 'none'; claimAction: ClaimAction };
  product?: { slotId: string; scanned: boolean };
  count?: { quantity: number; waterMl?: number };
  label?: { aux: string[]; transferCaution: boolean };
  outcome?: { kind: 'fill' } | { kind: 'do-not-fill'; reasons: ProblemType[]; atStep: FillStep };
  /** Milliseconds spent on each step. */
  times?: Partial<Record<FillStep, number>>;
}

/** One point of a step's report. */
export interface ReportItem {
  /** Stable id ("entry.days-supply"). */
  id: string;
  ok: boolean;
  critical: boolean;
  /** What was expected and what was done. */
  message: string;
  /** The rule behind it, with its citation. */
  citation: string;
}

/** The report of one step. */
export interface StepReport {
  step: FillStep;
  /** False when the learner ended the fill before this step (nothing to score). */
  reached: boolean;
  items: ReportItem[];
  points: number;
  max: number;
  ms?: number;
}

/** The whole report. */
export interface FillReport {
  steps: StepReport[];
  points: number;
  max: number;
  critical: ReportItem[];
  /** True when the outcome is right and nothing critical happened. */
  passed: boolean;
}

const SOP = 'Pharmacy technician workflow (RxTray simulator)';
const CITE = {
  intake: '21 CFR 1306.05(a); 1306.12; 1306.22; ISMP and The Joint Commission lists; state law',
  daysSupply: "Days' supply: quantity ÷ (units per dose × doses per day), rounded down; a written course caps it",
  dur: 'A technician refers every clinical DUR alert to the pharmacist and never overrides it (state pharmacy practice acts)',
  claim: 'NCPDP Telecommunication Standard, Reject Code (511-FB)',
  product: 'Scan the stock bottle: its NDC must match the NDC entered; never dispense an expired lot (21 U.S.C. 351)',
  transfer: '21 CFR 290.5',
  label: 'FDCA § 503(b)(2) (21 U.S.C. 353(b)(2))',
  c2: '21 CFR 1306.12(a)',
  outcome: 'A prescription that must not be filled is referred to the pharmacist, with the reasons',
} as const;

const item = (id: string, ok: boolean, message: string, citation: string, critical = false): ReportItem => ({ id, ok, critical: critical && !ok, message, citation });
const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Scores an attempt. Steps after a "do not fill" are reported as not reached. */
export function scoreFill(s: Scenario, key: AnswerKey, attempt: FillAttempt): FillReport {
  const stoppedAt = attempt.outcome?.kind === 'do-not-fill' ? FILL_STEPS.indexOf(attempt.outcome.atStep) : FILL_STEPS.length;
  const steps: StepReport[] = FILL_STEPS.map((step, index) => {
    // The outcome is always scored, also when the learner stopped early with "Do not fill".
    const reached = index <= stoppedAt || step === 'submit';
    const items = reached ? scoreStep(step, s, key, attempt) : [];
    const ms = attempt.times?.[step];
    return { step, reached, items, points: items.filter((i) => i.ok).length, max: items.length, ...(ms === undefined ? {} : { ms }) };
  });
  const all = steps.flatMap((st) => st.items);
  const critical = all.filter((i) => i.critical);
  const outcomeOk = all.find((i) => i.id === 'submit.outcome')?.ok ?? false;
  return { steps, points: all.filter((i) => i.ok).length, max: all.length, critical, passed: outcomeOk && critical.length === 0 };
}

function scoreStep(step: FillStep, s: Scenario, key: AnswerKey, a: FillAttempt): ReportItem[] {
  switch (step) {
    case 'intake': {
      const flags = a.intake?.flags ?? [];
      const expected = key.problems.filter((p) => key.intake.types.includes(p) || p === 'days-supply');
      if (expected.length === 0) return [item('intake.accept', flags.length === 0, flags.length === 0 ? 'The prescription is complete and valid; you accepted it.' : `Nothing on this prescription needed flagging, but you flagged: ${flags.join(', ')}.`, CITE.intake)];
      const byType = (t: ProblemType) => key.intake.problems.filter((p) => (t === 'days-supply' ? false : problemIs(p.ruleId, t)));
      return [
        ...expected.map((t) => {
          const rules = byType(t);
          const why = t === 'days-supply' ? `The stated days' supply (${s.rx.statedDaysSupply}) does not match the quantity and sig (${key.entry.daysSupply}).` : rules.map((r) => r.message).join(' ');
          return item(`intake.${t}`, flags.includes(t), `${flags.includes(t) ? 'Flagged' : 'Missed'}: ${why}`, t === 'days-supply' ? CITE.daysSupply : rules.map((r) => r.citation).join('; '), !flags.includes(t) && BLOCKING_AT_INTAKE.has(t));
        }),
        ...flags.filter((f) => !expected.includes(f)).map((f) => item(`intake.false-${f}`, false, `You flagged "${f}", but the prescription has no such problem.`, CITE.intake)),
      ];
    }
    case 'entry': {
      const e = a.entry;
      if (!e) return [item('entry.missing', false, 'The data entry was not completed.', SOP)];
      const sig = parseSig(e.sig);
      const dose = sig.ok ? sig.value.doses[0]?.amount : undefined;
      const perDay = sig.ok ? sig.value.dosesPerDay : undefined;
      const directions = sigToDirections(e.sig);
      const enteredNdc = ndc11(e.ndc);
      const sameDrug = enteredNdc !== undefined && s.shelf.some((slot) => ndc11(slot.product.ndc) === enteredNdc && slot.product.drug === s.product.drug && slot.product.strength === s.product.strength);
      return [
        item('entry.patient', e.patientId === key.entry.patientId, e.patientId === key.entry.patientId ? 'The patient profile matches the prescription.' : 'Wrong patient profile: check the name and date of birth on the prescription.', SOP, true),
        item('entry.prescriber', e.prescriberId === key.entry.prescriberId, e.prescriberId === key.entry.prescriberId ? 'The prescriber matches the prescription.' : 'Wrong prescriber.', SOP),
        item('entry.product', enteredNdc === key.entry.ndc11, enteredNdc === key.entry.ndc11 ? `The product matches the prescription: NDC ${s.product.ndc}.` : `Wrong product: the prescription calls for ${s.product.name} ${s.product.strength} (NDC ${s.product.ndc}).`, SOP, !sameDrug),
        item('entry.sig', dose === key.entry.doseAmount && perDay === key.entry.dosesPerDay && directions.ok, directions.ok && dose === key.entry.doseAmount && perDay === key.entry.dosesPerDay ? `Directions: "${directions.value}".` : `The directions do not match the prescription${key.entry.directions ? `: "${key.entry.directions}"` : ''}.`, SOP, true),
        item('entry.quantity', e.quantity === key.entry.quantity, e.quantity === key.entry.quantity ? 'The quantity matches the prescription.' : `Quantity ${e.quantity}; the prescription says ${key.entry.quantity} ${s.rx.quantityUnit}.`, SOP),
        item('entry.days-supply', e.daysSupply === key.entry.daysSupply, e.daysSupply === key.entry.daysSupply ? `Right days' supply: ${key.entry.daysSupply}.` : `Days' supply ${e.daysSupply}; it is ${key.entry.daysSupply}.`, CITE.daysSupply),
        item('entry.refills', e.refills === key.entry.refills, e.refills === key.entry.refills ? 'The refills match the prescription.' : s.schedule === 'C-II' ? 'A C-II prescription cannot be refilled: enter 0 refills.' : `Refills ${e.refills}; the prescription authorizes ${key.entry.refills}.`, s.schedule === 'C-II' ? CITE.c2 : SOP, s.schedule === 'C-II' && e.refills > 0),
        item('entry.daw', e.daw === key.entry.daw, e.daw === key.entry.daw ? `DAW code ${key.entry.daw} is right.` : `DAW ${e.daw}; it is ${key.entry.daw} (${key.entry.daw === 0 ? 'no product selection indicated: a generic is dispensed' : 'substitution not allowed by the prescriber'}).`, 'NCPDP field 408-D8 (DAW)'),
      ];
    }
    case 'dur': {
      const d = a.dur;
      const alertAction = d?.alertAction ?? 'none';
      const claimAction = d?.claimAction ?? 'proceed';
      const items: ReportItem[] = [];
      if (key.dur.alerts.length > 0) {
        items.push(item('dur.alerts', alertAction === 'refer-pharmacist', alertAction === 'refer-pharmacist' ? `You referred the alert${key.dur.alerts.length > 1 ? 's' : ''} to the pharmacist: ${key.dur.alerts.map((x) => x.message).join(' ')}` : alertAction === 'override' ? 'You overrode a clinical DUR alert. Only the pharmacist may act on it.' : `You did not refer the DUR alert to the pharmacist: ${key.dur.alerts.map((x) => x.message).join(' ')}`, `${CITE.dur}; ${key.dur.alerts.map((x) => x.citation).join('; ')}`, true));
      } else {
        items.push(item('dur.alerts', alertAction !== 'override', alertAction === 'override' ? 'There was no alert, and an override is never the technician’s call.' : 'No DUR alerts for this prescription.', CITE.dur, true));
      }
      const claim = key.claim.response;
      const claimText = claim.status === 'rejected' ? `Reject ${claim.reject.code} (${claim.reject.meaning}): ${claim.reject.action}` : claim.status === 'cash' ? 'No insurance: a cash sale.' : 'The claim was paid.';
      items.push(item('dur.claim', claimAction === key.claim.action, `${claimAction === key.claim.action ? 'Right response' : `You chose "${claimAction}"; the right response is "${key.claim.action}"`}. ${claimText}`, CITE.claim, claimAction === 'override'));
      return items;
    }
    case 'product': {
      const picked = s.shelf.find((slot) => slot.id === a.product?.slotId);
      const right = picked?.id === key.product.slotId;
      const wrongDrug = picked !== undefined && (picked.product.drug !== s.product.drug || picked.product.strength !== s.product.strength);
      const expired = picked?.role === 'expired-lot';
      const what = !picked ? 'No product was picked.' : right ? `Right product and lot: ${picked.product.name} ${picked.product.strength}, NDC ${picked.product.ndc}, lot ${picked.product.lot} (expires ${picked.product.expiry}).` : expired ? `Lot ${picked.product.lot} expired ${picked.product.expiry}: never dispense an expired lot.` : wrongDrug ? `Wrong product: you picked ${picked.product.name} ${picked.product.strength} (NDC ${picked.product.ndc}, a ${ROLE_WORDS[picked.role]}); the prescription calls for ${s.product.name} ${s.product.strength}.` : `Wrong package: NDC ${picked.product.ndc} is ${picked.product.package}; the NDC entered is ${s.product.ndc}.`;
      return [
        item('product.pick', right, what, CITE.product, !right && (wrongDrug || expired || !picked)),
        item('product.scan', a.product?.scanned === true, a.product?.scanned ? 'You scanned the bottle to compare its NDC with the one entered.' : 'Scan the bottle: the scan compares its NDC with the NDC entered and catches a wrong pick.', CITE.product),
      ];
    }
    case 'count': {
      const c = a.count;
      const items = [item('count.quantity', c?.quantity === key.count.quantity, c?.quantity === key.count.quantity ? `Right: ${key.count.quantity} ${s.rx.quantityUnit}.` : `You ${key.count.method === 'count' ? 'counted' : 'prepared'} ${c?.quantity ?? 0}; the prescription is for ${key.count.quantity} ${s.rx.quantityUnit}.`, SOP, true)];
      if (key.count.waterMl !== undefined) items.push(item('count.water', c?.waterMl === key.count.waterMl, c?.waterMl === key.count.waterMl ? `Right: ${key.count.waterMl} mL of purified water, as the bottle's label directs.` : `Add ${key.count.waterMl} mL of purified water, as the bottle's label directs (you added ${c?.waterMl ?? 0} mL).`, 'Product labeling: reconstitution directions', true));
      return items;
    }
    case 'label': {
      const l = a.label;
      const aux = l?.aux ?? [];
      const missed = key.label.auxLabels.filter((x) => !aux.includes(x));
      const extra = aux.filter((x) => !key.label.auxLabels.includes(x));
      return [
        item('label.transfer', (l?.transferCaution ?? false) === key.label.transferCaution, key.label.transferCaution ? (l?.transferCaution ? 'The federal transfer caution is on the label.' : `A ${s.schedule} label must carry: "${TRANSFER_CAUTION}"`) : l?.transferCaution ? `The transfer caution is only required for C-II–C-IV drugs; this is ${s.schedule ?? 'not controlled'}.` : 'No transfer caution needed.', CITE.transfer),
        item('label.aux', missed.length === 0 && extra.length === 0, missed.length === 0 && extra.length === 0 ? 'Right auxiliary labels.' : [missed.length ? `Missing: ${missed.join('; ')}.` : '', extra.length ? `Not for this drug: ${extra.join('; ')}.` : ''].join(' ').trim(), `${CITE.label}; product labeling`),
      ];
    }
    case 'submit': {
      const o = a.outcome;
      const kind = o?.kind ?? 'fill';
      if (key.outcome === 'fill') {
        return [item('submit.outcome', kind === 'fill', kind === 'fill' ? 'Right: the prescription could be filled and you sent it to the pharmacist for verification.' : 'This prescription could be filled; "Do not fill" was not needed.', CITE.outcome)];
      }
      const reasons = o?.kind === 'do-not-fill' ? o.reasons : [];
      const right = kind === 'do-not-fill';
      return [
        item('submit.outcome', right, right ? 'Right: this prescription must not be filled now.' : `You filled a prescription that must not be filled: ${key.reasons.join(', ')}.`, CITE.outcome, true),
        ...(right ? [item('submit.reasons', same(reasons, key.reasons), same(reasons, key.reasons) ? `Right reasons: ${key.reasons.join(', ')}.` : `The reasons are ${key.reasons.join(', ')}; you gave ${reasons.join(', ') || 'none'}.`, CITE.outcome)] : []),
      ];
    }
  }
}

const BLOCKING_AT_INTAKE: ReadonlySet<ProblemType> = new Set(['dea', 'missing-element', 'refills', 'expired-rx', 'postdated']);
const ROLE_WORDS: Record<string, string> = { 'other-strength': 'different strength', 'other-package': 'different package', 'look-alike': 'look-alike/sound-alike drug', neighbour: 'different drug', 'expired-lot': 'expired lot', correct: 'right product' };

const problemIs = (ruleId: string, type: ProblemType): boolean => {
  const map: Record<string, RegExp> = { dea: /^dea-/, 'missing-element': /^missing-/, refills: /^(c2-no-refills|c3-c4-refill-limit)$/, 'expired-rx': /^(c3-c4-six-months|state-expiry)$/, postdated: /^issue-date-future$/, 'error-prone': /^error-prone-/ };
  return map[type]?.test(ruleId) ?? false;
};

/** The attempt that does everything right: the key as the learner's actions (tests, the check exercise). */
export function perfectAttempt(s: Scenario, key: AnswerKey): FillAttempt {
  const intakeFlags = key.problems.filter((p) => key.intake.types.includes(p) || p === 'days-supply');
  const stopAt = key.outcome === 'do-not-fill' ? (key.reasons.some((r) => BLOCKING_AT_INTAKE.has(r)) ? 'intake' : 'dur') : undefined;
  return {
    intake: { decision: intakeFlags.length ? 'flag' : 'accept', flags: intakeFlags },
    entry: { patientId: key.entry.patientId, prescriberId: key.entry.prescriberId, ndc: s.product.ndc, sig: s.rx.sig, quantity: key.entry.quantity, daysSupply: key.entry.daysSupply ?? 0, refills: key.entry.refills, daw: key.entry.daw },
    dur: { alertAction: key.dur.action, claimAction: key.claim.action },
    product: { slotId: key.product.slotId, scanned: true },
    count: { quantity: key.count.quantity, ...(key.count.waterMl === undefined ? {} : { waterMl: key.count.waterMl }) },
    label: { aux: [...key.label.auxLabels], transferCaution: key.label.transferCaution },
    outcome: stopAt ? { kind: 'do-not-fill', reasons: [...key.reasons], atStep: stopAt } : { kind: 'fill' },
  };
}
