import { fail, ok, type Result } from './result';

/**
 * Converts 24-hour ("military") time to 12-hour time: "14:30" or "1430" → "2:30 PM",
 * "0000" → "12:00 AM", "12:00" → "12:00 PM".
 */
export function to12h(time24: string): Result<string> {
  const match = typeof time24 === 'string' ? /^([01]?\d|2[0-3]):?([0-5]\d)$/.exec(time24.trim()) : null;
  if (match === null) {
    return fail(`"${String(time24).trim()}" is not a 24-hour time; write hours 00–23 and minutes 00–59, like 14:30 or 1430.`);
  }
  const hours = Number(match[1]);
  const minutes = match[2] as string;
  const suffix = hours < 12 ? 'AM' : 'PM';
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  return ok(`${hour12}:${minutes} ${suffix}`);
}

/**
 * Converts 12-hour time to 24-hour time: "2:30 PM" → "14:30", "12:15 am" → "00:15", "7 pm" → "19:00".
 */
export function to24h(time12: string): Result<string> {
  const match = typeof time12 === 'string' ? /^(\d{1,2})(?::([0-5]\d))?\s*([ap])\.?\s*m\.?$/i.exec(time12.trim()) : null;
  const hours = match ? Number(match[1]) : NaN;
  if (match === null || hours < 1 || hours > 12) {
    return fail(`"${String(time12).trim()}" is not a 12-hour time; write it like 2:30 PM (hours 1–12, then AM or PM).`);
  }
  const pm = (match[3] as string).toLowerCase() === 'p';
  const hour24 = (hours % 12) + (pm ? 12 : 0);
  return ok(`${String(hour24).padStart(2, '0')}:${match[2] ?? '00'}`);
}
