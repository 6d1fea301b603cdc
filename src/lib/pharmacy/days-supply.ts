import { CONVENTIONS } from './conventions';
import { assertNonNegative, assertPositive, clean } from './numbers';

/** Days' supply input: countable units (tablets, capsules, mL, insulin units, puffs) or drops from a bottle. */
export type DaysSupplyInput =
  | { form: 'unit'; quantity: number; unitsPerDose: number; dosesPerDay: number }
  | { form: 'drops'; volumeMl: number; dropsPerDose: number; dosesPerDay: number; dropsPerMl?: number };

/**
 * Days a dispensed quantity lasts, in whole days rounded down (a partial day is not a day of therapy).
 * Drops: volume × drops per mL (default 20, USP <1101>) ÷ drops per day.
 * Throws RangeError for negative quantities, zero doses or non-numbers.
 */
export function daysSupply(input: DaysSupplyInput): number {
  assertPositive('Doses per day', input.dosesPerDay);
  if (input.form === 'drops') {
    assertNonNegative('Volume (mL)', input.volumeMl);
    assertPositive('Drops per dose', input.dropsPerDose);
    const dropsPerMl = input.dropsPerMl ?? CONVENTIONS.dropsPerMl;
    assertPositive('Drops per mL', dropsPerMl);
    // clean() first so 2.9999999999 from binary rounding does not lose a whole day.
    return Math.floor(clean((input.volumeMl * dropsPerMl) / (input.dropsPerDose * input.dosesPerDay)));
  }
  assertNonNegative('Quantity', input.quantity);
  assertPositive('Units per dose', input.unitsPerDose);
  return Math.floor(clean(input.quantity / (input.unitsPerDose * input.dosesPerDay)));
}

/**
 * Quantity to dispense for a number of days, rounded up to whole units so the patient does not run short.
 * Throws RangeError for negative or zero inputs.
 */
export function quantityToDispense(input: { unitsPerDose: number; dosesPerDay: number; days: number }): number {
  assertPositive('Units per dose', input.unitsPerDose);
  assertPositive('Doses per day', input.dosesPerDay);
  assertNonNegative('Days', input.days);
  return Math.ceil(clean(input.unitsPerDose * input.dosesPerDay * input.days));
}
