/**
 * The learner's day. Lib code never reads the clock or the time zone: callers pass `now` and the
 * learner's UTC offset in minutes, east positive as in ISO 8601 (New York in winter is -300). In a
 * browser that is `-now.getTimezoneOffset()`. A day runs from local midnight to local midnight.
 */

const MINUTE = 60_000;
/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

/** The learner's local calendar date of `now` as YYYY-MM-DD. */
export function localDay(now: Date, tzOffsetMinutes = 0): string {
  return new Date(now.getTime() + tzOffsetMinutes * MINUTE).toISOString().slice(0, 10);
}

/** The instant the learner's local day containing `now` began. */
export function dayStart(now: Date, tzOffsetMinutes = 0): Date {
  const local = now.getTime() + tzOffsetMinutes * MINUTE;
  return new Date(local - (((local % DAY_MS) + DAY_MS) % DAY_MS) - tzOffsetMinutes * MINUTE);
}

/** The instant the learner's local day containing `now` ends (the next day's start). */
export function dayEnd(now: Date, tzOffsetMinutes = 0): Date {
  return new Date(dayStart(now, tzOffsetMinutes).getTime() + DAY_MS);
}
