/** Drill generators: iv. Each answer comes from the pharmacy engine. */
import { doseVolume, infusionHours, ivDropsPerMinute, ivRateMlPerHour } from '../../pharmacy/calculations';
import { define, numeric, placesOf } from '../define';
import { num, roundingRule } from '../format';
import { INJECTABLES } from '../products';
import type { DrillType } from '../types';

const ivFlowRate = define('iv-flow-rate', (r, d) => {
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

const ivDripRate = define('iv-drip-rate', (r, d) => {
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

const infusionTime = define('infusion-time', (r, d) => {
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

/** The iv drills, in picker order. */
export const IV_DRILLS: readonly DrillType[] = [ivFlowRate, ivDripRate, infusionTime];
