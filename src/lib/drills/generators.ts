/**
 * The drill generators. Each is pure and seeded: the same seed and difficulty give the same problem. Every
 * answer comes from the pharmacy engine (src/lib/pharmacy); the generator only chooses realistic inputs and words
 * the question and the worked solution around the engine's result.
 */
import {
  alligation,
  amountInVolume,
  cToF,
  convert,
  daysSupply,
  dilution,
  doseVolume,
  fToC,
  fromRoman,
  infusionHours,
  ivDropsPerMinute,
  ivRateMlPerHour,
  quantityToDispense,
  to12h,
  to24h,
  toRoman,
  weightBasedDose,
  CONVENTIONS,
} from '../pharmacy';
import { createRandom, type Random } from '../random';
import { num, roundTo, roundingRule } from './format';
import { DROPS, INHALERS, INJECTABLES, INSULINS, LIQUIDS, PRN_SOLID, SOLIDS, TOPICALS } from './products';
import type { Difficulty, DrillAnswer, DrillTopic, DrillType } from './types';

/** What a generator returns; `define` adds the id, type, seed and difficulty. */
interface Draft {
  question: string;
  answer: DrillAnswer;
  rounding: string;
  steps: string[];
  hint: string;
  conventions: string[];
}

const KG_LB = `1 kg = ${CONVENTIONS.lbPerKg} lb`;
const TSP = `1 tsp = ${CONVENTIONS.tspMl} mL`;
const TBSP = `1 tbsp = ${CONVENTIONS.tbspMl} mL`;
const FL_OZ = `1 fl oz = ${CONVENTIONS.flOzMl} mL`;
const DROPS_ML = `${CONVENTIONS.dropsPerMl} drops = 1 mL unless the product states otherwise`;
const DAYS_DOWN = "Days' supply is rounded down to whole days";
const QTY_UP = 'Quantity to dispense is rounded up to whole units';

/** A numeric answer with `decimals` places. */
const numeric = (value: number, unit: string, decimals: number): DrillAnswer => ({ kind: 'number', value: roundTo(value, decimals), unit, decimals });

/** Decimal places an exact result needs (at most 4), for answers that need no rounding. */
function placesOf(value: number): number {
  for (let d = 0; d < 4; d += 1) if (roundTo(value, d) === roundTo(value, 4)) return d;
  return 4;
}

/** The final step, worded the same way everywhere so learners learn to look for it. */
const answerStep = (answer: DrillAnswer): string =>
  answer.kind === 'number' ? `Answer: ${num(answer.value, answer.decimals)} ${answer.unit}`.trimEnd() : `Answer: ${answer.value}`;

interface DefineOptions {
  /** False for workplace math the 2026 PTCE no longer tests. */
  onExam?: boolean;
  /**
   * Answers a pharmacy would actually see; a draft outside is drawn again from the same seeded stream (a 15 mL
   * bottle used up in half a day, a 200-day eye drop), so every seed still gives one reproducible problem.
   */
  realistic?: [number, number];
}

/** Draws tried before the last one is kept; the ranges are wide enough that this is never reached in practice. */
const MAX_DRAWS = 40;

function define(
  id: string,
  title: string,
  topic: DrillTopic,
  build: (random: Random, difficulty: Difficulty) => Draft,
  { onExam = true, realistic }: DefineOptions = {},
): DrillType {
  const fits = (draft: Draft): boolean =>
    !realistic || draft.answer.kind !== 'number' || (draft.answer.value >= realistic[0] && draft.answer.value <= realistic[1]);
  return {
    id,
    title,
    topic,
    onExam,
    generate(seed, difficulty) {
      const random = createRandom(`${id}:${difficulty}:${seed}`);
      let draft = build(random, difficulty);
      for (let draw = 1; draw < MAX_DRAWS && !fits(draft); draw += 1) draft = build(random, difficulty);
      return {
        id: `${id}:${difficulty}:${seed}`,
        type: id,
        difficulty,
        seed,
        question: draft.question,
        answer: draft.answer,
        rounding: draft.rounding,
        steps: [...draft.steps, answerStep(draft.answer)],
        hint: draft.hint,
        conventions: draft.conventions,
        onExam,
      };
    },
  };
}

const times = (n: number): string => ({ 1: 'once a day', 2: 'twice a day', 3: 'three times a day', 4: 'four times a day' })[n] ?? `${n} times a day`;
const plural = (n: number, one: string, many = `${one}s`): string => `${num(n)} ${n === 1 ? one : many}`;

// ——— Conversions ————————————————————————————————————————————————————————————————

const metricConversion = define('metric-conversion', 'Metric conversions', 'conversions', (r, d) => {
  const pairs: [number, string, string][] =
    d === 1
      ? [[r.pick([250, 500, 750, 1500, 2000]), 'mg', 'g'], [r.pick([0.5, 1, 2, 1.5]), 'g', 'mg'], [r.pick([1, 2, 3]), 'L', 'mL']]
      : d === 2
        ? [[r.pick([0.125, 0.25, 0.4, 0.05]), 'mg', 'mcg'], [r.pick([2.5, 0.75, 1.2]), 'L', 'mL'], [r.pick([88, 125, 175, 200]), 'mcg', 'mg']]
        : [[r.pick([0.0005, 0.0025, 0.004]), 'g', 'mcg'], [r.pick([1.25, 0.3, 2.75]), 'kg', 'g'], [r.pick([350, 1250, 75]), 'mL', 'L']];
  const [value, from, to] = r.pick(pairs);
  const result = convert(value, from, to);
  const factor = convert(1, from, to);
  const up = factor >= 1;
  return {
    question: `Convert ${num(value, 4)} ${from} to ${to}.`,
    answer: numeric(result, to, placesOf(result)),
    rounding: 'Give the exact value.',
    steps: [
      `1 ${from} = ${num(factor, 6)} ${to}.`,
      up
        ? `Going to a smaller unit, multiply: ${num(value, 4)} ${from} × ${num(factor, 6)} ${to}/${from} = ${num(result, 4)} ${to}.`
        : `Going to a larger unit, divide: ${num(value, 4)} ${from} ÷ ${num(1 / factor, 6)} ${from}/${to} = ${num(result, 4)} ${to}.`,
    ],
    hint: 'Each metric step (kg → g → mg → mcg) is a factor of 1,000; move the decimal point three places per step.',
    conventions: ['1 kg = 1,000 g; 1 g = 1,000 mg; 1 mg = 1,000 mcg; 1 L = 1,000 mL'],
  };
});

