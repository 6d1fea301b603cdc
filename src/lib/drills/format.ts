/** Number formatting and rounding for drill text, so questions, steps and answers agree digit for digit. */

/** Rounds half away from zero to `decimals` places (the rule pharmacy references teach), without float noise. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const shifted = Math.abs(value) * factor;
  // toPrecision(12) removes binary noise such as 2.675 × 100 = 267.49999999999997 before rounding.
  const rounded = Math.round(Number(shifted.toPrecision(12))) / factor;
  return Math.sign(value) * rounded;
}

const formatters = new Map<number, Intl.NumberFormat>();

/** A number as a learner reads it: up to `maxDecimals` places, no trailing zeros, thousands separated. */
export function num(value: number, maxDecimals = 4): string {
  // One formatter per precision: creating an Intl.NumberFormat per call made generation 20× slower.
  let formatter = formatters.get(maxDecimals);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-US', { maximumFractionDigits: maxDecimals, useGrouping: true });
    formatters.set(maxDecimals, formatter);
  }
  return formatter.format(roundTo(value, maxDecimals));
}

/** The rounding rule for `decimals` places, worded for the learner. */
export function roundingRule(decimals: number, direction: 'nearest' | 'down' | 'up' = 'nearest'): string {
  if (direction === 'down') return 'Round down to whole days (a partial day is not a day of therapy).';
  if (direction === 'up') return 'Round up to a whole unit so the patient does not run short.';
  if (decimals === 0) return 'Round to the nearest whole number.';
  return decimals === 1 ? 'Round to one decimal place.' : `Round to ${decimals} decimal places.`;
}
