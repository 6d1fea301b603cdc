/** Drill generators: notation. Each answer comes from the pharmacy engine. */
import { fromRoman, toRoman } from '../../pharmacy/roman';
import { to12h, to24h } from '../../pharmacy/time';
import { define, numeric } from '../define';
import type { DrillType } from '../types';

const romanNumerals = define('roman-numerals', (r, d) => {
  const toNumber = d === 2 || (d === 3 && r.next() < 0.5);
  const value = d === 1 ? r.int(1, 30) : d === 2 ? r.int(11, 120) : r.int(120, 2999);
  const numeral = toRoman(value);
  if (toNumber) {
    const parsed = fromRoman(numeral);
    const back = parsed.ok ? parsed.value : value;
    return {
      question: `What number is the Roman numeral ${numeral}?`,
      answer: numeric(back, '', 0),
      rounding: 'Give a whole number.',
      steps: [`Read left to right; a smaller numeral before a larger one is subtracted (IV = 4, XC = 90, CM = 900).`, `${numeral} = ${back}.`],
      hint: 'I 1, V 5, X 10, L 50, C 100, D 500, M 1000.',
      conventions: ['I 1, V 5, X 10, L 50, C 100, D 500, M 1000'],
    };
  }
  return {
    question: `Write ${value} in Roman numerals.`,
    answer: { kind: 'text', value: numeral, accepted: [] },
    rounding: 'Write the numeral in capitals or lower case.',
    steps: [`Write thousands, hundreds, tens and ones in turn, using subtraction pairs for 4s and 9s (IV, IX, XL, XC, CD, CM).`, `${value} = ${numeral}.`],
    hint: 'Break the number into thousands, hundreds, tens and ones.',
    conventions: ['I 1, V 5, X 10, L 50, C 100, D 500, M 1000'],
  };
});

const twentyFourHour = define('military-time', (r, d) => {
  const hour24 = r.int(0, 23);
  const minute = d === 1 ? r.pick([0, 30]) : r.int(0, 59);
  const time24 = `${String(hour24).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  const toTwelve = d === 1 ? hour24 >= 12 : d === 3 ? r.next() < 0.5 : hour24 % 2 === 0;
  if (toTwelve) {
    const converted = to12h(time24);
    const value = converted.ok ? converted.value : time24;
    return {
      question: `A medication administration record says ${time24}. What is that in 12-hour time?`,
      answer: { kind: 'text', value, accepted: [value.replace(':00 ', ' ')] },
      rounding: 'Write it like 2:30 PM.',
      steps: [hour24 === 0 ? '00 hours is midnight: 12 AM.' : hour24 >= 12 ? `Hours from 12 to 23 are PM; subtract 12 from hours above 12.` : 'Hours 01 to 11 are AM and stay the same.', `${time24} = ${value}.`],
      hint: 'Hours after 12 are PM: subtract 12.',
      conventions: ['24-hour time: 00:00 is midnight, 12:00 is noon'],
    };
  }
  const twelve = to12h(time24);
  const asked = twelve.ok ? twelve.value : time24;
  const converted = to24h(asked);
  const value = converted.ok ? converted.value : time24;
  return {
    question: `A dose is due at ${asked}. Write that in 24-hour time.`,
    answer: { kind: 'text', value, accepted: [value.replace(':', '')] },
    rounding: 'Write it like 14:30 or 1430.',
    steps: [asked.endsWith('PM') && !asked.startsWith('12') ? 'For PM times after noon, add 12 to the hour.' : asked.startsWith('12') && asked.endsWith('AM') ? '12 AM (midnight) is 00.' : 'Morning hours stay the same, written with two digits.', `${asked} = ${value}.`],
    hint: 'PM hours (except 12 PM) add 12.',
    conventions: ['24-hour time: 00:00 is midnight, 12:00 is noon'],
  };
});

/** The notation drills, in picker order. */
export const NOTATION_DRILLS: readonly DrillType[] = [romanNumerals, twentyFourHour];