const householdConversion = define('household-conversion', 'Household measures', 'conversions', (r, d) => {
  if (d === 3) {
    const tsp = r.pick([1, 2]);
    const perDay = r.pick([2, 3, 4]);
    const days = r.pick([10, 14, 15]);
    const perDoseMl = convert(tsp, 'tsp', 'mL');
    const totalMl = quantityToDispense({ unitsPerDose: perDoseMl, dosesPerDay: perDay, days });
    const flOz = convert(totalMl, 'mL', 'fl oz');
    return {
      question: `A prescription reads ${tsp} tsp by mouth ${times(perDay)} for ${days} days. How many fluid ounces must be dispensed?`,
      answer: numeric(flOz, 'fl oz', 1),
      rounding: roundingRule(1),
      steps: [
        `Dose in mL: ${tsp} tsp × ${CONVENTIONS.tspMl} mL/tsp = ${num(perDoseMl)} mL.`,
        `Total: ${num(perDoseMl)} mL/dose × ${perDay} doses/day × ${days} days = ${num(totalMl)} mL.`,
        `In fluid ounces: ${num(totalMl)} mL ÷ ${CONVENTIONS.flOzMl} mL/fl oz = ${num(flOz, 1)} fl oz.`,
      ],
      hint: 'Work out the total volume in mL first, then convert to fluid ounces.',
      conventions: [TSP, FL_OZ],
    };
  }
  const options: [number, string, string][] =
    d === 1
      ? [[r.pick([1, 2, 3]), 'tsp', 'mL'], [r.pick([1, 2]), 'tbsp', 'mL'], [r.pick([1, 2, 4, 8]), 'fl oz', 'mL']]
      : [[r.pick([7.5, 22.5, 45]), 'mL', 'tbsp'], [r.pick([2.5, 12.5, 17.5]), 'mL', 'tsp'], [r.pick([120, 240, 480, 90]), 'mL', 'fl oz']];
  const [value, from, to] = r.pick(options);
  const result = convert(value, from, to);
  const ml = from === 'mL' ? convert(1, to, 'mL') : convert(1, from, 'mL');
  return {
    question: `Convert ${num(value)} ${from} to ${to}.`,
    answer: numeric(result, to, placesOf(result)),
    rounding: 'Give the exact value.',
    steps: [
      from === 'mL' ? `1 ${to} = ${num(ml)} mL.` : `1 ${from} = ${num(ml)} mL.`,
      from === 'mL'
        ? `${num(value)} mL ÷ ${num(ml)} mL/${to} = ${num(result, 4)} ${to}.`
        : `${num(value)} ${from} × ${num(ml)} mL/${from} = ${num(result, 4)} mL.`,
    ],
    hint: 'Write the conversion factor as a fraction so the unit you do not want cancels.',
    conventions: [TSP, TBSP, FL_OZ],
  };
});

const weightConversion = define('weight-conversion', 'Body weight (lb ↔ kg)', 'conversions', (r, d) => {
  if (d === 1) {
    const lb = r.int(2, 9) * 11;
    const kg = convert(lb, 'lb', 'kg');
    return {
      question: `A patient weighs ${lb} lb. What is the weight in kilograms?`,
      answer: numeric(kg, 'kg', 0),
      rounding: roundingRule(0),
      steps: [`${lb} lb ÷ ${CONVENTIONS.lbPerKg} lb/kg = ${num(kg, 1)} kg.`],
      hint: 'There are more pounds than kilograms in the same weight: divide by 2.2.',
      conventions: [KG_LB],
    };
  }
  if (d === 2) {
    const lb = r.int(18, 260);
    const kg = convert(lb, 'lb', 'kg');
    return {
      question: `A patient weighs ${lb} lb. What is the weight in kilograms?`,
      answer: numeric(kg, 'kg', 1),
      rounding: roundingRule(1),
      steps: [`${lb} lb ÷ ${CONVENTIONS.lbPerKg} lb/kg = ${num(kg, 4)} kg.`, `Rounded to one decimal place: ${num(roundTo(kg, 1), 1)} kg.`],
      hint: 'Divide pounds by 2.2, then round.',
      conventions: [KG_LB],
    };
  }
  const kg = r.int(30, 450) / 10;
  const lb = convert(kg, 'kg', 'lb');
  return {
    question: `A child weighs ${num(kg, 1)} kg. What is the weight in pounds?`,
    answer: numeric(lb, 'lb', 1),
    rounding: roundingRule(1),
    steps: [`${num(kg, 1)} kg × ${CONVENTIONS.lbPerKg} lb/kg = ${num(lb, 4)} lb.`, `Rounded to one decimal place: ${num(roundTo(lb, 1), 1)} lb.`],
    hint: 'Going from kilograms to pounds the number gets bigger: multiply by 2.2.',
    conventions: [KG_LB],
  };
});

const temperature = define('temperature', 'Temperature (°C ↔ °F)', 'conversions', (r, d) => {
  const toF = d === 1 ? true : d === 2 ? false : r.pick([true, false]);
  if (toF) {
    const c = d === 1 ? r.pick([2, 8, 20, 25, 30, 40]) : r.pick([-25, -20, -10, 37, 15, 46, -50]);
    const f = cToF(c);
    return {
      question: `A storage condition is written as ${c} °C. What is it in degrees Fahrenheit?`,
      answer: numeric(f, '°F', 1),
      rounding: roundingRule(1),
      steps: [`°F = (°C × 9/5) + 32.`, `(${c} × 9/5) + 32 = ${num(c * 1.8, 2)} + 32 = ${num(f, 2)} °F.`],
      hint: 'Multiply by 9/5 (1.8), then add 32.',
      conventions: ['°F = (°C × 9/5) + 32; °C = (°F − 32) × 5/9'],
    };
  }
  const fValue = d === 2 ? r.pick([36, 46, 68, 77, 86, 98.6]) : r.pick([-13, -4, 14, 59, 104, 101.5]);
  const c = fToC(fValue);
  return {
    question: `A thermometer reads ${num(fValue, 1)} °F. What is it in degrees Celsius?`,
    answer: numeric(c, '°C', 1),
    rounding: roundingRule(1),
    steps: [`°C = (°F − 32) × 5/9.`, `(${num(fValue, 1)} − 32) × 5/9 = ${num(fValue - 32, 1)} × 5/9 = ${num(c, 2)} °C.`],
    hint: 'Subtract 32 first, then multiply by 5/9.',
    conventions: ['°F = (°C × 9/5) + 32; °C = (°F − 32) × 5/9'],
  };
});

// ——— Days' supply and quantity ——————————————————————————————————————————————————

