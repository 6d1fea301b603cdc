/**
 * Text folding shared by the index and the query, so that "Q.I.D.", "q.i.d." and "qid" are the same word,
 * and "Café" matches "cafe".
 */

const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}+/gu;
const DOTTED = /(?<![\p{L}\p{N}])(?:\p{L}\.){1,}\p{L}?(?![\p{L}\p{N}])/gu;
const SCHEDULE = /(?<![\p{L}\p{N}])c-?(iii|ii|iv|v|i)(?![\p{L}\p{N}])/gu;
const SEPARATORS = /[^\p{L}\p{N}]+/gu;
const ASCII_SEPARATORS = /[^a-z0-9]+/g;

/**
 * Lower case, no accents, dotted abbreviations closed up (q.i.d. → qid), DEA schedules as "schedule ii"
 * (C-II, CII), other punctuation as spaces. Each step runs only when its characters are present: folding is
 * most of the cost of loading the index.
 */
export function fold(text: string): string {
  let s = text.toLowerCase();
  const ascii = !NON_ASCII.test(s);
  if (!ascii) s = s.normalize('NFD').replace(MARKS, '');
  if (s.includes('.')) s = s.replace(DOTTED, (m) => (m.length > 2 ? m.replaceAll('.', '') : m));
  if (s.includes('c')) s = s.replace(SCHEDULE, (m, n: string) => (m.includes('-') || n.length > 1 ? `schedule ${n}` : m));
  return s.replace(ascii ? ASCII_SEPARATORS : SEPARATORS, ' ').trim();
}

/** A folded text with its spaces removed ("d c" → "dc"), so "D/C" and "DC" meet. */
export const compact = (folded: string): string => folded.replaceAll(' ', '');

/** The words of a text, folded. */
export const words = (text: string): string[] => {
  const folded = fold(text);
  return folded ? folded.split(' ') : [];
};

/**
 * Words too common to search on. Kept short on purpose: many two-letter words are sig or error-prone
 * abbreviations (AS, AD, IN, OD, OU), and those must stay searchable.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  ('a an and are be can do does for from good how i if is it long mean means meaning of on or should the ' +
    'to what whats when where which who why will with').split(' '),
);
