/**
 * Numbers in questions come from the pharmacy engine, never typed by hand: a question's `values` name engine
 * calls, and `{name}` placeholders in its text are replaced by their results at build time.
 */
import * as engine from '../pharmacy';
import type { Result } from '../pharmacy';

/** What compute needs of a question (the schema's output satisfies it). */
export interface ComputableQuestion {
  id: string;
  stem: string;
  explanation: string;
  options: readonly { text: string; why: string }[];
  values: Readonly<Record<string, { fn: string; args: readonly unknown[]; round?: number | undefined; floor?: number | undefined; times?: number | undefined }>>;
}

type EngineFn = (...args: never[]) => unknown;

const numbers = (name: string, values: readonly unknown[]): number[] => {
  if (values.length === 0) throw new Error(`${name} needs at least one number`);
  return values.map((v) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`${name}: ${JSON.stringify(v)} is not a number`);
    return v;
  });
};

/** Month and day of an ISO date as shown in lessons, e.g. "2027-03-23" → "March 23". */
function monthDay(iso: string): string {
  if (engine.parseIsoDate(iso) === undefined) throw new Error(`monthDay: "${iso}" is not a date (YYYY-MM-DD)`);
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-US', { month: 'long', day: 'numeric', timeZone: 'UTC' });
}

/** Hours as "6 h 15 min" (minutes rounded). */
function hoursMinutes(hours: number): string {
  const [h] = numbers('hoursMinutes', [hours]);
  const whole = Math.floor(h as number);
  return `${whole} h ${Math.round(((h as number) - whole) * 60)} min`;
}

/**
 * Small helpers beside the engine: arithmetic on given data and engine results (so a distractor such as
 * "lead time without safety stock" is computed, not typed), rounding up, and text forms of engine results.
 */
const HELPERS: Record<string, EngineFn> = {
  sum: (...values: unknown[]) => numbers('sum', values).reduce((a, b) => a + b, 0),
  difference: (a: unknown, b: unknown) => {
    const [x, y] = numbers('difference', [a, b]);
    return (x as number) - (y as number);
  },
  product: (...values: unknown[]) => numbers('product', values).reduce((a, b) => a * b, 1),
  quotient: (a: unknown, b: unknown) => {
    const [x, y] = numbers('quotient', [a, b]);
    if (y === 0) throw new Error('quotient: division by zero');
    return (x as number) / (y as number);
  },
  ceil: (value: unknown) => Math.ceil((numbers('ceil', [value])[0] as number) - 1e-9),
  max: (...values: unknown[]) => Math.max(...numbers('max', values)),
  min: (...values: unknown[]) => Math.min(...numbers('min', values)),
  ndc11: (ndc: string) => {
    const parsed = engine.parseNdc(ndc);
    return parsed.ok ? engine.ok(parsed.value.ndc11) : parsed;
  },
  nonsterileBudDate: (input: Parameters<typeof engine.nonsterileBud>[0]) => engine.nonsterileBud(input).date,
  nonsterileBudDays: (input: Parameters<typeof engine.nonsterileBud>[0]) => engine.nonsterileBud(input).days,
  storageExcursionOf: (celsius: number) => engine.storageFor(celsius).excursionOf.map((c) => c.name).join(', ') || 'none',
  monthDay,
  hoursMinutes,
};

const FUNCTIONS: Record<string, EngineFn> = {
  ...HELPERS,
  daysSupply: engine.daysSupply,
  quantityToDispense: engine.quantityToDispense,
  convert: engine.convert,
  cToF: engine.cToF,
  fToC: engine.fToC,
  doseVolume: engine.doseVolume,
  amountInVolume: engine.amountInVolume,
  dilution: engine.dilution,
  percentStrength: engine.percentStrength,
  ratioStrengthToPercent: engine.ratioStrengthToPercent,
  percentToRatioStrength: engine.percentToRatioStrength,
  ivRateMlPerHour: engine.ivRateMlPerHour,
  infusionHours: engine.infusionHours,
  ivDropsPerMinute: engine.ivDropsPerMinute,
  weightBasedDose: engine.weightBasedDose,
  bsaMosteller: engine.bsaMosteller,
  toRoman: engine.toRoman,
  fromRoman: engine.fromRoman,
  to12h: engine.to12h,
  to24h: engine.to24h,
  addDays: engine.addDays,
  addMonths: engine.addMonths,
  daysBetween: engine.daysBetween,
};