const daysSupplySolids = define('days-supply-tablets', "Days' supply: tablets and capsules", 'days-supply', (r, d) => {
  const prn = d === 3;
  const product = prn ? PRN_SOLID : r.pick(SOLIDS);
  const quantity = r.pick(d === 1 ? [30, 60, 90] : prn ? [20, 28, 30, 40] : [28, 45, 100, 120, 84]);
  const perDose = d === 1 ? 1 : r.pick([1, 2]);
  // 1–2 tablets every 6 hours as needed: at most 8 a day, the labeled daily maximum of the 5 mg/325 mg tablet.
  const hours = 6;
  const perDay = prn ? 24 / hours : r.pick(d === 1 ? [1, 2] : [2, 3, 4]);
  const unitsPerDose = prn ? 2 : perDose;
  const days = daysSupply({ form: 'unit', quantity, unitsPerDose, dosesPerDay: perDay });
  const forms = product.form === 'tablet' ? 'tablets' : 'capsules';
  const sig = prn
    ? `1 to 2 ${forms} by mouth every ${hours} hours as needed for pain`
    : `${plural(perDose, product.form)} by mouth ${times(perDay)}`;
  return {
    question: `${product.name} ${product.strength}, #${quantity}. Sig: ${sig}. What is the days' supply?`,
    answer: numeric(days, 'days', 0),
    rounding: roundingRule(0, 'down'),
    steps: [
      prn
        ? `Use the most the sig allows: 2 ${forms} every ${hours} hours = 2 × (24 ÷ ${hours}) = ${num(unitsPerDose * perDay)} ${forms} a day.`
        : `${forms[0]?.toUpperCase()}${forms.slice(1)} a day: ${perDose} × ${perDay} = ${num(perDose * perDay)}.`,
      `${quantity} ${forms} ÷ ${num(unitsPerDose * perDay)} ${forms}/day = ${num(quantity / (unitsPerDose * perDay), 2)} days.`,
    ],
    hint: prn ? 'For a range, use the largest dose at the shortest interval.' : 'Divide the quantity by the number taken each day.',
    conventions: [DAYS_DOWN, 'For a range (1–2 tablets every 4–6 hours) use the maximum daily dose'],
  };
});

const daysSupplyLiquid = define('days-supply-liquid', "Days' supply: oral liquids", 'days-supply', (r, d): Draft => {
  const product = r.pick(LIQUIDS);
  const bottle = r.pick(product.bottles);
  const perDay = r.pick([1, 2, 3, 4]);
  let doseMl: number;
  let doseText: string;
  const steps: string[] = [];
  const conventions = [DAYS_DOWN];
  if (d === 1) {
    doseMl = r.pick([2.5, 5, 7.5, 10]);
    doseText = `${num(doseMl)} mL`;
  } else if (d === 2) {
    const tsp = r.pick([0.5, 1, 1.5, 2]);
    doseMl = convert(tsp, 'tsp', 'mL');
    doseText = `${num(tsp)} tsp`;
    steps.push(`Dose in mL: ${num(tsp)} tsp × ${CONVENTIONS.tspMl} mL/tsp = ${num(doseMl)} mL.`);
    conventions.push(TSP);
  } else {
    const doseAmount = product.amount * r.pick([0.5, 1, 1.5, 2]);
    doseMl = doseVolume({ dose: doseAmount, concentration: { amount: product.amount, volumeMl: product.volumeMl } });
    doseText = `${num(doseAmount)} ${product.amountUnit}`;
    steps.push(`Dose in mL: ${num(doseAmount)} ${product.amountUnit} × ${num(product.volumeMl)} mL / ${num(product.amount)} ${product.amountUnit} = ${num(doseMl)} mL.`);
  }
  const days = daysSupply({ form: 'unit', quantity: bottle, unitsPerDose: doseMl, dosesPerDay: perDay });
  steps.push(`mL a day: ${num(doseMl)} mL × ${perDay} = ${num(doseMl * perDay)} mL.`);
  steps.push(`${num(bottle)} mL ÷ ${num(doseMl * perDay)} mL/day = ${num(bottle / (doseMl * perDay), 2)} days.`);
  return {
    question: `${product.name} ${product.strength}, ${num(bottle)} mL bottle. Sig: give ${doseText} by mouth ${times(perDay)}. What is the days' supply of the bottle?`,
    answer: numeric(days, 'days', 0),
    rounding: roundingRule(0, 'down'),
    steps,
    hint: 'Find the volume used each day, then divide the bottle by it.',
    conventions,
  };
}, { realistic: [3, 90] });

const daysSupplyDrops = define('days-supply-drops', "Days' supply: eye and ear drops", 'days-supply', (r, d) => {
  const product = r.pick(DROPS);
  const bottle = r.pick(product.bottles);
  const perEye = r.pick([1, 2]);
  const bothEyes = d >= 2;
  const perDay = d === 1 ? 1 : r.pick([1, 2, 3, 4]);
  const dropsPerMl = d === 3 ? r.pick([15, 16, 25]) : CONVENTIONS.dropsPerMl;
  const dropsPerDose = perEye * (bothEyes ? 2 : 1);
  const days = daysSupply({ form: 'drops', volumeMl: bottle, dropsPerDose, dosesPerDay: perDay, dropsPerMl });
  const total = bottle * dropsPerMl;
  const where = bothEyes ? 'in each eye' : 'in the affected eye';
  return {
    question:
      `${product.name} ${product.strength}, ${num(bottle)} mL bottle. Sig: instill ${plural(perEye, 'drop')} ${where} ${times(perDay)}.` +
      (d === 3 ? ` The manufacturer states the dropper delivers ${dropsPerMl} drops per mL.` : '') +
      " What is the days' supply?",
    answer: numeric(days, 'days', 0),
    rounding: roundingRule(0, 'down'),
    steps: [
      `Drops in the bottle: ${num(bottle)} mL × ${dropsPerMl} drops/mL = ${num(total)} drops.`,
      `Drops a day: ${plural(perEye, 'drop')} × ${bothEyes ? '2 eyes' : '1 eye'} × ${plural(perDay, 'dose')} = ${num(dropsPerDose * perDay)} drops.`,
      `${num(total)} drops ÷ ${num(dropsPerDose * perDay)} drops/day = ${num(total / (dropsPerDose * perDay), 2)} days.`,
    ],
    hint: bothEyes ? '"Each eye" doubles the drops per dose.' : 'Turn the bottle into drops first.',
    conventions: [d === 3 ? 'Use the drop size the product states' : DROPS_ML, DAYS_DOWN],
  };
}, { realistic: [5, 100] });

