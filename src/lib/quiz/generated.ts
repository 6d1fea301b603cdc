/**
 * Generated calculation items: seeded templates whose numbers and key come from the pharmacy engine, with
 * distractors made from the mistakes learners typically make (wrong conversion factor, rounding the wrong
 * way, an inverted ratio, a skipped step). The id `gen-<template>-<seed>` re-creates the same item, so a
 * recorded answer can always be checked again. Options never repeat the key or each other.
 */
import { daysSupply } from '../pharmacy/days-supply';
import { doseVolume, ivDropsPerMinute, ivRateMlPerHour, weightBasedDose } from '../pharmacy/calculations';
import { createRandom, type Random } from '../random';
import { LETTERS, type QuizOption, type QuizQuestion } from './types';

/** Prefix of every generated id. */
export const GENERATED_PREFIX = 'gen-';

interface Draft {
  lesson: string;
  difficulty: 1 | 2 | 3;
  stem: string;
  unit: string;
  key: number;
  keyWhy: string;
  /** Typical mistakes: the wrong result and why it is wrong. */
  mistakes: { value: number; why: string }[];
  explanation: string;
}

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });
const round = (n: number, places = 0) => Math.round(n * 10 ** places + 1e-9) / 10 ** places;

const FREQUENCIES = [
  { sig: 'once daily', perDay: 1 },
  { sig: 'twice daily', perDay: 2 },
  { sig: 'three times daily', perDay: 3 },
  { sig: 'four times daily', perDay: 4 },
] as const;

const TEMPLATES: Record<string, (r: Random) => Draft> = {
  'tablet-days': (r) => {
    const f = r.pick(FREQUENCIES.slice(1));
    const perDose = r.pick([1, 2]);
    const quantity = r.pick([30, 45, 50, 60, 75, 90, 100, 120]);
    const key = daysSupply({ form: 'unit', quantity, unitsPerDose: perDose, dosesPerDay: f.perDay });
    const exact = quantity / (perDose * f.perDay);
    return {
      lesson: 'calculations/days-supply-and-quantity',
      difficulty: 1,
      stem: `A prescription for ${quantity} tablets reads "Take ${perDose} tablet${perDose > 1 ? 's' : ''} by mouth ${f.sig}." What is the days' supply?`,
      unit: 'days',
      key,
      keyWhy: `${quantity} tablets ÷ (${perDose} × ${f.perDay} a day) = ${fmt(exact)}, rounded down to ${key} whole days.`,
      mistakes: [
        { value: Math.ceil(exact - 1e-9) === key ? key + 1 : Math.ceil(exact - 1e-9), why: 'This rounds up; a partial day is not a day of therapy, so days\' supply rounds down.' },
        { value: Math.floor(quantity / perDose), why: 'This divides by the tablets per dose only and forgets how many doses a day.' },
        { value: Math.floor(quantity / f.perDay), why: 'This divides by the doses a day only and forgets the tablets in each dose.' },
      ],
      explanation: `Days' supply = quantity ÷ (units per dose × doses a day) = ${quantity} ÷ ${perDose * f.perDay} = ${fmt(exact)}, rounded down: ${key} days.`,
    };
  },
  'weight-dose': (r) => {
    const lb = r.pick([22, 33, 44, 55, 66, 88]);
    const mgPerKg = r.pick([5, 10, 15, 20, 25]);
    const key = round(weightBasedDose({ weightLb: lb, mgPerKg }), 1);
    return {
      lesson: 'calculations/doses-and-weight-based-dosing',
      difficulty: 2,
      stem: `A child weighs ${lb} lb. The ordered dose is ${mgPerKg} mg/kg. How many milligrams is one dose? (1 kg = 2.2 lb)`,
      unit: 'mg',
      key,
      keyWhy: `${lb} lb ÷ 2.2 = ${fmt(lb / 2.2)} kg; × ${mgPerKg} mg/kg = ${fmt(key)} mg.`,
      mistakes: [
        { value: round(lb * 2.2 * mgPerKg, 1), why: 'This multiplies by 2.2 (an inverted conversion factor); pounds are divided by 2.2 to give kilograms.' },
        { value: round(lb * mgPerKg, 1), why: 'This uses the weight in pounds as if it were kilograms; convert to kg first.' },
        { value: round((lb / 2) * mgPerKg, 1), why: 'This uses 2 lb per kg; the conversion factor is 2.2 lb per kg.' },
      ],
      explanation: `Convert the weight to kilograms (${lb} lb ÷ 2.2 lb/kg = ${fmt(lb / 2.2)} kg), then multiply by the dose per kg: ${fmt(lb / 2.2)} kg × ${mgPerKg} mg/kg = ${fmt(key)} mg.`,
    };
  },
  'liquid-volume': (r) => {
    const strength = r.pick([{ amount: 125, volumeMl: 5 }, { amount: 250, volumeMl: 5 }, { amount: 200, volumeMl: 5 }, { amount: 100, volumeMl: 5 }]);
    const dose = strength.amount * r.pick([1.5, 2, 3, 4]);
    const key = round(doseVolume({ dose, concentration: strength }), 2);
    return {
      lesson: 'calculations/doses-and-weight-based-dosing',
      difficulty: 1,
      stem: `An oral suspension contains ${strength.amount} mg per ${strength.volumeMl} mL. How many mL hold a ${fmt(dose)} mg dose?`,
      unit: 'mL',
      key,
      keyWhy: `${fmt(dose)} mg × ${strength.volumeMl} mL / ${strength.amount} mg = ${fmt(key)} mL.`,
      mistakes: [
        { value: round((strength.amount * strength.volumeMl) / dose, 2), why: 'This inverts the ratio (concentration ÷ dose); the dose goes on top: dose × mL ÷ mg.' },
        { value: round(dose / strength.amount, 2), why: `This treats the strength as per 1 mL; it is ${strength.amount} mg in ${strength.volumeMl} mL.` },
        { value: round(key / 5, 2), why: 'This is the volume in teaspoons (÷ 5 mL), not in mL.' },
      ],
      explanation: `Set up the proportion: ${strength.amount} mg / ${strength.volumeMl} mL = ${fmt(dose)} mg / x mL, so x = ${fmt(dose)} × ${strength.volumeMl} ÷ ${strength.amount} = ${fmt(key)} mL.`,
    };
  },
  'iv-drip': (r) => {
    const volumeMl = r.pick([500, 1000, 250]);
    const hours = r.pick([4, 6, 8, 12]);
    const dropFactor = r.pick([10, 15, 20]);
    const rate = ivRateMlPerHour({ volumeMl, hours });
    const exact = ivDropsPerMinute({ rateMlPerHour: rate, dropFactor });
    const key = round(exact);
    const other = key >= exact ? Math.floor(exact) : Math.ceil(exact);
    return {
      lesson: 'calculations/iv-flow-and-drip-rates',
      difficulty: 2,
      stem: `${volumeMl} mL of normal saline is to run over ${hours} hours through a set of ${dropFactor} gtt/mL. What is the drip rate, to the nearest whole drop per minute?`,
      unit: 'gtt/min',
      key,
      keyWhy: `${volumeMl} mL ÷ ${hours} h = ${fmt(rate)} mL/h; × ${dropFactor} gtt/mL ÷ 60 min/h = ${fmt(exact)}, rounded to ${key} gtt/min.`,
      mistakes: [
        { value: other === key ? key + 1 : other, why: `This rounds the wrong way; ${fmt(exact)} rounds to the nearest whole number, ${key}.` },
        { value: round(rate * dropFactor), why: 'This leaves out the 60 minutes in an hour: it is drops per hour, not per minute.' },
        { value: round(rate / 60), why: 'This forgets the drop factor: it is mL per minute, not drops per minute.' },
      ],
      explanation: `Drip rate = volume (mL) × drop factor (gtt/mL) ÷ time (min) = ${volumeMl} × ${dropFactor} ÷ ${hours * 60} = ${fmt(exact)}, about ${key} gtt/min.`,
    };
  },
};

