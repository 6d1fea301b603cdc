import { CONVENTIONS } from './conventions';


/**
 * Removes binary floating-point noise (0.1 + 0.2 → 0.3) by rounding to 12 significant figures.
 * This is not clinical rounding: it never changes a value a human would write down.
 */
export function clean(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return value === 0 ? 0 : value;
  return Number(value.toPrecision(CONVENTIONS.significantFigures));
}

/** Throws a RangeError unless `value` is a finite number. */
export function assertFinite(name: string, value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RangeError(`${name} must be a finite number, but got ${String(value)}.`);
  }
}

/** Throws a RangeError unless `value` is a finite number greater than zero. */
export function assertPositive(name: string, value: number): void {
  assertFinite(name, value);
  if (value <= 0) throw new RangeError(`${name} must be greater than zero, but got ${value}.`);
}

/** Throws a RangeError unless `value` is a finite number of zero or more. */
export function assertNonNegative(name: string, value: number): void {
  assertFinite(name, value);
  if (value < 0) throw new RangeError(`${name} cannot be negative, but got ${value}.`);
}