const daysSupplyInsulin = define('days-supply-insulin', "Days' supply: insulin vials and pens", 'days-supply', (r, d) => {
  const vial = d === 1;
  const candidates = INSULINS.filter((i) => (vial ? i.package === 'vial' : i.package === 'pen'));
  const product = r.pick(candidates);
  const packs = vial ? 1 : 5;
  // Vial doses of 36 units or more keep one vial within its 28-day in-use limit, as real claims must.
  const dose = vial ? r.pick([36, 40, 45, 50, 60]) : r.pick([8, 10, 12, 15, 18]);
  const injections = vial ? 1 : r.pick([1, 2, 3]);
  const prime = d === 3 ? 2 : 0;
  const totalUnits = packs * product.volumeMl * product.unitsPerMl;
  const perDayUnits = (dose + prime) * injections;
  const days = daysSupply({ form: 'unit', quantity: totalUnits, unitsPerDose: dose + prime, dosesPerDay: injections });
  const question = vial
    ? `${product.name}, one ${num(product.volumeMl)} mL vial. Sig: inject ${dose} units under the skin once a day. What is the days' supply?`
    : `${product.name}, a box of ${packs} × ${num(product.volumeMl)} mL pens. Sig: inject ${dose} units under the skin ${times(injections)}.` +
      (prime ? ` Prime ${prime} units before each injection.` : '') +
      " What is the days' supply of the box?";
  return {
    question,
    answer: numeric(days, 'days', 0),
    rounding: roundingRule(0, 'down'),
    steps: [
      `Units in the package: ${packs > 1 ? `${packs} pens × ` : ''}${num(product.volumeMl)} mL × ${product.unitsPerMl} units/mL = ${num(totalUnits)} units.`,
      prime
        ? `Units a day: (${dose} + ${prime} priming) units × ${plural(injections, 'injection')} = ${num(perDayUnits)} units.`
        : `Units a day: ${dose} units × ${plural(injections, 'injection')} = ${num(perDayUnits)} units.`,
      `${num(totalUnits)} units ÷ ${num(perDayUnits)} units/day = ${num(totalUnits / perDayUnits, 2)} days.`,
    ],
    hint: prime ? 'Priming units are used at every injection: add them to the dose.' : 'U-100 insulin has 100 units in every mL.',
    conventions: ['U-100 insulin: 100 units/mL', DAYS_DOWN, "An opened vial or pen is discarded after the in-use days its labeling states, which can cap the days' supply"],
  };
});

const daysSupplyInhaler = define('days-supply-inhaler', "Days' supply: inhalers and nasal sprays", 'days-supply', (r, d) => {
  const product = r.pick(d === 1 ? INHALERS.filter((i) => i.drug !== 'albuterol') : INHALERS);
  const prn = product.drug === 'albuterol';
  const perDose = prn ? 2 : r.pick([1, 2]);
  const hours = r.pick([4, 6]);
  const perDay = prn ? 24 / hours : r.pick([1, 2]);
  const canisters = d === 3 ? 2 : 1;
  const total = product.actuations * canisters;
  const nasal = product.drug === 'fluticasone';
  // "In each nostril" doubles the sprays per dose.
  const perDoseTotal = nasal ? perDose * 2 : perDose;
  const days = daysSupply({ form: 'unit', quantity: total, unitsPerDose: perDoseTotal, dosesPerDay: perDay });
  const sig = prn
    ? `inhale 2 puffs by mouth every ${hours} hours as needed`
    : nasal
      ? `${plural(perDose, 'spray')} in each nostril ${times(perDay)}`
      : `inhale ${plural(perDose, 'puff')} by mouth ${times(perDay)}`;
  const device = nasal ? 'bottle' : 'inhaler';
  const contents = `${product.actuations} ${nasal ? 'sprays' : 'actuations'}`;
  return {
    question: `${product.name} ${product.strength}, ${canisters > 1 ? `${canisters} ${device}s of ${contents} each` : `one ${device} of ${contents}`}. Sig: ${sig}. What is the days' supply?`,
    answer: numeric(days, 'days', 0),
    rounding: roundingRule(0, 'down'),
    steps: [
      `Actuations dispensed: ${canisters} × ${product.actuations} = ${num(total)}.`,
      prn
        ? `Most the sig allows: 2 puffs every ${hours} hours = 2 × (24 ÷ ${hours}) = ${num(perDose * perDay)} puffs a day.`
        : `Actuations a day: ${num(perDoseTotal)} × ${perDay} = ${num(perDoseTotal * perDay)}.`,
      `${num(total)} ÷ ${num(perDoseTotal * perDay)} per day = ${num(total / (perDoseTotal * perDay), 2)} days.`,
    ],
    hint: nasal ? '"In each nostril" doubles the sprays per dose.' : 'Count actuations, not canisters.',
    conventions: [DAYS_DOWN, 'For "as needed" sigs use the maximum the sig allows'],
  };
});

const daysSupplyTopical = define('days-supply-topical', "Days' supply: creams and ointments", 'days-supply', (r, d) => {
  const product = r.pick(TOPICALS);
  const tube = r.pick(product.tubesG);
  const tubes = d === 3 ? 2 : 1;
  const grams = d === 1 ? r.pick([1, 2]) : r.pick([0.5, 1, 1.5, 2]);
  const perDay = r.pick([2, 3]);
  const total = tube * tubes;
  const days = daysSupply({ form: 'unit', quantity: total, unitsPerDose: grams, dosesPerDay: perDay });
  return {
    question: `${product.name} ${product.strength}, ${tubes > 1 ? `${tubes} tubes of ${tube} g` : `one ${tube} g tube`}. Sig: apply to the affected area ${times(perDay)}. The prescriber estimates ${num(grams)} g per application. What is the days' supply?`,
    answer: numeric(days, 'days', 0),
    rounding: roundingRule(0, 'down'),
    steps: [
      `Grams dispensed: ${tubes} × ${tube} g = ${num(total)} g.`,
      `Grams a day: ${num(grams)} g × ${perDay} = ${num(grams * perDay)} g.`,
      `${num(total)} g ÷ ${num(grams * perDay)} g/day = ${num(total / (grams * perDay), 2)} days.`,
    ],
    hint: 'Treat grams like tablets: amount dispensed ÷ amount used per day.',
    conventions: [DAYS_DOWN, 'Topical days supply needs an amount per application from the prescriber or plan'],
  };
}, { realistic: [3, 90] });

