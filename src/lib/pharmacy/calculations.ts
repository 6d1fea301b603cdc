import { CONVENTIONS } from './conventions';
import { assertFinite, assertNonNegative, assertPositive, clean } from './numbers';

/** A strength: `amount` (mg, g, units …) in `volumeMl` mL, e.g. 250 mg / 5 mL. */
export interface Concentration {
  /** Amount of drug in the stated volume. */
  amount: number;
  /** The volume in mL. */
  volumeMl: number;
}

function checkConcentration(concentration: Concentration): void {
  assertPositive('Concentration amount', concentration.amount);
  assertPositive('Concentration volume (mL)', concentration.volumeMl);
}

/** Volume (mL) that holds a dose: dose ÷ concentration. 250 mg of 125 mg/5 mL → 10 mL. */
export function doseVolume(input: { dose: number; concentration: Concentration }): number {
  assertNonNegative('Dose', input.dose);
  checkConcentration(input.concentration);
  return clean((input.dose * input.concentration.volumeMl) / input.concentration.amount);
}

/** Amount of drug in a volume: volume × concentration. 15 mL of 125 mg/5 mL → 375 mg. */
export function amountInVolume(input: { concentration: Concentration; volumeMl: number }): number {
  assertNonNegative('Volume (mL)', input.volumeMl);
  checkConcentration(input.concentration);
  return clean((input.volumeMl * input.concentration.amount) / input.concentration.volumeMl);
}

/**
 * Solves C1V1 = C2V2 for whichever of v1 or v2 is missing (give exactly one).
 * Example: 100 mL of 10% diluted to 2% → v2 = 500 mL. Zero or negative strengths throw RangeError.
 */
export function dilution(input: { c1: number; v1?: number; c2: number; v2?: number }): number {
  assertPositive('C1', input.c1);
  assertPositive('C2', input.c2);
  if ((input.v1 === undefined) === (input.v2 === undefined)) {
    throw new RangeError('Give exactly one of v1 or v2; dilution solves C1 × V1 = C2 × V2 for the other.');
  }
  if (input.v1 !== undefined) {
    assertNonNegative('V1', input.v1);
    return clean((input.c1 * input.v1) / input.c2);
  }
  assertNonNegative('V2', input.v2 as number);
  return clean((input.c2 * (input.v2 as number)) / input.c1);
}

/**
 * Alligation alternate: parts of the high and low strengths that make `totalAmount` at the target
 * strength. 20% and 5% to make 100 g of 10% → 33.33 g high, 66.67 g low (1 part to 2 parts).
 */
export function alligation(input: { highPercent: number; lowPercent: number; targetPercent: number; totalAmount: number }): { high: number; low: number } {
  const { highPercent, lowPercent, targetPercent, totalAmount } = input;
  assertNonNegative('High percent', highPercent);
  assertNonNegative('Low percent', lowPercent);
  assertFinite('Target percent', targetPercent);
  assertPositive('Total amount', totalAmount);
  if (!(highPercent > lowPercent)) throw new RangeError(`The high strength (${highPercent}%) must be greater than the low strength (${lowPercent}%).`);
  if (targetPercent <= lowPercent || targetPercent >= highPercent) {
    throw new RangeError(`The target (${targetPercent}%) must lie between the low (${lowPercent}%) and high (${highPercent}%) strengths.`);
  }
  const highParts = targetPercent - lowPercent;
  const lowParts = highPercent - targetPercent;
  const high = clean((totalAmount * highParts) / (highParts + lowParts));
  return { high, low: clean(totalAmount - high) };
}

/** Percent strength of a mixture: Σ(amount × percent) ÷ Σ amount. Water or base counts as 0%. */
export function mixtureStrength(parts: { amount: number; percent: number }[]): number {
  if (!Array.isArray(parts) || parts.length === 0) throw new RangeError('Give at least one ingredient to mix.');
  let total = 0;
  let drug = 0;
  for (const part of parts) {
    assertNonNegative('Amount', part.amount);
    assertNonNegative('Percent', part.percent);
    total += part.amount;
    drug += part.amount * part.percent;
  }
  if (total === 0) throw new RangeError('The total amount is zero, so the mixture has no strength.');
  return clean(drug / total);
}

