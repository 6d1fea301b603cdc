/**
 * "Check a colleague's fill": a clean scenario filled by a colleague with 0–3 seeded errors, as the learner
 * sees it at final verification. The correct values come from the answer key; each error is a change the
 * engine can tell apart from the key.
 */
import { sigToDirections, TRANSFER_CAUTION } from '../pharmacy';
import { createRandom } from '../random';
import type { AnswerKey } from './key';
import type { Scenario, ShelfProduct } from './types';

/** Fields of a completed fill the learner can mark as wrong. */
export const CHECK_FIELDS = ['patient', 'product', 'quantity', 'days-supply', 'directions', 'refills', 'transfer-caution', 'lot'] as const;
export type CheckField = (typeof CHECK_FIELDS)[number];

/** A colleague's completed fill: data entry, product, count and label. */
export interface CompletedFill {
  patientName: string;
  patientDob: string;
  product: ShelfProduct;
  quantity: number;
  daysSupply: number;
  directions: string;
  refills: number;
  /** Cautionary statements on the label. */
  cautions: string[];
}

/** A check exercise: the fill and the errors seeded in it. */
export interface CheckExercise {
  fill: CompletedFill;
  errors: CheckField[];
}

/** The fields that can carry an error in this scenario (the transfer caution only for C-II–IV). */
export function checkableFields(s: Scenario, key: AnswerKey): CheckField[] {
  return CHECK_FIELDS.filter((f) => {
    if (f === 'transfer-caution') return key.label.transferCaution;
    if (f === 'product') return s.shelf.some((slot) => slot.role === 'other-strength' || slot.role === 'look-alike');
    if (f === 'days-supply') return key.entry.daysSupply !== undefined;
    if (f === 'directions') return key.entry.directions !== undefined;
    return true;
  });
}

/** Builds a check exercise with 0–3 errors (`errors` forces the number) from a seed. */
export function makeCheck(s: Scenario, key: AnswerKey, seed: number, others: { name: string; dob: string }[], errors?: number): CheckExercise {
  const rng = createRandom(`check:${seed}:${s.id}`);
  const fields = checkableFields(s, key);
  // A wrong product and a wrong lot of it cannot both be seen, so at most one of the two is seeded.
  const chosen = rng.shuffle(fields).filter((f, i, all) => !(f === 'lot' && all.indexOf('product') >= 0 && all.indexOf('product') < i) && !(f === 'product' && all.indexOf('lot') >= 0 && all.indexOf('lot') < i)).slice(0, Math.min(fields.length, errors ?? rng.int(0, 3)));
  const has = (f: CheckField) => chosen.includes(f);
  const right = s.shelf.find((slot) => slot.id === key.product.slotId)?.product ?? s.product;
  const wrongProduct = s.shelf.find((slot) => slot.role === 'other-strength')?.product ?? s.shelf.find((slot) => slot.role === 'look-alike')?.product;
  const other = others.find((o) => o.name !== `${s.patient.first} ${s.patient.last}`);
  const directions = key.entry.directions ?? s.rx.sig;
  const days = key.entry.daysSupply ?? 0;
  const fill: CompletedFill = {
    patientName: has('patient') && other ? other.name : `${s.patient.first} ${s.patient.last}`,
    patientDob: has('patient') && other ? other.dob : s.patient.dob,
    product: has('product') && wrongProduct ? wrongProduct : has('lot') ? { ...right, lot: `${right.lot}E`, expiry: `${Number(s.today.slice(0, 4)) - 1}${s.today.slice(4, 7)}` } : right,
    quantity: has('quantity') ? wrongNumber(key.count.quantity, rng.int(1, 3)) : key.count.quantity,
    daysSupply: has('days-supply') ? wrongNumber(days, rng.int(1, 3)) : days,
    directions: has('directions') ? wrongDirections(s.rx.sig, directions) : directions,
    refills: has('refills') ? key.entry.refills + rng.int(1, 3) : key.entry.refills,
    cautions: key.label.transferCaution && !has('transfer-caution') ? [TRANSFER_CAUTION] : [],
  };
  return { fill, errors: CHECK_FIELDS.filter((f) => chosen.includes(f)) };
}

/** A plausible wrong number: doubled, halved or off by a few. */
function wrongNumber(n: number, variant: number): number {
  if (variant === 1) return n * 2;
  if (variant === 2 && n > 2) return Math.floor(n / 2);
  return n + 5;
}

/** The directions of the sig with its frequency changed (daily → twice daily, and so on), through the engine. */
function wrongDirections(sig: string, right: string): string {
  const swaps: [RegExp, string][] = [[/\bdaily\b/, 'bid'], [/\bbid\b/, 'tid'], [/\btid\b/, 'bid'], [/\bq6h\b/, 'q4h'], [/\bq8h\b/, 'q4h'], [/\bq12h\b/, 'q6h'], [/\bat bedtime\b/, 'bid'], [/\bevery morning\b/, 'bid'], [/\bq4-6h\b/, 'q2h']];
  for (const [pattern, to] of swaps) {
    if (!pattern.test(sig)) continue;
    const changed = sigToDirections(sig.replace(pattern, to));
    if (changed.ok && changed.value !== right) return changed.value;
  }
  return right.replace(/^(\w+) (\d+)/, (_m, verb: string, n: string) => `${verb} ${Number(n) + 1}`);
}

/** Scores the fields the learner marked: each field right or wrong, errors missed and false alarms named. */
export function scoreCheck(exercise: CheckExercise, marked: readonly CheckField[]): { field: CheckField; error: boolean; marked: boolean; ok: boolean }[] {
  return CHECK_FIELDS.map((field) => {
    const error = exercise.errors.includes(field);
    const isMarked = marked.includes(field);
    return { field, error, marked: isMarked, ok: error === isMarked };
  });
}
