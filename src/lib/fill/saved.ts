/**
 * The in-progress fill as the sessions store keeps it, so a reload resumes the same scenario at the same step.
 * The scenario itself is not stored: its link and fill date regenerate it. `parseSavedFill` reads whatever is
 * stored and gives null for anything it cannot trust, so a corrupt row never breaks the page.
 */
import { PROBLEM_TYPES, type ProblemType } from './types';
import { FILL_STEPS, type FillAttempt, type FillStep } from './score';
import { CLAIM_ACTIONS } from './key';
import type { FillLink } from './link';

export interface SavedFill {
  link: FillLink;
  mode: 'practice' | 'assessment';
  /** True for the guided first scenario. */
  tour: boolean;
  today: string;
  /** Index of the current step in FILL_STEPS. */
  step: number;
  attempt: FillAttempt;
  /** Steps whose practice feedback has been shown. */
  reviewed: FillStep[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max = 300): v is string => typeof v === 'string' && v.length <= max;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 100_000;
const isProblems = (v: unknown): v is ProblemType[] => Array.isArray(v) && v.length <= PROBLEM_TYPES.length && v.every((x) => (PROBLEM_TYPES as readonly unknown[]).includes(x));
const isStep = (v: unknown): v is FillStep => (FILL_STEPS as readonly unknown[]).includes(v);

function parseLink(v: unknown): FillLink | null {
  if (!isObject(v)) return null;
  const exercise = v['exercise'] === 'check' ? 'check' : v['exercise'] === 'fill' ? 'fill' : null;
  if (!exercise) return null;
  const mode = v['mode'] === 'assessment' ? ({ mode: 'assessment' } as const) : {};
  if (v['kind'] === 'curated' && isText(v['id'], 80) && v['id'] !== '') return { kind: 'curated', id: v['id'], exercise, ...mode };
  const { seed, difficulty } = v;
  if (v['kind'] === 'generated' && typeof seed === 'number' && Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff && (difficulty === 1 || difficulty === 2 || difficulty === 3)) return { kind: 'generated', seed, difficulty, exercise, ...mode };
  return null;
}

/** Reads the attempt part by part; an unreadable part is dropped (the learner redoes that step), never thrown. */
function parseAttempt(v: unknown): FillAttempt {
  if (!isObject(v)) return {};
  const out: FillAttempt = {};
  const { intake, entry, dur, product, count, label, outcome, times } = v;
  if (isObject(intake) && (intake['decision'] === 'accept' || intake['decision'] === 'flag') && isProblems(intake['flags'])) out.intake = { decision: intake['decision'], flags: [...intake['flags']] };
  if (isObject(entry) && isText(entry['patientId']) && isText(entry['prescriberId']) && isText(entry['ndc']) && isText(entry['sig'], 500) && isCount(entry['quantity']) && isCount(entry['daysSupply']) && isCount(entry['refills']) && isCount(entry['daw'])) {
    out.entry = { patientId: entry['patientId'], prescriberId: entry['prescriberId'], ndc: entry['ndc'], sig: entry['sig'], quantity: entry['quantity'], daysSupply: entry['daysSupply'], refills: entry['refills'], daw: entry['daw'] };
  }
  if (isObject(dur) && ['refer-pharmacist', 'override', 'none'].includes(dur['alertAction'] as string) && (CLAIM_ACTIONS as readonly unknown[]).includes(dur['claimAction'])) out.dur = dur as FillAttempt['dur'] & Json;
  if (isObject(product) && isText(product['slotId'], 20) && typeof product['scanned'] === 'boolean') out.product = { slotId: product['slotId'], scanned: product['scanned'] };
  if (isObject(count) && isCount(count['quantity']) && (count['waterMl'] === undefined || isCount(count['waterMl']))) out.count = { quantity: count['quantity'], ...(count['waterMl'] === undefined ? {} : { waterMl: count['waterMl'] as number }) };
  if (isObject(label) && Array.isArray(label['aux']) && label['aux'].length <= 20 && label['aux'].every((x) => isText(x)) && typeof label['transferCaution'] === 'boolean') out.label = { aux: [...(label['aux'] as string[])], transferCaution: label['transferCaution'] };
  if (isObject(outcome) && outcome['kind'] === 'fill') out.outcome = { kind: 'fill' };
  if (isObject(outcome) && outcome['kind'] === 'do-not-fill' && isProblems(outcome['reasons']) && isStep(outcome['atStep'])) out.outcome = { kind: 'do-not-fill', reasons: [...outcome['reasons']], atStep: outcome['atStep'] };
  if (isObject(times)) {
    const kept = Object.entries(times).filter(([k, ms]) => isStep(k) && isCount(ms));
    if (kept.length) out.times = Object.fromEntries(kept) as NonNullable<FillAttempt['times']>;
  }
  return out;
}

/** Reads a saved fill, or null when it cannot be trusted. */
export function parseSavedFill(value: unknown): SavedFill | null {
  if (!isObject(value)) return null;
  const link = parseLink(value['link']);
  const { mode, tour, today, step, reviewed } = value;
  if (!link || (mode !== 'practice' && mode !== 'assessment') || typeof tour !== 'boolean') return null;
  if (!isText(today, 10) || !/^\d{4}-\d{2}-\d{2}$/.test(today)) return null;
  if (typeof step !== 'number' || !Number.isInteger(step) || step < 0 || step >= FILL_STEPS.length) return null;
  return { link, mode, tour, today, step, attempt: parseAttempt(value['attempt']), reviewed: Array.isArray(reviewed) ? reviewed.filter(isStep) : [] };
}
