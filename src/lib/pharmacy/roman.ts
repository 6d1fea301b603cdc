import { assertFinite } from './numbers';
import { fail, ok, type Result } from './result';

const NUMERALS: readonly (readonly [string, number])[] = [
  ['M', 1000], ['CM', 900], ['D', 500], ['CD', 400], ['C', 100], ['XC', 90],
  ['L', 50], ['XL', 40], ['X', 10], ['IX', 9], ['V', 5], ['IV', 4], ['I', 1],
];

/** Roman numerals as written in sigs (lower case, i–xii) and `ss` (one-half), for flashcards. */
export const SIG_ROMAN_NUMERALS: readonly { numeral: string; value: number }[] = [
  { numeral: 'ss', value: 0.5 },
  ...['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'].map((numeral, i) => ({ numeral, value: i + 1 })),
];

/** Writes a whole number from 1 to 3999 in upper-case Roman numerals. Throws RangeError otherwise. */
export function toRoman(value: number): string {
  assertFinite('The number', value);
  if (!Number.isInteger(value) || value < 1 || value > 3999) {
    throw new RangeError(`Roman numerals are written for whole numbers from 1 to 3999, not ${value}.`);
  }
  let rest = value;
  let out = '';
  for (const [symbol, amount] of NUMERALS) {
    while (rest >= amount) {
      out += symbol;
      rest -= amount;
    }
  }
  return out;
}

const CANONICAL = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

/**
 * Reads a Roman numeral typed by a learner (any case). A trailing `ss` adds one-half, as in sigs:
 * `ss` = 0.5, `iss` = 1.5. Only standard forms are accepted (IV, not IIII).
 */
export function fromRoman(text: string): Result<number> {
  if (typeof text !== 'string' || text.trim() === '') return fail('Type a Roman numeral, for example XIV.');
  const upper = text.trim().toUpperCase();
  const half = upper.endsWith('SS') ? 0.5 : 0;
  const body = half ? upper.slice(0, -2) : upper;
  if (!/^[MDCLXVI]*$/.test(body) || !CANONICAL.test(body) || (body === '' && half === 0)) {
    return fail(`"${text.trim()}" is not a standard Roman numeral; use I, V, X, L, C, D and M (for example 4 is IV, 9 is IX), with ss for one-half.`);
  }
  let value = 0;
  let rest = body;
  for (const [symbol, amount] of NUMERALS) {
    while (rest.startsWith(symbol)) {
      value += amount;
      rest = rest.slice(symbol.length);
    }
  }
  return ok(value + half);
}

/** Reads a lower-case sig numeral (i–xii, optionally followed by ss, or ss alone); undefined otherwise. */
export function sigRomanValue(token: string): number | undefined {
  if (!/^(x{0,1}(ix|iv|v?i{0,3})(ss)?|ss)$/.test(token) || token === '') return undefined;
  const result = fromRoman(token);
  return result.ok && result.value <= 12.5 ? result.value : undefined;
}