/** Template ids, in a fixed order. */
export const GENERATED_TEMPLATES: readonly string[] = Object.keys(TEMPLATES);

/** The id of the item made by `template` with `seed`. */
export const generatedId = (template: string, seed: number): string => `${GENERATED_PREFIX}${template}-${seed >>> 0}`;

/** Whether an id names a generated item. */
export const isGeneratedId = (id: string): boolean => id.startsWith(GENERATED_PREFIX);

/** Numbers near the key to stand in for a mistake that happens to equal the key or another option. */
function fallbacks(key: number): number[] {
  const step = key >= 20 ? 5 : key >= 5 ? 1 : 0.5;
  return [key + step, key - step, key * 2, key + 2 * step, key - 2 * step, key * 10, key + 3 * step].map((n) => round(n, 2)).filter((n) => n > 0);
}

/** The item with this id, or undefined when the id is not a generated one (or names an unknown template). */
export function generatedQuestion(id: string): QuizQuestion | undefined {
  const match = /^gen-([a-z-]+)-(\d+)$/.exec(id);
  if (!match) return undefined;
  const template = TEMPLATES[match[1] ?? ''];
  const seed = Number(match[2]);
  if (!template || !Number.isSafeInteger(seed)) return undefined;
  const r = createRandom(seed);
  const draft = template(r);
  const values: { value: number; why: string; key: boolean }[] = [{ value: draft.key, why: draft.keyWhy, key: true }];
  const extra = fallbacks(draft.key);
  for (const mistake of draft.mistakes) {
    let value = mistake.value;
    let why = mistake.why;
    while (values.some((v) => v.value === value) || !(value > 0)) {
      value = extra.shift() ?? value + 1;
      why = `This is not the result of the method; check each step: ${draft.keyWhy}`;
    }
    values.push({ value, why, key: false });
  }
  // The key's letter comes from the seed too, so generated keys are spread over a–d.
  const ordered = r.shuffle(values);
  const options: QuizOption[] = ordered.map((v, i) => ({ id: LETTERS[i] ?? 'a', text: `${fmt(v.value)} ${draft.unit}`, why: v.why }));
  const answer = LETTERS[ordered.findIndex((v) => v.key)] ?? 'a';
  return { id, area: '4.1', domain: 4, lesson: draft.lesson, difficulty: draft.difficulty, stem: draft.stem, options, answer, explanation: draft.explanation, generated: true };
}

/** `count` generated ids from a seed, cycling through the templates. */
export function generatedIds(count: number, seed: number): string[] {
  const r = createRandom(seed);
  return Array.from({ length: Math.max(0, count) }, (_, i) => generatedId(GENERATED_TEMPLATES[i % GENERATED_TEMPLATES.length] ?? 'tablet-days', r.int(0, 0x7fffffff)));
}