const isResult = (value: unknown): value is Result<unknown> =>
  typeof value === 'object' && value !== null && 'ok' in value && typeof (value as { ok: unknown }).ok === 'boolean';

/** Rounds half up (away from zero) to `places` decimals, without binary-fraction surprises. */
function roundTo(value: number, places: number): number {
  const factor = 10 ** places;
  return Math.sign(value) * Math.round(Math.abs(value) * factor + Number.EPSILON * factor) / factor;
}
function floorTo(value: number, places: number): number {
  const factor = 10 ** places;
  return Math.floor(value * factor + 1e-9) / factor;
}

/**
 * A number as shown in question text: digit grouping, at most four decimals, no trailing zeros; a number below
 * 0.001 keeps up to eight decimals so that it does not show as 0 (0.000112 mcg).
 */
export function formatNumber(value: number): string {
  const tiny = value !== 0 && Math.abs(value) < 0.001;
  return value.toLocaleString('en-US', { maximumFractionDigits: tiny ? 8 : 4 });
}

type Computed = ComputableQuestion['values'][string];

/** An argument that is itself an engine call: `{ fn, args }` (with optional round/floor/times). */
const isCall = (value: unknown): value is Computed =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  typeof (value as { fn?: unknown }).fn === 'string' &&
  Array.isArray((value as { args?: unknown }).args) &&
  Object.keys(value).every((k) => ['fn', 'args', 'round', 'floor', 'times'].includes(k));

/** Replaces nested calls in an argument (at any depth of objects and arrays) by their results. */
function resolveArgument(value: unknown): unknown {
  if (isCall(value)) return computeRaw(value);
  if (Array.isArray(value)) return value.map(resolveArgument);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveArgument(v)]));
  }
  return value;
}

/** The result of one call (number or text), nested calls in its arguments evaluated first. */
function computeRaw(value: Computed): number | string {
  const fn = FUNCTIONS[value.fn];
  if (!fn) throw new Error(`unknown engine function "${value.fn}"`);
  let result = (fn as (...args: unknown[]) => unknown)(...value.args.map(resolveArgument));
  if (isResult(result)) {
    if (!result.ok) throw new Error(`${value.fn} failed: ${String((result as { error?: unknown }).error ?? 'invalid input')}`);
    result = result.value;
  }
  if (typeof result === 'string') return result;
  if (typeof result !== 'number' || !Number.isFinite(result)) throw new Error(`${value.fn} did not return a finite number`);
  let n = value.times === undefined ? result : result * value.times;
  if (value.floor !== undefined) n = floorTo(n, value.floor);
  else if (value.round !== undefined) n = roundTo(n, value.round);
  return n;
}

/**
 * Evaluates one computed value to the text that replaces its placeholder; throws with a readable reason.
 * An argument may itself be a call (`{ fn, args }`), e.g. `quantityToDispense` of a dose from `convert`.
 */
export function evaluateValue(value: Computed): string {
  const result = computeRaw(value);
  return typeof result === 'string' ? result : formatNumber(result);
}

const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g;

/**
 * The question with every `{name}` replaced by its engine-computed value. Problems (an unknown placeholder,
 * a failing call, an unused value) are returned, not thrown, so validation can name the file and field.
 */
export function resolveQuestion<Q extends ComputableQuestion>(question: Q): { question: Q; problems: string[] } {
  const problems: string[] = [];
  const resolved = new Map<string, string>();
  for (const [name, value] of Object.entries(question.values)) {
    try {
      resolved.set(name, evaluateValue(value));
    } catch (error) {
      problems.push(`values.${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const used = new Set<string>();
  const fill = (text: string, field: string): string =>
    text.replace(PLACEHOLDER, (whole, name: string) => {
      used.add(name);
      const value = resolved.get(name);
      if (value !== undefined) return value;
      if (!(name in question.values)) problems.push(`${field}: placeholder {${name}} has no entry in values`);
      return whole;
    });
  const out: Q = {
    ...question,
    stem: fill(question.stem, 'stem'),
    explanation: fill(question.explanation, 'explanation'),
    options: question.options.map((option, index) => ({
      ...option,
      text: fill(option.text, `options[${index}].text`),
      why: fill(option.why, `options[${index}].why`),
    })),
  };
  for (const name of Object.keys(question.values)) {
    if (!used.has(name)) problems.push(`values.${name} is never used in the text`);
  }
  return { question: out, problems };
}