const quantityDispense = define('quantity-to-dispense', 'Quantity to dispense', 'days-supply', (r, d) => {
  if (d === 3) {
    const product = SOLIDS.find((s) => s.drug === 'prednisone') ?? SOLIDS[0]!;
    const start = r.pick([4, 6]);
    const daysEach = r.pick([2, 3]);
    const segments = Array.from({ length: start }, (_, i) => start - i);
    const perSegment = segments.map((tabs) => quantityToDispense({ unitsPerDose: tabs, dosesPerDay: 1, days: daysEach }));
    const total = perSegment.reduce((a, b) => a + b, 0);
    return {
      question: `${product.name} ${product.strength} taper: take ${segments.join(', then ')} tablet(s) once a day, each step for ${daysEach} days, then stop. How many tablets are needed?`,
      answer: numeric(total, 'tablets', 0),
      rounding: roundingRule(0, 'up'),
      steps: [...segments.map((tabs, i) => `${plural(tabs, 'tablet')} × ${daysEach} days = ${perSegment[i]} tablets.`), `Add the steps: ${perSegment.join(' + ')} = ${total} tablets.`],
      hint: 'Work out each step of the taper, then add them up.',
      conventions: [QTY_UP],
    };
  }
  if (d === 2) {
    const product = r.pick(LIQUIDS);
    const doseMl = r.pick([2.5, 5, 7.5, 10]);
    const perDay = r.pick([2, 3, 4]);
    const days = r.pick([7, 10, 14]);
    const ml = quantityToDispense({ unitsPerDose: doseMl, dosesPerDay: perDay, days });
    return {
      question: `${product.name} ${product.strength}. Sig: give ${num(doseMl)} mL by mouth ${times(perDay)} for ${days} days. How many mL are needed for the full course?`,
      answer: numeric(ml, 'mL', 0),
      rounding: roundingRule(0, 'up'),
      steps: [`${num(doseMl)} mL × ${perDay} doses/day × ${days} days = ${num(doseMl * perDay * days)} mL.`],
      hint: 'Dose × doses a day × days.',
      conventions: [QTY_UP],
    };
  }
  const product = r.pick(SOLIDS);
  const perDose = r.pick([1, 2]);
  const perDay = r.pick([1, 2, 3]);
  const days = r.pick([30, 90, 10, 14]);
  const qty = quantityToDispense({ unitsPerDose: perDose, dosesPerDay: perDay, days });
  const forms = `${product.form}s`;
  return {
    question: `${product.name} ${product.strength}. Sig: take ${plural(perDose, product.form)} by mouth ${times(perDay)}. How many ${forms} are needed for a ${days}-day supply?`,
    answer: numeric(qty, forms, 0),
    rounding: roundingRule(0, 'up'),
    steps: [`${perDose} × ${perDay} a day × ${days} days = ${qty} ${forms}.`],
    hint: 'Units per dose × doses a day × days.',
    conventions: [QTY_UP],
  };
});

// ——— Dosing ————————————————————————————————————————————————————————————————————

const doseFromConcentration = define('dose-volume', 'Dose volume from a concentration', 'dosing', (r, d) => {
  const useInjectable = d !== 1 && r.next() < 0.5;
  const p = useInjectable ? r.pick(INJECTABLES) : r.pick(LIQUIDS);
  const unit = p.amountUnit;
  const multiplier = d === 1 ? r.pick([1, 2, 3]) : d === 2 ? r.pick([0.5, 1.5, 2.5, 0.25]) : r.pick([0.3, 0.45, 1.2, 0.8, 0.6]);
  const dose = roundTo(p.amount * multiplier, 3);
  const ml = doseVolume({ dose, concentration: { amount: p.amount, volumeMl: p.volumeMl } });
  const decimals = d === 3 ? 2 : 1;
  return {
    question: `You have ${p.name} ${p.strength}. How many mL contain a dose of ${num(dose, 3)} ${unit}?`,
    answer: numeric(ml, 'mL', decimals),
    rounding: roundingRule(decimals),
    steps: [
      `Set up the proportion: ${num(p.amount)} ${unit} / ${num(p.volumeMl)} mL = ${num(dose, 3)} ${unit} / x mL.`,
      `x = ${num(dose, 3)} ${unit} × ${num(p.volumeMl)} mL ÷ ${num(p.amount)} ${unit} = ${num(ml, 4)} mL.`,
    ],
    hint: 'Dose you want ÷ what you have × the volume it comes in.',
    conventions: ['Desired ÷ have × volume (ratio-proportion)'],
  };
});

const amountInAVolume = define('amount-in-volume', 'Amount of drug in a volume', 'dosing', (r, d) => {
  const p = r.pick(LIQUIDS);
  const volume = d === 1 ? r.pick([5, 10, 15, 20]) : d === 2 ? r.pick([2.5, 7.5, 12.5, 3]) : r.pick(p.bottles);
  const amount = amountInVolume({ concentration: { amount: p.amount, volumeMl: p.volumeMl }, volumeMl: volume });
  const inGrams = d === 3 && p.amountUnit === 'mg' && amount >= 1000;
  const value = inGrams ? convert(amount, 'mg', 'g') : amount;
  const unit = inGrams ? 'g' : p.amountUnit;
  const steps = [`${num(volume)} mL × ${num(p.amount)} ${p.amountUnit} / ${num(p.volumeMl)} mL = ${num(amount, 4)} ${p.amountUnit}.`];
  if (inGrams) steps.push(`In grams: ${num(amount, 4)} mg ÷ 1,000 mg/g = ${num(value, 4)} g.`);
  const decimals = placesOf(roundTo(value, 2));
  return {
    question: inGrams
      ? `How many grams of drug are in a full ${num(volume)} mL bottle of ${p.name} ${p.strength}?`
      : `How many ${p.amountUnit} of drug are in ${num(volume)} mL of ${p.name} ${p.strength}?`,
    answer: numeric(value, unit, decimals),
    rounding: decimals === 0 ? 'Give the exact value.' : roundingRule(decimals),
    steps,
    hint: 'Volume × concentration: the mL cancel.',
    conventions: inGrams ? ['1 g = 1,000 mg'] : ['Amount = volume × concentration'],
  };
});

const weightBased = define('weight-based-dose', 'Weight-based and pediatric doses', 'dosing', (r, d) => {
  const weightLb = r.int(d === 1 ? 2 : 15, d === 1 ? 9 : 90) * (d === 1 ? 11 : 1);
  const kg = convert(weightLb, 'lb', 'kg');
  if (d === 1) {
    const mgPerKg = r.pick([5, 10, 15]);
    const dose = weightBasedDose({ weightLb, mgPerKg });
    return {
      question: `A child weighs ${weightLb} lb. The prescriber orders ${mgPerKg} mg/kg per dose. How many mg is each dose?`,
      answer: numeric(dose, 'mg', 0),
      rounding: roundingRule(0),
      steps: [`Weight: ${weightLb} lb ÷ ${CONVENTIONS.lbPerKg} = ${num(kg, 2)} kg.`, `Dose: ${num(kg, 2)} kg × ${mgPerKg} mg/kg = ${num(dose, 2)} mg.`],
      hint: 'Convert pounds to kilograms before you multiply.',
      conventions: [KG_LB],
    };
  }
  const p = r.pick(LIQUIDS.filter((l) => l.amountUnit === 'mg' && l.volumeMl === 5 && l.amount >= 100));
  const mgPerKgDay = r.pick([20, 25, 30, 40, 45, 50]);
  const divided = r.pick([2, 3]);
  const perDay = weightBasedDose({ weightLb, mgPerKg: mgPerKgDay });
  const perDose = perDay / divided;
  const steps = [`Weight: ${weightLb} lb ÷ ${CONVENTIONS.lbPerKg} = ${num(kg, 4)} kg.`, `Daily dose: ${num(kg, 4)} kg × ${mgPerKgDay} mg/kg/day = ${num(perDay, 4)} mg/day.`, `Each dose: ${num(perDay, 4)} mg ÷ ${divided} doses = ${num(perDose, 4)} mg.`];
  if (d === 2) {
    return {
      question: `A child weighs ${weightLb} lb. The prescriber orders ${p.name.split(' ')[0]} ${mgPerKgDay} mg/kg/day divided into ${divided} doses. How many mg is each dose?`,
      answer: numeric(perDose, 'mg', 1),
      rounding: roundingRule(1),
      steps,
      hint: 'Daily dose first (mg/kg/day × kg), then divide by the number of doses.',
      conventions: [KG_LB, 'Round only at the end'],
    };
  }
  const ml = doseVolume({ dose: perDose, concentration: { amount: p.amount, volumeMl: p.volumeMl } });
  steps.push(`Volume: ${num(perDose, 4)} mg × ${num(p.volumeMl)} mL / ${num(p.amount)} mg = ${num(ml, 4)} mL.`);
  return {
    question: `A child weighs ${weightLb} lb. The prescriber orders ${mgPerKgDay} mg/kg/day divided into ${divided} doses, using ${p.name} ${p.strength}. How many mL is each dose?`,
    answer: numeric(ml, 'mL', 1),
    rounding: roundingRule(1),
    steps,
    hint: 'kg → mg/day → mg/dose → mL/dose; round only at the end.',
    conventions: [KG_LB, 'Round only at the end'],
  };
}, { realistic: [0.5, 2000] });