/** Percent strength (w/w or w/v): grams of solute per 100 g or 100 mL. 5 g in 250 mL → 2%. */
export function percentStrength(input: { soluteG: number; totalGOrMl: number }): number {
  assertNonNegative('Solute (g)', input.soluteG);
  assertPositive('Total (g or mL)', input.totalGOrMl);
  return clean((input.soluteG / input.totalGOrMl) * 100);
}

/** IV flow rate in mL/hour: volume ÷ hours. 1000 mL over 8 h → 125 mL/h. */
export function ivRateMlPerHour(input: { volumeMl: number; hours: number }): number {
  assertNonNegative('Volume (mL)', input.volumeMl);
  assertPositive('Hours', input.hours);
  return clean(input.volumeMl / input.hours);
}

/** Hours an infusion runs: volume ÷ rate. 1000 mL at 125 mL/h → 8 h. */
export function infusionHours(input: { volumeMl: number; rateMlPerHour: number }): number {
  assertNonNegative('Volume (mL)', input.volumeMl);
  assertPositive('Rate (mL/h)', input.rateMlPerHour);
  return clean(input.volumeMl / input.rateMlPerHour);
}

/** Gravity drip rate in drops per minute, unrounded: mL/h × drop factor (gtt/mL) ÷ 60. */
export function ivDropsPerMinute(input: { rateMlPerHour: number; dropFactor: number }): number {
  assertNonNegative('Rate (mL/h)', input.rateMlPerHour);
  assertPositive('Drop factor (gtt/mL)', input.dropFactor);
  return clean((input.rateMlPerHour * input.dropFactor) / 60);
}

/** Body surface area (m²) by the Mosteller formula: √(height cm × weight kg ÷ 3600). Unrounded. */
export function bsaMosteller(input: { heightCm: number; weightKg: number }): number {
  assertPositive('Height (cm)', input.heightCm);
  assertPositive('Weight (kg)', input.weightKg);
  return clean(Math.sqrt((input.heightCm * input.weightKg) / 3600));
}

/**
 * Weight-based dose: weight (kg) × mg/kg. Give weightKg or weightLb (converted with 1 kg = 2.2 lb).
 * 44 lb at 10 mg/kg → 20 kg → 200 mg.
 */
export function weightBasedDose(input: { weightKg?: number; weightLb?: number; mgPerKg: number }): number {
  assertNonNegative('Dose (mg/kg)', input.mgPerKg);
  if ((input.weightKg === undefined) === (input.weightLb === undefined)) {
    throw new RangeError('Give the weight once, either in kg (weightKg) or in lb (weightLb).');
  }
  let kg: number;
  if (input.weightKg !== undefined) {
    assertPositive('Weight (kg)', input.weightKg);
    kg = input.weightKg;
  } else {
    assertPositive('Weight (lb)', input.weightLb as number);
    kg = (input.weightLb as number) / CONVENTIONS.lbPerKg;
  }
  return clean(kg * input.mgPerKg);
}

/**
 * Ratio strength 1:`parts` (1 g in `parts` mL or g) as a percent: 100 ÷ parts.
 * 1:1,000 → 0.1 %; 1:10,000 → 0.01 %. FDA has replaced ratio strengths on single-entity injectable labels with mg/mL.
 */
export function ratioStrengthToPercent(parts: number): number {
  assertPositive('Ratio strength parts (the "x" in 1:x)', parts);
  return clean(100 / parts);
}

/**
 * A percent strength written as ratio strength 1:x; returns x (100 ÷ percent), unrounded.
 * 0.1 % → 1000 (1:1,000); 0.05 % → 2000 (1:2,000).
 */
export function percentToRatioStrength(percent: number): number {
  assertPositive('Percent strength', percent);
  return clean(100 / percent);
}
