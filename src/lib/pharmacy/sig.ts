import { CONVENTIONS } from './conventions';
import { ERROR_PRONE, type ErrorProneAbbreviation } from './error-prone';
import { clean } from './numbers';
import { fail, ok, type Result } from './result';
import { sigRomanValue } from './roman';
import { SIG_INDICATIONS, SIG_VOCABULARY, type SigAbbreviation } from './sig-vocabulary';

/** An amount and what it is counted in ("1 tablet", "1 to 2 puffs", "10 units"). */
export interface SigDose {
  /** The amount, or the low end of a range. */
  amount: number;
  /** The high end of a range ("1-2 tabs"). */
  amountMax?: number;
  /** Singular label of the unit or dosage form ("tablet", "mL", "drop"); empty when none was written. */
  unit: string;
  /** Plural label ("tablets", "mL", "drops"). */
  unitPlural: string;
}

/** A recognised term and the words a label uses for it. */
export interface SigTerm {
  /** The abbreviation as read (lower case). */
  abbr: string;
  /** Label wording ("by mouth", "in each eye", "before meals"). */
  text: string;
}

/** How often a dose is taken. */
export interface SigFrequency extends SigTerm {
  /** Doses per day; for a range (q4-6h) the most frequent interval. */
  dosesPerDay?: number;
  /** Fewest doses per day, for a range. */
  dosesPerDayMin?: number;
}

/** An error-prone abbreviation found in a sig. */
export interface SigWarning {
  /** The text as it appeared (lower case). */
  token: string;
  /** Identifier of the entry in ERROR_PRONE_ABBREVIATIONS. */
  id: string;
  /** Why it is dangerous. */
  reason: string;
  /** What to write instead. */
  useInstead: string;
  /** The Joint Commission or ISMP list. */
  source: string;
  /** True when RxTray translated it anyway because the meaning is clear in context. */
  translated: boolean;
}

/** One step of a sig; "…, then …" sigs have several. */
export interface SigStep {
  /** The text of this step. */
  text: string;
  /** The verb written, if any ("take", "apply"). */
  verb?: string;
  /** The dose. */
  dose?: SigDose;
  /** The route. */
  route?: SigTerm;
  /** The site (eye, ear, nostril, affected area). */
  site?: SigTerm;
  /** The frequency. */
  frequency?: SigFrequency;
  /** Timing terms (before meals, at bedtime, with food). */
  timing: SigTerm[];
  /** Doses per day, when determinable. */
  dosesPerDay?: number;
  /** True for PRN. */
  asNeeded: boolean;
  /** What the medicine is for ("pain"). */
  indication?: string;
  /** Length of this step in days. */
  durationDays?: number;
  /** The duration as a label phrase ("for 2 weeks"). */
  durationText?: string;
  /** A maximum ("max 8 tabs/day", "max 3 doses"); `perDay` when the sig says per day. */
  maximum?: { dose: SigDose; perDay: boolean };
  /** Words the parser did not understand. */
  unrecognized: string[];
}

/** A parsed sig (prescription directions). */
export interface Sig {
  /** The dose of each step. */
  doses: SigDose[];
  /** The route of the first step that has one. */
  route?: SigTerm;
  /** The site of the first step that has one. */
  site?: SigTerm;
  /** The frequency of the first step that has one. */
  frequency?: SigFrequency;
  /** Doses per day, when every step agrees on it. */
  dosesPerDay?: number;
  /** True when any step is PRN. */
  asNeeded: boolean;
  /** The first indication given. */
  indication?: string;
  /** Total duration in days, when every step has one. */
  durationDays?: number;
  /** The steps, in order. */
  steps: SigStep[];
  /** Error-prone abbreviations used (Joint Commission "Do Not Use" list and ISMP list). */
  warnings: SigWarning[];
  /** Words the parser did not understand, across all steps. */
  unrecognized: string[];
}

interface LookupHit {
  entry: SigAbbreviation;
  /** True when matched through `abbr` or `variants` (so an error-prone warning applies). */
  flagged: boolean;
}