// ——— Concentrations ———————————————————————————————————————————————————————————

const percentStrengthDrill = define('percent-strength', 'Percent strength (w/v, w/w, v/v)', 'concentrations', (r, d) => {
  const kind = d === 1 ? 'w/v' : r.pick(['w/v', 'w/w', 'v/v'] as const);
  const cases = {
    'w/v': { name: 'dextrose', percent: r.pick([5, 10, 50]), total: r.pick([250, 500, 1000]), totalUnit: 'mL', soluteUnit: 'g', form: 'solution' },
    'w/w': { name: 'hydrocortisone', percent: r.pick([0.5, 1, 2.5]), total: r.pick([15, 28, 30, 454]), totalUnit: 'g', soluteUnit: 'g', form: 'cream' },
    'v/v': { name: 'isopropyl alcohol', percent: r.pick([70, 91]), total: r.pick([120, 240, 480]), totalUnit: 'mL', soluteUnit: 'mL', form: 'solution' },
  } as const;
  const c = cases[kind];
  const amount = amountInVolume({ concentration: { amount: c.percent, volumeMl: 100 }, volumeMl: c.total });
  const answerInMg = d === 3 && kind === 'w/w' && amount < 1;
  const value = answerInMg ? convert(amount, 'g', 'mg') : amount;
  const unit = answerInMg ? 'mg' : c.soluteUnit;
  const steps = [
    `${num(c.percent)}% ${kind} means ${num(c.percent)} ${c.soluteUnit} in every 100 ${c.totalUnit}.`,
    `${num(c.percent)} ${c.soluteUnit} / 100 ${c.totalUnit} × ${num(c.total)} ${c.totalUnit} = ${num(amount, 4)} ${c.soluteUnit}.`,
  ];
  if (answerInMg) steps.push(`In mg: ${num(amount, 4)} g × 1,000 mg/g = ${num(value, 4)} mg.`);
  const decimals = placesOf(roundTo(value, 2));
  return {
    question: `How many ${unit === 'mL' ? 'mL' : unit === 'mg' ? 'milligrams' : 'grams'} of ${c.name} are in ${num(c.total)} ${c.totalUnit} of a ${num(c.percent)}% (${kind}) ${c.form}?`,
    answer: numeric(value, unit, decimals),
    rounding: decimals === 0 ? 'Give the exact value.' : roundingRule(decimals),
    steps,
    hint: `Percent ${kind} is the amount in 100 ${c.totalUnit}.`,
    conventions: ['w/v: g per 100 mL; w/w: g per 100 g; v/v: mL per 100 mL'],
  };
});

const ratioStrength = define('ratio-strength', 'Ratio strength', 'concentrations', (r, d) => {
  // Epinephrine is the ratio-labeled drug technicians meet (1:1,000 and 1:10,000); d1 also uses other ratios.
  const ratio = d === 3 ? r.pick([1000, 10000]) : r.pick([100, 200, 500, 1000, 2000, 5000, 10000]);
  const mgPerMl = convert(1, 'g', 'mg') / ratio;
  if (d === 1) {
    const percent = amountInVolume({ concentration: { amount: 1, volumeMl: ratio }, volumeMl: 100 });
    return {
      question: `A solution is labeled 1:${num(ratio)} (w/v). What is that as a percent strength?`,
      answer: numeric(percent, '%', placesOf(percent)),
      rounding: 'Give the exact value.',
      steps: [`1:${num(ratio)} means 1 g in ${num(ratio)} mL.`, `Grams in 100 mL: 1 g / ${num(ratio)} mL × 100 mL = ${num(percent, 4)} g, so ${num(percent, 4)}%.`],
      hint: 'Percent is grams per 100 mL; scale the ratio to 100 mL.',
      conventions: ['Ratio strength 1:x (w/v) = 1 g in x mL'],
    };
  }
  if (d === 2) {
    return {
      question: `A solution is labeled 1:${num(ratio)} (w/v). How many mg of drug are in each mL?`,
      answer: numeric(mgPerMl, 'mg', placesOf(mgPerMl)),
      rounding: 'Give the exact value.',
      steps: [`1:${num(ratio)} means 1 g (1,000 mg) in ${num(ratio)} mL.`, `1,000 mg ÷ ${num(ratio)} mL = ${num(mgPerMl, 4)} mg in each mL.`],
      hint: 'Write 1 g as 1,000 mg, then divide by the mL.',
      conventions: ['Ratio strength 1:x (w/v) = 1 g in x mL', '1 g = 1,000 mg'],
    };
  }
  const volume = r.pick([0.3, 0.5, 1, 3, 10]);
  const mg = amountInVolume({ concentration: { amount: convert(1, 'g', 'mg'), volumeMl: ratio }, volumeMl: volume });
  return {
    question: `How many mg of epinephrine are in ${num(volume)} mL of a 1:${num(ratio)} solution?`,
    answer: numeric(mg, 'mg', placesOf(roundTo(mg, 3))),
    rounding: 'Give the exact value.',
    steps: [`1:${num(ratio)} = 1,000 mg in ${num(ratio)} mL = ${num(mgPerMl, 4)} mg/mL.`, `${num(volume)} mL × ${num(mgPerMl, 4)} mg/mL = ${num(mg, 4)} mg.`],
    hint: 'First turn the ratio into mg per mL.',
    conventions: ['Ratio strength 1:x (w/v) = 1 g in x mL', '1 g = 1,000 mg'],
  };
});

