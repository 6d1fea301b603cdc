/** Reads a learner's typed answer ("5 mL", "5ml", "5 milliliters", "5") and judges it against a drill problem. */
import { convert } from '../pharmacy/units';
import { num, roundTo } from './format';
import type { DrillProblem } from './types';

/** right; wrong; the number is right (or the same amount) but in another unit; or nothing readable. */
export type Verdict = 'right' | 'wrong' | 'wrong-unit' | 'unreadable';

/** The judgement and a sentence for the learner. */
export interface AnswerCheck {
  verdict: Verdict;
  message: string;
}

/** Spellings of the units drills ask for, compared lower-case with spaces and periods removed. */
const UNIT_ALIASES: Readonly<Record<string, string>> = {
  ml: 'mL', milliliter: 'mL', milliliters: 'mL', millilitre: 'mL', millilitres: 'mL', cc: 'mL',
  l: 'L', liter: 'L', liters: 'L', litre: 'L', litres: 'L',
  mg: 'mg', milligram: 'mg', milligrams: 'mg',
  g: 'g', gm: 'g', gram: 'g', grams: 'g',
  mcg: 'mcg', µg: 'mcg', μg: 'mcg', ug: 'mcg', microgram: 'mcg', micrograms: 'mcg',
  kg: 'kg', kilogram: 'kg', kilograms: 'kg', kgs: 'kg',
  lb: 'lb', lbs: 'lb', pound: 'lb', pounds: 'lb',
  tsp: 'tsp', teaspoon: 'tsp', teaspoons: 'tsp',
  tbsp: 'tbsp', tablespoon: 'tbsp', tablespoons: 'tbsp',
  floz: 'fl oz', oz: 'fl oz', fluidounce: 'fl oz', fluidounces: 'fl oz', ounce: 'fl oz', ounces: 'fl oz',
  day: 'days', days: 'days', d: 'days',
  tab: 'tablets', tabs: 'tablets', tablet: 'tablets', tablets: 'tablets',
  cap: 'capsules', caps: 'capsules', capsule: 'capsules', capsules: 'capsules',
  // "U" is deliberately not accepted: ISMP and The Joint Commission list it as error-prone (read as 0 or 4).
  unit: 'units', units: 'units',
  meq: 'mEq',
  'ml/h': 'mL/h', 'ml/hr': 'mL/h', 'ml/hour': 'mL/h', mlh: 'mL/h', 'mlperhour': 'mL/h',
  'gtt/min': 'gtt/min', 'gtts/min': 'gtt/min', 'drops/min': 'gtt/min', 'drops/minute': 'gtt/min', gttmin: 'gtt/min',
  h: 'h', hr: 'h', hrs: 'h', hour: 'h', hours: 'h',
  min: 'min', mins: 'min', minute: 'min', minutes: 'min',
  '%': '%', percent: '%',
  '°f': '°F', f: '°F', degf: '°F', fahrenheit: '°F',
  '°c': '°C', c: '°C', degc: '°C', celsius: '°C',
};

/** Units `convert` can turn into each other, so "0.5 g" for 500 mg is recognised as the same amount. */
const CONVERTIBLE = new Set(['mL', 'L', 'mg', 'g', 'mcg', 'kg', 'lb', 'tsp', 'tbsp', 'fl oz']);

/** The canonical unit for a spelling, undefined when unknown; "" for no unit. */
export function normalizeUnit(text: string): string | undefined {
  const key = text.toLowerCase().replace(/[\s.]/g, '');
  if (key === '') return '';
  return UNIT_ALIASES[key];
}

/** Splits "1,250.5 mL" into 1250.5 and "mL"; undefined when no number leads the text. */
export function parseQuantity(text: string): { value: number; unit: string } | undefined {
  const match = /^\s*([-+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?)\s*(.*?)\s*$/.exec(text);
  const digits = match?.[1] ?? '';
  if (!/\d/.test(digits)) return undefined;
  const value = Number(digits.replace(/,/g, ''));
  return Number.isFinite(value) ? { value, unit: match?.[2] ?? '' } : undefined;
}

const squash = (text: string): string => text.toLowerCase().replace(/[\s.]/g, '');

/** Judges the learner's answer: the number within the stated rounding, and the unit asked for. */
export function checkAnswer(problem: DrillProblem, text: string): AnswerCheck {
  const answer = problem.answer;
  if (typeof text !== 'string' || text.trim() === '') return { verdict: 'unreadable', message: 'Type an answer first.' };
  if (answer.kind === 'text') {
    const given = squash(text);
    const right = [answer.value, ...answer.accepted].some((a) => squash(a) === given);
    return right ? { verdict: 'right', message: `Right: ${answer.value}.` } : { verdict: 'wrong', message: `Not quite: the answer is ${answer.value}.` };
  }
  const parsed = parseQuantity(text);
  if (!parsed) return { verdict: 'unreadable', message: `Start with a number, like "12.5${answer.unit ? ` ${answer.unit}` : ''}".` };
  const unit = normalizeUnit(parsed.unit);
  if (unit === undefined) return { verdict: 'unreadable', message: `"${parsed.unit}" is not a unit RxTray knows; try ${answer.unit || 'a plain number'}.` };
  // Half a unit of the last decimal place asked for: 12.46 passes for 12.5 at one decimal, 12.4 does not.
  const tolerance = 0.5 * 10 ** -answer.decimals + 1e-9;
  const close = (value: number) => Math.abs(value - answer.value) <= tolerance;
  if (unit === '' || unit === answer.unit) {
    if (close(parsed.value)) return { verdict: 'right', message: `Right: ${formatAnswer(answer.value, answer.decimals)} ${answer.unit}.`.trim() };
    return { verdict: 'wrong', message: `Not quite: the answer is ${formatAnswer(answer.value, answer.decimals)} ${answer.unit}.`.trim() };
  }
  if (close(parsed.value)) {
    return { verdict: 'wrong-unit', message: `The number is right, but the question asks for ${answer.unit}, not ${unit}.` };
  }
  if (CONVERTIBLE.has(unit) && CONVERTIBLE.has(answer.unit)) {
    try {
      if (close(roundTo(convert(parsed.value, unit, answer.unit), answer.decimals))) {
        return { verdict: 'wrong-unit', message: `That is the same amount, but the question asks for ${answer.unit}: ${formatAnswer(answer.value, answer.decimals)} ${answer.unit}.` };
      }
    } catch {
      // mass and volume do not convert into each other: simply wrong
    }
  }
  return { verdict: 'wrong', message: `Not quite: the answer is ${formatAnswer(answer.value, answer.decimals)} ${answer.unit}.`.trim() };
}

const formatAnswer = (value: number, decimals: number): string => num(value, decimals);