const MAX_SIG_LENGTH = 500;
const MAX_PHRASE_WORDS = 5;

/** Phrase (lower case, single spaces) → vocabulary entry. */
const LOOKUP: ReadonlyMap<string, LookupHit> = (() => {
  const map = new Map<string, LookupHit>();
  for (const entry of SIG_VOCABULARY) {
    if (entry.referenceOnly) continue;
    for (const key of [entry.abbr, ...(entry.variants ?? [])]) if (!map.has(key)) map.set(key, { entry, flagged: true });
    for (const key of entry.phrases ?? []) if (!map.has(key)) map.set(key, { entry, flagged: false });
  }
  return map;
})();

const INDICATIONS: ReadonlyMap<string, string> = new Map(SIG_INDICATIONS.map((entry) => [entry.abbr, entry.meaning]));
const VERBS = new Set(['take', 'apply', 'instill', 'inhale', 'insert', 'inject', 'use', 'give', 'chew', 'dissolve', 'place', 'spray', 'put', 'swallow', 'rinse', 'gargle', 'swish', 'mix']);
const FILLER = new Set(['and', 'the', 'a', 'an', 'of', 'to', 'in', 'into', 'on', 'at', 'by', 'per', 'each', 'sig', 'please', 'up']);
const NUMBER_WORDS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, half: 0.5, 'one-half': 0.5 };
const PER_DAY = ['per-day', 'per day', 'a day', 'daily', 'in 24 hours', 'per 24 hours', 'in 24h', 'per 24h', 'q24h', 'qd'];
const NUMBER = /^(\d+(?:\.\d+)?|\.\d+|\d+\/\d+)$/;
const AMOUNT = /^(\d+(?:\.\d+)?|\.\d+|\d+\/\d+)(?:-(\d+(?:\.\d+)?|\.\d+|\d+\/\d+))?$/;

function numberValue(text: string): number {
  if (text.includes('/')) {
    const [top, bottom] = text.split('/').map(Number) as [number, number];
    return bottom === 0 ? NaN : top / bottom;
  }
  return Number(text);
}

