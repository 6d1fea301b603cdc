/** Drill generators: concentrations. Each answer comes from the pharmacy engine. */
import { alligation, amountInVolume, dilution } from '../../pharmacy/calculations';
import { convert } from '../../pharmacy/units';
import { define, numeric, placesOf } from '../define';
import { num, roundTo, roundingRule } from '../format';
import type { DrillType } from '../types';

const percentStrengthDrill = define('percent-strength', (r, d) => {
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

const ratioStrength = define('ratio-strength', (r, d) => {
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

const dilutionDrill = define('dilution', (r, d) => {
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

const alligationDrill = define('alligation', (r, d) => {
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
);

/** The concentrations drills, in picker order. */
export const CONCENTRATION_DRILLS: readonly DrillType[] = [percentStrengthDrill, ratioStrength, dilutionDrill, alligationDrill];