const dilutionDrill = define('dilution', 'Dilution (C1V1 = C2V2)', 'concentrations', (r, d) => {
  const c1 = r.pick(d === 1 ? [10, 20, 50] : [70, 95, 23.4, 12.5]);
  const c2 = r.pick([1, 2, 5].filter((c) => c < c1));
  const v1 = r.pick(d === 1 ? [50, 100, 200] : [30, 60, 120, 250]);
  const v2 = dilution({ c1, v1, c2 });
  const addDiluent = d === 3;
  const value = addDiluent ? v2 - v1 : v2;
  const steps = [`C1 × V1 = C2 × V2, so V2 = C1 × V1 ÷ C2.`, `V2 = ${num(c1)}% × ${num(v1)} mL ÷ ${num(c2)}% = ${num(v2, 4)} mL.`];
  if (addDiluent) steps.push(`Diluent to add: ${num(v2, 4)} mL − ${num(v1)} mL = ${num(value, 4)} mL.`);
  return {
    question: addDiluent
      ? `You have ${num(v1)} mL of a ${num(c1)}% solution. How many mL of diluent must you add to make it ${num(c2)}%?`
      : `${num(v1)} mL of a ${num(c1)}% solution is diluted to ${num(c2)}%. What is the final volume?`,
    answer: numeric(value, 'mL', 1),
    rounding: roundingRule(1),
    steps,
    hint: addDiluent ? 'Find the final volume first; the diluent is the difference.' : 'The amount of drug does not change: C1V1 = C2V2.',
    conventions: ['C1 × V1 = C2 × V2 (same amount of drug before and after)'],
  };
}, { realistic: [10, 5000] });

const alligationDrill = define(
  'alligation',
  'Alligation (workplace math — not on the 2026 PTCE)',
  'concentrations',
  (r, d) => {
    // Ointments mixed with a base in grams, or alcohol diluted with water in mL (d2), as compounding does.
    const alcohol = d === 2;
    const high = alcohol ? 95 : r.pick(d === 1 ? [10, 20] : [10, 20, 5]);
    const low = d === 3 ? r.pick([0.5, 1]) : 0;
    const target = alcohol ? r.pick([70, 50]) : r.pick([1, 2, 2.5].filter((t) => t > low && t < high));
    const total = alcohol ? r.pick([100, 240, 480]) : r.pick([30, 60, 100, 454]);
    const unit = alcohol ? 'mL' : 'g';
    const what = alcohol ? 'alcohol' : 'ointment';
    const parts = alligation({ highPercent: high, lowPercent: low, targetPercent: target, totalAmount: total });
    const highParts = target - low;
    const lowParts = high - target;
    return {
      question: `How many ${unit} of ${num(high)}% ${what} must be mixed with ${low === 0 ? (alcohol ? 'purified water (0%)' : 'plain base (0%)') : `${num(low)}% ${what}`} to make ${num(total)} ${unit} of ${num(target)}%?`,
      answer: numeric(parts.high, unit, 1),
      rounding: roundingRule(1),
      steps: [
        `Parts of ${num(high)}%: ${num(target)} − ${num(low)} = ${num(highParts)}; parts of ${num(low)}%: ${num(high)} − ${num(target)} = ${num(lowParts)}.`,
        `Total parts: ${num(highParts + lowParts)}.`,
        `${num(high)}% needed: ${num(highParts)} / ${num(highParts + lowParts)} × ${num(total)} ${unit} = ${num(parts.high, 4)} ${unit}.`,
      ],
      hint: 'Subtract diagonally across the grid to get the parts of each strength.',
      conventions: ['Alligation alternate; a base or diluent counts as 0%', 'Not tested on the 2026 PTCE; still used in compounding'],
    };
  },
  { onExam: false },
);

// ——— IV ———————————————————————————————————————————————————————————————————————

const ivFlowRate = define('iv-flow-rate', 'IV flow rate (mL/h)', 'iv', (r, d) => {
  if (d === 3) {
    const drug = INJECTABLES.find((p) => p.drug === 'heparin') ?? INJECTABLES[0]!;
    const bagUnits = 25000;
    const bagMl = r.pick([250, 500]);
    const unitsPerHour = r.pick([800, 1000, 1200, 1500]);
    const rate = doseVolume({ dose: unitsPerHour, concentration: { amount: bagUnits, volumeMl: bagMl } });
    return {
      question: `A bag of ${drug.drug} 25,000 units in ${bagMl} mL is ordered to run at ${num(unitsPerHour)} units/h. What is the flow rate in mL/h?`,
      answer: numeric(rate, 'mL/h', 0),
      rounding: roundingRule(0),
      steps: [`Concentration: 25,000 units ÷ ${bagMl} mL = ${num(bagUnits / bagMl)} units/mL.`, `${num(unitsPerHour)} units/h ÷ ${num(bagUnits / bagMl)} units/mL = ${num(rate, 2)} mL/h.`],
      hint: 'Find units per mL, then divide the hourly dose by it.',
      conventions: ['Rate (mL/h) = dose per hour ÷ concentration'],
    };
  }
  const volume = r.pick(d === 1 ? [500, 1000] : [50, 100, 250]);
  const minutes = d === 1 ? 60 * r.pick([4, 5, 8, 10]) : r.pick([20, 30, 45, 90]);
  const hours = minutes / 60;
  const rate = ivRateMlPerHour({ volumeMl: volume, hours });
  return {
    question: d === 1 ? `Infuse ${volume} mL over ${hours} hours. What is the flow rate in mL/h?` : `Infuse ${volume} mL over ${minutes} minutes. What is the flow rate in mL/h?`,
    answer: numeric(rate, 'mL/h', 0),
    rounding: roundingRule(0),
    steps: d === 1 ? [`${volume} mL ÷ ${hours} h = ${num(rate, 2)} mL/h.`] : [`${minutes} min ÷ 60 min/h = ${num(hours, 4)} h.`, `${volume} mL ÷ ${num(hours, 4)} h = ${num(rate, 2)} mL/h.`],
    hint: 'Volume ÷ time in hours.',
    conventions: ['1 h = 60 min'],
  };
});

