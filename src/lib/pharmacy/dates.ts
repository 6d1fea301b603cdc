const MS_PER_DAY = 86_400_000;

/** Reads a `YYYY-MM-DD` calendar date; undefined when the text is not a real date. */
export function parseIsoDate(text: string): { year: number; month: number; day: number } | undefined {
  const match = typeof text === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim()) : null;
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

/** Days since 1970-01-01 for a valid ISO date (throws RangeError otherwise). */
export function dayNumber(iso: string): number {
  const date = parseIsoDate(iso);
  if (date === undefined) throw new RangeError(`"${iso}" is not a calendar date in YYYY-MM-DD form.`);
  return Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY;
}

/** The ISO date of a day number. */
export function isoFromDayNumber(days: number): string {
  return new Date(days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Adds whole days to an ISO date. */
export function addDays(iso: string, days: number): string {
  return isoFromDayNumber(dayNumber(iso) + days);
}

/**
 * Whole days from one ISO date to another (negative when `to` is earlier): 2026-03-02 → 2026-04-01 is 30.
 * Used for refill timing and adherence checks (days a patient was without medication). Throws RangeError for invalid dates.
 */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Adds calendar months, keeping the day or using the last day of a shorter month (Aug 31 + 6 months → Feb 28/29). */
export function addMonths(iso: string, months: number): string {
  const date = parseIsoDate(iso);
  if (date === undefined) throw new RangeError(`"${iso}" is not a calendar date in YYYY-MM-DD form.`);
  const target = new Date(Date.UTC(date.year, date.month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.day, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * Today's calendar date as ISO text. A `Date` is read in local time, because "today" at the counter
 * is the local date; a string must already be `YYYY-MM-DD`. Throws RangeError for anything else.
 */
export function isoToday(today: string | Date): string {
  if (today instanceof Date) {
    if (Number.isNaN(today.getTime())) throw new RangeError('today is an invalid Date.');
    const pad = (n: number): string => String(n).padStart(2, '0');
    return `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
  }
  dayNumber(today);
  return today.trim();
}
