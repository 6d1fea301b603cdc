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
const FUNCTIONS: Record<string, EngineFn> = {
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

/** A number as shown in question text: digit grouping, at most four decimals, no trailing zeros. */
export function formatNumber(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 4 });
}

/** Evaluates one computed value to the text that replaces its placeholder; throws with a readable reason. */
export function evaluateValue(value: ComputableQuestion['values'][string]): string {
  const fn = FUNCTIONS[value.fn];
  if (!fn) throw new Error(`unknown engine function "${value.fn}"`);
  let result = (fn as (...args: unknown[]) => unknown)(...value.args);
  if (isResult(result)) {
    if (!result.ok) throw new Error(`${value.fn} failed: ${String((result as { error?: unknown }).error ?? 'invalid input')}`);
    result = result.value;
  }
  if (typeof result === 'string') return result;
  if (typeof result !== 'number' || !Number.isFinite(result)) throw new Error(`${value.fn} did not return a finite number`);
  let n = value.times === undefined ? result : result * value.times;
  if (value.floor !== undefined) n = floorTo(n, value.floor);
  else if (value.round !== undefined) n = roundTo(n, value.round);
  return formatNumber(n);
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
