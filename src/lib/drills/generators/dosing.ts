/** Drill generators: dosing. Each answer comes from the pharmacy engine. */
import { amountInVolume, doseVolume, weightBasedDose } from '../../pharmacy/calculations';
import { CONVENTIONS } from '../../pharmacy/conventions';
import { convert } from '../../pharmacy/units';
import { define, numeric, placesOf, KG_LB } from '../define';
import { num, roundTo, roundingRule } from '../format';
import { INJECTABLES, LIQUIDS } from '../products';
import type { DrillType } from '../types';

const doseFromConcentration = define('dose-volume', (r, d) => {
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

const amountInAVolume = define('amount-in-volume', (r, d) => {
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

const weightBased = define('weight-based-dose', (r, d) => {
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

/** The dosing drills, in picker order. */
export const DOSING_DRILLS: readonly DrillType[] = [doseFromConcentration, amountInAVolume, weightBased];
