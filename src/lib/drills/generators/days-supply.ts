/** Drill generators: days supply. Each answer comes from the pharmacy engine. */
import { doseVolume } from '../../pharmacy/calculations';
import { CONVENTIONS } from '../../pharmacy/conventions';
import { daysSupply, quantityToDispense } from '../../pharmacy/days-supply';
import { convert } from '../../pharmacy/units';
import { define, numeric, times, plural, TSP, DROPS_ML, DAYS_DOWN, QTY_UP, type Draft } from '../define';
import { num, roundingRule } from '../format';
import { DROPS, INHALERS, INSULINS, LIQUIDS, PRN_SOLID, SOLIDS, TOPICALS } from '../products';
import type { DrillType } from '../types';

const daysSupplySolids = define('days-supply-tablets', (r, d) => {
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

const daysSupplyLiquid = define('days-supply-liquid', (r, d): Draft => {
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

const daysSupplyDrops = define('days-supply-drops', (r, d) => {
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

const daysSupplyInsulin = define('days-supply-insulin', (r, d) => {
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

const daysSupplyInhaler = define('days-supply-inhaler', (r, d) => {
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

const daysSupplyTopical = define('days-supply-topical', (r, d) => {
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

const quantityDispense = define('quantity-to-dispense', (r, d) => {
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

/** The days supply drills, in picker order. */
export const DAYS_SUPPLY_DRILLS: readonly DrillType[] = [daysSupplySolids, daysSupplyLiquid, daysSupplyDrops, daysSupplyInsulin, daysSupplyInhaler, daysSupplyTopical, quantityDispense];