const ivDripRate = define('iv-drip-rate', 'IV drip rate (gtt/min)', 'iv', (r, d) => {
  const dropFactor = r.pick(d === 1 ? [10, 15, 20] : [10, 15, 20, 60]);
  const volume = r.pick([500, 1000, 250, 100]);
  const hours = r.pick(d === 3 ? [0.5, 1.5, 2.5] : [2, 4, 8]);
  const rate = d === 1 ? r.pick([60, 100, 120, 125, 150]) : ivRateMlPerHour({ volumeMl: volume, hours });
  const gtt = ivDropsPerMinute({ rateMlPerHour: rate, dropFactor });
  const steps = d === 1 ? [] : [`Flow rate: ${volume} mL ÷ ${num(hours)} h = ${num(rate, 4)} mL/h.`];
  steps.push(`${num(rate, 4)} mL/h × ${dropFactor} gtt/mL ÷ 60 min/h = ${num(gtt, 4)} gtt/min.`);
  return {
    question:
      d === 1
        ? `An IV runs at ${rate} mL/h through a set with a drop factor of ${dropFactor} gtt/mL. What is the drip rate?`
        : `Infuse ${volume} mL over ${d === 3 ? `${num(hours * 60)} minutes` : `${hours} hours`} with a ${dropFactor} gtt/mL set. What is the drip rate?`,
    answer: numeric(gtt, 'gtt/min', 0),
    rounding: 'Round to the nearest whole drop per minute.',
    steps: d === 3 ? [`Time: ${num(hours * 60)} min ÷ 60 = ${num(hours)} h.`, ...steps] : steps,
    hint: 'mL/h × drop factor ÷ 60.',
    conventions: ['gtt/min = mL/h × drop factor (gtt/mL) ÷ 60', 'Microdrip sets deliver 60 gtt/mL'],
  };
}, { realistic: [5, 250] });

const infusionTime = define('infusion-time', 'Infusion time', 'iv', (r, d) => {
  const volume = r.pick([250, 500, 1000]);
  const rate = r.pick(d === 1 ? [50, 100, 125, 250] : [75, 80, 150, 60]);
  const hours = infusionHours({ volumeMl: volume, rateMlPerHour: rate });
  if (d === 3) {
    const minutes = hours * 60;
    return {
      question: `${volume} mL is infusing at ${rate} mL/h. How many minutes will it take?`,
      answer: numeric(minutes, 'min', 0),
      rounding: roundingRule(0),
      steps: [`${volume} mL ÷ ${rate} mL/h = ${num(hours, 4)} h.`, `${num(hours, 4)} h × 60 min/h = ${num(minutes, 2)} min.`],
      hint: 'Volume ÷ rate gives hours; multiply by 60 for minutes.',
      conventions: ['1 h = 60 min'],
    };
  }
  return {
    question: `${volume} mL is infusing at ${rate} mL/h. How many hours will it take?`,
    answer: numeric(hours, 'h', d === 1 ? placesOf(hours) : 1),
    rounding: d === 1 ? 'Give the exact value.' : roundingRule(1),
    steps: [`${volume} mL ÷ ${rate} mL/h = ${num(hours, 4)} h.`],
    hint: 'Time = volume ÷ rate.',
    conventions: ['Time (h) = volume (mL) ÷ rate (mL/h)'],
  };
});

// ——— Notation ———————————————————————————————————————————————————————————————————

const romanNumerals = define('roman-numerals', 'Roman numerals', 'notation', (r, d) => {
  const toNumber = d === 2 || (d === 3 && r.next() < 0.5);
  const value = d === 1 ? r.int(1, 30) : d === 2 ? r.int(11, 120) : r.int(120, 2999);
  const numeral = toRoman(value);
  if (toNumber) {
    const parsed = fromRoman(numeral);
    const back = parsed.ok ? parsed.value : value;
    return {
      question: `What number is the Roman numeral ${numeral}?`,
      answer: numeric(back, '', 0),
      rounding: 'Give a whole number.',
      steps: [`Read left to right; a smaller numeral before a larger one is subtracted (IV = 4, XC = 90, CM = 900).`, `${numeral} = ${back}.`],
      hint: 'I 1, V 5, X 10, L 50, C 100, D 500, M 1000.',
      conventions: ['I 1, V 5, X 10, L 50, C 100, D 500, M 1000'],
    };
  }
  return {
    question: `Write ${value} in Roman numerals.`,
    answer: { kind: 'text', value: numeral, accepted: [] },
    rounding: 'Write the numeral in capitals or lower case.',
    steps: [`Write thousands, hundreds, tens and ones in turn, using subtraction pairs for 4s and 9s (IV, IX, XL, XC, CD, CM).`, `${value} = ${numeral}.`],
    hint: 'Break the number into thousands, hundreds, tens and ones.',
    conventions: ['I 1, V 5, X 10, L 50, C 100, D 500, M 1000'],
  };
});

const twentyFourHour = define('military-time', '24-hour time', 'notation', (r, d) => {
  const hour24 = r.int(0, 23);
  const minute = d === 1 ? r.pick([0, 30]) : r.int(0, 59);
  const time24 = `${String(hour24).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  const toTwelve = d === 1 ? hour24 >= 12 : d === 3 ? r.next() < 0.5 : hour24 % 2 === 0;
  if (toTwelve) {
    const converted = to12h(time24);
    const value = converted.ok ? converted.value : time24;
    return {
      question: `A medication administration record says ${time24}. What is that in 12-hour time?`,
      answer: { kind: 'text', value, accepted: [value.replace(':00 ', ' ')] },
      rounding: 'Write it like 2:30 PM.',
      steps: [hour24 === 0 ? '00 hours is midnight: 12 AM.' : hour24 >= 12 ? `Hours from 12 to 23 are PM; subtract 12 from hours above 12.` : 'Hours 01 to 11 are AM and stay the same.', `${time24} = ${value}.`],
      hint: 'Hours after 12 are PM: subtract 12.',
      conventions: ['24-hour time: 00:00 is midnight, 12:00 is noon'],
    };
  }
  const twelve = to12h(time24);
  const asked = twelve.ok ? twelve.value : time24;
  const converted = to24h(asked);
  const value = converted.ok ? converted.value : time24;
  return {
    question: `A dose is due at ${asked}. Write that in 24-hour time.`,
    answer: { kind: 'text', value, accepted: [value.replace(':', '')] },
    rounding: 'Write it like 14:30 or 1430.',
    steps: [asked.endsWith('PM') && !asked.startsWith('12') ? 'For PM times after noon, add 12 to the hour.' : asked.startsWith('12') && asked.endsWith('AM') ? '12 AM (midnight) is 00.' : 'Morning hours stay the same, written with two digits.', `${asked} = ${value}.`],
    hint: 'PM hours (except 12 PM) add 12.',
    conventions: ['24-hour time: 00:00 is midnight, 12:00 is noon'],
  };
});

/** Every drill type, in the order the picker lists them. */
export const GENERATORS: readonly DrillType[] = [
  metricConversion,
  householdConversion,
  weightConversion,
  temperature,
  daysSupplySolids,
  daysSupplyLiquid,
  daysSupplyDrops,
  daysSupplyInsulin,
  daysSupplyInhaler,
  daysSupplyTopical,
  quantityDispense,
  doseFromConcentration,
  amountInAVolume,
  weightBased,
  percentStrengthDrill,
  ratioStrength,
  dilutionDrill,
  ivFlowRate,
  ivDripRate,
  infusionTime,
  romanNumerals,
  twentyFourHour,
  alligationDrill,
];