/** Lower-cases, removes periods from abbreviations (q.i.d. → qid) and puts canonical tokens in place. */
function normalize(step: string): string {
  let text = step
    .toLowerCase()
    .replace(/½/g, ' 1/2').replace(/¼/g, ' 1/4').replace(/¾/g, ' 3/4')
    .replace(/([a-zµμ])\.(?=[a-zµμ])/g, '$1')
    .replace(/([a-zµμ])\./g, '$1 ')
    .replace(/&/g, ' and ')
    .replace(/[,;:()[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  text = text
    .split(' ')
    .map((token) => (/^[qx]\d/.test(token) ? token : token.replace(/^(\d[\d./-]*|\.\d[\d./-]*)([a-zµμ].*)$/, '$1 $2')))
    .join(' ');
  return text
    .replace(/\/\s*(?:day|d|24\s*h(?:rs?|ours?)?)\b/g, ' per-day')
    .replace(/\b(?:q|every)\s*(\d+(?:\.\d+)?)\s*(?:-|to)\s*(\d+(?:\.\d+)?)\s*(?:h|hr|hrs|hour|hours)\b/g, (match, a: string, b: string) => `${match.startsWith('q') ? 'q' : 'every:'}${a}-${b}h`)
    .replace(/\b(?:q|every)\s*(\d+(?:\.\d+)?)\s*(?:h|hr|hrs|hour|hours)\b/g, (match, a: string) => `${match.startsWith('q') ? 'q' : 'every:'}${a}h`)
    .replace(/\bq\s*(\d{1,2})\s*(am|pm)\b/g, 'clock:$1:$2')
    .replace(/\b(?:q|every)\s*(\d+)\s*(?:min|mins|minutes?)\b/g, 'minutes:$1')
    .replace(/\b(x|for)\s*(\d+(?:\.\d+)?)\s*(d|days?|wks?|weeks?|mos?|months?)\b/g, (_m, how: string, n: string, unit: string) => `dur:${n}:${unit[0]}:${how}${unit === 'd' ? 'd' : ''}`)
    .replace(/(^|\s)(\d[\d./]*|\.\d+)\s*(?:-|to|or)\s*(\d[\d./]*)(?=\s|$)/g, '$1$2-$3')
    .replace(/\s+/g, ' ')
    .trim();
}

function formatAmount(value: number): string {
  const whole = Math.floor(value);
  const fraction = clean(value - whole);
  const fractions: Record<string, string> = { '0.5': '1/2', '0.25': '1/4', '0.75': '3/4' };
  const text = fractions[String(fraction)];
  if (text !== undefined) return whole === 0 ? text : `${whole} ${text}`;
  return String(clean(value));
}

function unitOf(entry: SigAbbreviation | undefined): Pick<SigDose, 'unit' | 'unitPlural'> {
  if (entry === undefined) return { unit: '', unitPlural: '' };
  const unit = entry.label ?? entry.meaning;
  return { unit, unitPlural: entry.plural ?? unit };
}

function warningFor(token: string, entry: ErrorProneAbbreviation): SigWarning {
  return { token, id: entry.id, reason: entry.reason, useInstead: entry.useInstead, source: entry.source, translated: entry.safeToTranslate };
}

interface StepState extends SigStep {
  unitEntry?: SigAbbreviation;
  routeEntry?: SigAbbreviation;
  siteEntry?: SigAbbreviation;
}

/** Parses one step's text; pushes warnings into `warnings`. */
function parseStep(raw: string, warnings: SigWarning[]): StepState {
  const tokens = normalize(raw).split(' ').filter((t) => t !== '');
  const step: StepState = { text: raw.trim(), timing: [], asNeeded: false, unrecognized: [] };
  let pendingAmount: { amount: number; amountMax?: number } | undefined;

  const lookupAt = (i: number): { hit: LookupHit; length: number; key: string } | undefined => {
    for (let length = Math.min(MAX_PHRASE_WORDS, tokens.length - i); length >= 1; length--) {
      const key = tokens.slice(i, i + length).join(' ');
      const hit = LOOKUP.get(key);
      if (hit) return { hit, length, key };
    }
    return undefined;
  };
  const isUnit = (entry: SigAbbreviation): boolean => entry.plural !== undefined || (entry.category === 'form' && entry.verb !== undefined);
  const setDose = (amount: { amount: number; amountMax?: number }, entry: SigAbbreviation | undefined): void => {
    if (step.dose !== undefined) return;
    step.dose = { ...amount, ...unitOf(entry) };
    if (entry) step.unitEntry = entry;
  };
  const flag = (token: string, entry: ErrorProneAbbreviation): void => {
    if (!warnings.some((w) => w.id === entry.id && w.token === token)) warnings.push(warningFor(token, entry));
  };
  const readAmount = (token: string): { amount: number; amountMax?: number } | undefined => {
    const match = AMOUNT.exec(token);
    if (match) {
      const amount = numberValue(match[1] as string);
      const max = match[2] === undefined ? undefined : numberValue(match[2]);
      if (!Number.isFinite(amount) || (max !== undefined && !Number.isFinite(max))) return undefined;
      for (const part of [match[1], match[2]]) {
        // The Joint Commission "Do Not Use" list: trailing zeros and missing leading zeros.
        if (part !== undefined && /\.0+$/.test(part)) flag(token, ERROR_PRONE.trailingZero);
        if (part !== undefined && part.startsWith('.')) flag(token, ERROR_PRONE.leadingZero);
      }
      return max === undefined ? { amount } : { amount, amountMax: max };
    }
    const word = NUMBER_WORDS[token];
    return word === undefined ? undefined : { amount: word };
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const next = tokens[i + 1];

    if (i === 0 && VERBS.has(token)) {
      step.verb = token;
      continue;
    }

    // Durations: "x 10d", "x7d", "for 2 weeks" (canonicalised as dur:N:unit:how).
    const duration = /^dur:([\d.]+):([dwm]):(x|for)(d?)$/.exec(token);
    if (duration) {
      const n = Number(duration[1]);
      const unit = duration[2] as 'd' | 'w' | 'm';
      const perUnit = { d: 1, w: 7, m: CONVENTIONS.daysPerMonth }[unit];
      const words = { d: 'day', w: 'week', m: 'month' }[unit];
      step.durationDays = clean(n * perUnit);
      step.durationText = `for ${formatAmount(n)} ${words}${n === 1 ? '' : 's'}`;
      // ISMP: "x3d" is mistaken for "three doses".
      if (duration[3] === 'x' && duration[4] === 'd') flag(`x${n}d`, ERROR_PRONE.x3d);
      continue;
    }

    // Intervals: q4h, q4-6h, every 4 hours.
    const interval = /^(q|every:)([\d.]+)(?:-([\d.]+))?h$/.exec(token);
    if (interval) {
      const low = Number(interval[2]);
      const high = interval[3] === undefined ? undefined : Number(interval[3]);
      if (low > 0 && (high === undefined || high >= low)) {
        const text = high === undefined ? `every ${low === 1 ? '' : `${low} `}hour${low === 1 ? '' : 's'}` : `every ${low} to ${high} hours`;
        step.frequency = {
          abbr: interval[1] === 'q' ? `q${low}${high === undefined ? '' : `-${high}`}h` : text,
          text,
          dosesPerDay: clean(24 / low),
          ...(high === undefined ? {} : { dosesPerDayMin: clean(24 / high) }),
        };
        continue;
      }
    }

    const minutes = /^minutes:(\d+)$/.exec(token);
    if (minutes) {
      // Doses per day are not determinable: a minutes interval always comes with a maximum.
      step.frequency = { abbr: `q${minutes[1]}min`, text: `every ${minutes[1]} minute${minutes[1] === '1' ? '' : 's'}` };
      continue;
    }

    // ISMP: q6PM is mistaken for every 6 hours.
    const clock = /^clock:(\d{1,2}):(am|pm)$/.exec(token);
    if (clock && Number(clock[1]) >= 1 && Number(clock[1]) <= 12) {
      step.frequency = { abbr: `q${clock[1]}${clock[2]}`, text: `daily at ${clock[1]} ${(clock[2] as string).toUpperCase()}`, dosesPerDay: 1 };
      flag(`q${clock[1]}${clock[2]}`, ERROR_PRONE.q6pm);
      continue;
    }

    // Amounts: 1, 0.5, 1/2, 1-2, "1 1/2", one.
    const amount = readAmount(token);
    if (amount !== undefined && pendingAmount === undefined && step.dose === undefined) {
      let value = amount;
      if (next !== undefined && /^\d+\/\d+$/.test(next) && amount.amountMax === undefined && Number.isInteger(amount.amount)) {
        value = { amount: clean(amount.amount + numberValue(next)) };
        i++;
      }
      const unit = lookupAt(i + 1);
      if (unit && isUnit(unit.hit.entry)) {
        if (unit.hit.flagged && unit.hit.entry.errorProne) flag(unit.key, unit.hit.entry.errorProne);
        setDose(value, unit.hit.entry);
        i += unit.length;
      } else {
        pendingAmount = value;
      }
      continue;
    }

    // Roman numerals next to a dosage form: "gtt ii", "tab i", "ii caps", "ss".
    const roman = sigRomanValue(token);
    const nextHit = next === undefined ? undefined : lookupAt(i + 1);
    if (roman !== undefined && step.dose === undefined && (step.unitEntry !== undefined || (nextHit && isUnit(nextHit.hit.entry)))) {
      if (token.includes('ss')) flag(token, ERROR_PRONE.ss);
      if (step.unitEntry !== undefined) {
        step.dose = { amount: roman, ...unitOf(step.unitEntry) };
      } else if (nextHit) {
        if (nextHit.hit.flagged && nextHit.hit.entry.errorProne) flag(nextHit.key, nextHit.hit.entry.errorProne);
        setDose({ amount: roman }, nextHit.hit.entry);
        i += nextHit.length;
      }
      continue;
    }

    if (token === 'max' || token === 'maximum') {
      const maxAmount = next === undefined ? undefined : readAmount(next);
      if (maxAmount !== undefined) {
        const unit = lookupAt(i + 2);
        const hasUnit = unit !== undefined && isUnit(unit.hit.entry);
        i += 1 + (hasUnit ? unit.length : 0);
        const rest = tokens.slice(i + 1).join(' ');
        const perDay = PER_DAY.find((phrase) => rest === phrase || rest.startsWith(`${phrase} `));
        if (perDay !== undefined) i += perDay.split(' ').length;
        step.maximum = { dose: { ...maxAmount, ...unitOf(hasUnit ? unit.hit.entry : step.unitEntry) }, perDay: perDay !== undefined };
        continue;
      }
    }

    const hit = lookupAt(i);
    if (hit) {
      const { entry, flagged } = hit.hit;
      if (flagged && entry.errorProne) flag(hit.key, entry.errorProne);
      i += hit.length - 1;
      if (entry.abbr === 'prn') {
        step.asNeeded = true;
        i = readIndication(tokens, i + 1, step, lookupAt) - 1;
      } else if (entry.category === 'frequency') {
        step.frequency = { abbr: hit.key, text: entry.label ?? entry.meaning, ...(entry.dosesPerDay === undefined ? {} : { dosesPerDay: entry.dosesPerDay }) };
      } else if (entry.category === 'route') {
        step.route = { abbr: hit.key, text: entry.label ?? entry.meaning };
        step.routeEntry = entry;
      } else if (entry.category === 'site') {
        step.site = { abbr: hit.key, text: entry.label ?? entry.meaning };
        step.siteEntry = entry;
      } else if (entry.category === 'timing') {
        step.timing.push({ abbr: hit.key, text: entry.label ?? entry.meaning });
      } else if (isUnit(entry)) {
        if (pendingAmount !== undefined) {
          setDose(pendingAmount, entry);
          pendingAmount = undefined;
        } else if (step.unitEntry === undefined && step.dose === undefined) {
          step.unitEntry = entry;
        }
      } else if (entry.abbr === 'c̄') {
        i = readWith(tokens, i + 1, step, lookupAt) - 1;
      } else if (entry.errorProne && !entry.errorProne.safeToTranslate) {
        // MS, MSO4, MgSO4, D/C, SSI: the meaning cannot be known, so nothing is translated.
      } else if (entry.abbr !== 'x' && entry.abbr !== 's̄' && entry.abbr !== 'max') {
        step.unrecognized.push(hit.key);
      }
      continue;
    }

    if (token === 'for' && next !== undefined) {
      i = readIndication(tokens, i + 1, step, lookupAt) - 1;
      continue;
    }
    if (FILLER.has(token)) continue;
    step.unrecognized.push(token.replace(/^every:/, 'every '));
  }

  if (pendingAmount !== undefined && step.dose === undefined) setDose(pendingAmount, step.unitEntry);
  resolveOd(step, warnings);
  const implied = step.timing.reduce((sum, term) => sum + (LOOKUP.get(term.abbr)?.entry.dosesPerDay ?? 0), 0);
  const dosesPerDay = step.frequency?.dosesPerDay ?? (implied > 0 ? implied : undefined);
  if (dosesPerDay !== undefined) step.dosesPerDay = clean(dosesPerDay);
  return step;
}

/** Tokens the tokenizer marks as structure (durations, clock times, intervals), which end free text. */
const MARKER_TOKEN = /^(dur|clock|every|minutes):|^q\d/;

/** Looks up the vocabulary term (one or more tokens long) that starts at token `i`, if any. */
type LookupAt = (i: number) => { hit: LookupHit; length: number; key: string } | undefined;

/** Reads the indication after "prn" / "for": words up to the next recognised term or number. */
function readIndication(
  tokens: readonly string[],
  start: number,
  step: StepState,
  lookupAt: LookupAt,
): number {
  let i = start;
  if (tokens[i] === 'for') i++;
  const words: string[] = [];
  while (i < tokens.length) {
    const token = tokens[i] as string;
    if (AMOUNT.test(token) || MARKER_TOKEN.test(token) || token === 'max' || token === 'maximum') break;
    const hit = lookupAt(i);
    if (hit && !(words.length > 0 && FILLER.has(token))) break;
    words.push(INDICATIONS.get(token) ?? token);
    i++;
  }
  if (words.length > 0 && step.indication === undefined) step.indication = words.join(' ');
  return i;
}

/** Reads "with …" free text ("with a full glass of water") into a timing term. */
function readWith(
  tokens: readonly string[],
  start: number,
  step: StepState,
  lookupAt: LookupAt,
): number {
  let i = start;
  const words: string[] = [];
  while (i < tokens.length && !NUMBER.test(tokens[i] as string) && !MARKER_TOKEN.test(tokens[i] as string) && lookupAt(i) === undefined) {
    words.push(tokens[i] as string);
    i++;
  }
  if (words.length > 0) step.timing.push({ abbr: 'with', text: `with ${words.join(' ')}` });
  return i;
}

/** "od" after an oral dose means once daily (ISMP: mistaken for right eye), not right eye. */
function resolveOd(step: StepState, warnings: SigWarning[]): void {
  const oral = step.route?.abbr === 'po' || ['tab', 'cap', 'ml', 'tsp', 'tbsp'].includes(step.unitEntry?.abbr ?? '');
  if (step.site?.abbr !== 'od' || !oral || step.frequency !== undefined) return;
  delete step.site;
  delete step.siteEntry;
  step.frequency = { abbr: 'od', text: 'once daily', dosesPerDay: 1 };
  const index = warnings.findIndex((w) => w.token === 'od' && w.id === ERROR_PRONE.eyes.id);
  if (index >= 0) warnings.splice(index, 1);
  warnings.push(warningFor('od', ERROR_PRONE.odDaily));
}

/**
 * Parses a sig such as "1 tab po bid x 10d", "ii gtt ou qid", "1-2 tabs po q4-6h prn pain" or
 * "2 tabs po daily x 1d, then 1 tab po daily x 4d". Never throws: unreadable text gives an error sentence.
 */
export function parseSig(sig: string): Result<Sig> {
  const parsed = parseSigSteps(sig);
  return parsed.ok ? ok(parsed.value.sig) : parsed;
}

/** Parses a sig and keeps the vocabulary entries of each step for writing directions. */
function parseSigSteps(sig: string): Result<{ sig: Sig; steps: StepState[] }> {
  if (typeof sig !== 'string' || sig.trim() === '') return fail('Type a sig, for example "1 tab po bid x 10d".');
  if (sig.length > MAX_SIG_LENGTH) return fail(`That sig is ${sig.length} characters long; sigs are short, so keep it under ${MAX_SIG_LENGTH}.`);

  const texts = sig.split(/\s*[,;.]?\s*\b(?:then|followed by)\b\s*/i);
  const warnings: SigWarning[] = [];
  const steps: StepState[] = [];
  for (const [index, text] of texts.entries()) {
    if (text.trim() === '') {
      return fail(texts.length > 1 ? `Step ${index + 1} of "${sig.trim()}" is empty: write a dose and frequency on each side of "then".` : 'Type a sig, for example "1 tab po bid x 10d".');
    }
    const step = parseStep(text, warnings);
    const understood = step.dose ?? step.route ?? step.frequency ?? step.site ?? step.timing[0] ?? (step.asNeeded ? true : undefined);
    if (understood === undefined) {
      return fail(`I couldn't find a dose, route or frequency in "${text.trim()}". Check the abbreviations, for example "1 tab po bid".`);
    }
    steps.push(step);
  }

  const publicSteps: SigStep[] = steps.map(({ unitEntry: _u, routeEntry: _r, siteEntry: _s, ...step }) => step);
  const first = <K extends 'route' | 'site' | 'frequency' | 'indication'>(key: K): SigStep[K] | undefined => publicSteps.find((s) => s[key] !== undefined)?.[key];
  const perDay = new Set(publicSteps.map((s) => s.dosesPerDay));
  const dosesPerDay = perDay.size === 1 ? publicSteps[0]?.dosesPerDay : undefined;
  const durations = publicSteps.map((s) => s.durationDays);
  const durationDays = durations.every((d) => d !== undefined) ? clean(durations.reduce<number>((a, b) => a + (b ?? 0), 0)) : undefined;
  const route = first('route');
  const site = first('site');
  const frequency = first('frequency');
  const indication = first('indication');

  return ok({ steps, sig: {
    doses: publicSteps.flatMap((s) => (s.dose ? [s.dose] : [])),
    ...(route ? { route } : {}),
    ...(site ? { site } : {}),
    ...(frequency ? { frequency } : {}),
    ...(dosesPerDay === undefined ? {} : { dosesPerDay }),
    asNeeded: publicSteps.some((s) => s.asNeeded),
    ...(indication === undefined ? {} : { indication }),
    ...(durationDays === undefined ? {} : { durationDays }),
    steps: publicSteps,
    warnings,
    unrecognized: publicSteps.flatMap((s) => s.unrecognized),
  } });
}

function doseText(dose: SigDose): string {
  const plural = dose.amountMax !== undefined || dose.amount > 1;
  const amount = dose.amountMax === undefined ? formatAmount(dose.amount) : `${formatAmount(dose.amount)} to ${formatAmount(dose.amountMax)}`;
  const unit = plural ? dose.unitPlural : dose.unit;
  return unit === '' ? amount : `${amount} ${unit}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function stepDirections(step: StepState): string {
  const route = step.routeEntry;
  const verb = step.verb
    ? capitalize(step.verb)
    : route && route.abbr !== 'po' && route.abbr !== 'per os' && route.verb
      ? route.verb
      : (step.unitEntry?.verb ?? route?.verb ?? step.siteEntry?.verb ?? 'Take');
  const parts: string[] = [verb];
  if (step.dose) parts.push(doseText(step.dose));
  // The site says where ("in the right eye") and "Inhale" says how, so those routes add nothing.
  const redundantRoute = (step.site && ['ophth', 'oph', 'otic'].includes(step.route?.abbr ?? '')) || (verb === 'Inhale' && step.route?.abbr === 'inh');
  if (step.route && !redundantRoute) parts.push(step.route.text);
  if (step.site) parts.push(step.site.text);
  if (step.frequency) parts.push(step.frequency.text);
  if (step.timing.length > 0) parts.push(step.timing.map((term) => term.text).join(' and '));
  if (step.asNeeded) parts.push(step.indication ? `as needed for ${step.indication}` : 'as needed');
  else if (step.indication) parts.push(`for ${step.indication}`);
  if (step.durationText) parts.push(step.durationText);
  let text = parts.join(' ');
  if (step.maximum) text += `; do not take more than ${doseText(step.maximum.dose)}${step.maximum.perDay ? ' per day' : ''}`;
  return text;
}

/**
 * Translates a sig into label directions: "1 tab po bid x 10d" → "Take 1 tablet by mouth twice daily
 * for 10 days". Fails when a word is not understood or an abbreviation is too ambiguous to translate.
 */
export function sigToDirections(sig: string): Result<string> {
  const parsed = parseSigSteps(sig);
  if (!parsed.ok) return parsed;
  const { unrecognized, warnings } = parsed.value.sig;
  const unsafe = warnings.find((w) => !w.translated);
  if (unsafe) {
    return fail(`"${unsafe.token}" can't be translated safely: ${unsafe.reason}. Ask the prescriber and write ${unsafe.useInstead}.`);
  }
  if (unrecognized.length > 0) {
    const list = unrecognized.map((word) => `"${word}"`).join(', ');
    return fail(`I don't know ${list}. Check the spelling, or look ${unrecognized.length === 1 ? 'it' : 'them'} up in the sig reference.`);
  }
  const steps = parsed.value.steps.map(stepDirections);
  return ok(steps.map((text, i) => (i === 0 ? text : text.charAt(0).toLowerCase() + text.slice(1))).join(', then '));
}
