/** Drill generators: conversions. Each answer comes from the pharmacy engine. */
import { CONVENTIONS } from '../../pharmacy/conventions';
import { quantityToDispense } from '../../pharmacy/days-supply';
import { cToF, convert, fToC } from '../../pharmacy/units';
import { define, numeric, placesOf, times, KG_LB, TSP, TBSP, FL_OZ } from '../define';
import { num, roundTo, roundingRule } from '../format';
import type { DrillType } from '../types';

const metricConversion = define('metric-conversion', (r, d) => {
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

const householdConversion = define('household-conversion', (r, d) => {
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

const weightConversion = define('weight-conversion', (r, d) => {
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

const temperature = define('temperature', (r, d) => {
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

/** The conversions drills, in picker order. */
export const CONVERSION_DRILLS: readonly DrillType[] = [metricConversion, householdConversion, weightConversion, temperature];
