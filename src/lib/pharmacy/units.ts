import { CONVENTIONS } from './conventions';
import { assertFinite, assertPositive, clean } from './numbers';

/** Options for the conversions whose factor varies between references. */
export interface ConvertOptions {
  /** Milligrams per grain: 65 by default; 64.8 is exact to one decimal; some references use 60. */
  grainMg?: number;
  /** Millilitres per fluid ounce: 30 by default; 29.57 is exact to two decimals. */
  flOzMl?: number;
}

type Dimension = 'mass' | 'volume';
interface UnitDefinition {
  dimension: Dimension;
  /** Size of the unit in mg (mass) or mL (volume). */
  size: (options: Required<ConvertOptions>) => number;
}

const fixed = (size: number) => (): number => size;

/** Units `convert` understands, keyed by their canonical symbol. */
const UNITS: Readonly<Record<string, UnitDefinition>> = {
  mcg: { dimension: 'mass', size: fixed(0.001) },
  mg: { dimension: 'mass', size: fixed(1) },
  g: { dimension: 'mass', size: fixed(1000) },
  kg: { dimension: 'mass', size: fixed(1_000_000) },
  // 1 kg = 2.2 lb (exam convention), so 1 lb = 1,000,000 / 2.2 mg.
  lb: { dimension: 'mass', size: fixed(1_000_000 / CONVENTIONS.lbPerKg) },
  gr: { dimension: 'mass', size: (o) => o.grainMg },
  mL: { dimension: 'volume', size: fixed(1) },
  L: { dimension: 'volume', size: fixed(1000) },
  tsp: { dimension: 'volume', size: fixed(CONVENTIONS.tspMl) },
  tbsp: { dimension: 'volume', size: fixed(CONVENTIONS.tbspMl) },
  'fl oz': { dimension: 'volume', size: (o) => o.flOzMl },
  cup: { dimension: 'volume', size: (o) => o.flOzMl * CONVENTIONS.cupFlOz },
  pint: { dimension: 'volume', size: (o) => o.flOzMl * CONVENTIONS.pintFlOz },
  quart: { dimension: 'volume', size: (o) => o.flOzMl * CONVENTIONS.quartFlOz },
  gallon: { dimension: 'volume', size: (o) => o.flOzMl * CONVENTIONS.gallonFlOz },
};

/** Spellings accepted for each unit (compared lower-case, periods and spaces removed). */
const ALIASES: Readonly<Record<string, string>> = {
  mcg: 'mcg', ug: 'mcg', µg: 'mcg', μg: 'mcg', microgram: 'mcg', micrograms: 'mcg',
  mg: 'mg', milligram: 'mg', milligrams: 'mg',
  g: 'g', gm: 'g', gram: 'g', grams: 'g',
  kg: 'kg', kilogram: 'kg', kilograms: 'kg',
  lb: 'lb', lbs: 'lb', pound: 'lb', pounds: 'lb',
  gr: 'gr', grain: 'gr', grains: 'gr',
  ml: 'mL', milliliter: 'mL', milliliters: 'mL', millilitre: 'mL', millilitres: 'mL', cc: 'mL',
  l: 'L', liter: 'L', liters: 'L', litre: 'L', litres: 'L',
  tsp: 'tsp', teaspoon: 'tsp', teaspoons: 'tsp', teaspoonful: 'tsp',
  tbsp: 'tbsp', tbs: 'tbsp', tablespoon: 'tbsp', tablespoons: 'tbsp', tablespoonful: 'tbsp',
  floz: 'fl oz', fluidounce: 'fl oz', fluidounces: 'fl oz',
  cup: 'cup', cups: 'cup',
  pt: 'pint', pint: 'pint', pints: 'pint',
  qt: 'quart', quart: 'quart', quarts: 'quart',
  gal: 'gallon', gallon: 'gallon', gallons: 'gallon',
};

/** The canonical unit symbols `convert` accepts (aliases such as "ml", "lbs" and "grains" work too). */
export const CONVERTIBLE_UNITS: readonly string[] = Object.keys(UNITS);

function unitFor(name: string): UnitDefinition & { symbol: string } {
  const key = typeof name === 'string' ? name.toLowerCase().replace(/[.\s]/g, '') : '';
  const symbol = ALIASES[key];
  const unit = symbol === undefined ? undefined : UNITS[symbol];
  if (symbol === undefined || unit === undefined) {
    throw new RangeError(`"${String(name)}" is not a unit RxTray converts; use one of ${CONVERTIBLE_UNITS.join(', ')}.`);
  }
  return { ...unit, symbol };
}

/**
 * Converts between metric mass and volume (mcg, mg, g, kg, mL, L), pounds, household measures
 * (tsp, tbsp, fl oz, cup, pint, quart, gallon) and grains, using the factors in CONVENTIONS.
 * Throws RangeError for unknown units, mass ↔ volume, or a non-finite value.
 */
export function convert(value: number, from: string, to: string, options: ConvertOptions = {}): number {
  assertFinite('The value', value);
  const settings: Required<ConvertOptions> = {
    grainMg: options.grainMg ?? CONVENTIONS.grainMg,
    flOzMl: options.flOzMl ?? CONVENTIONS.flOzMl,
  };
  assertPositive('grainMg', settings.grainMg);
  assertPositive('flOzMl', settings.flOzMl);
  const source = unitFor(from);
  const target = unitFor(to);
  if (source.dimension !== target.dimension) {
    throw new RangeError(`Can't convert ${source.symbol} (${source.dimension}) to ${target.symbol} (${target.dimension}) without a concentration.`);
  }
  return clean((value * source.size(settings)) / target.size(settings));
}

/** Degrees Celsius to Fahrenheit: °F = °C × 9/5 + 32. */
export function cToF(celsius: number): number {
  assertFinite('Temperature (°C)', celsius);
  if (celsius < -273.15) throw new RangeError(`${celsius} °C is below absolute zero (−273.15 °C).`);
  return clean((celsius * 9) / 5 + 32);
}

/** Degrees Fahrenheit to Celsius: °C = (°F − 32) × 5/9. */
export function fToC(fahrenheit: number): number {
  assertFinite('Temperature (°F)', fahrenheit);
  if (fahrenheit < -459.67) throw new RangeError(`${fahrenheit} °F is below absolute zero (−459.67 °F).`);
  return clean(((fahrenheit - 32) * 5) / 9);
}
