/**
 * Text folding shared by the index and the query, so that "Q.I.D.", "q.i.d." and "qid" are the same word,
 * and "Café" matches "cafe".
 */

/** Lower case, no accents, dotted abbreviations closed up (q.i.d. → qid), other punctuation as spaces. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/(?<![\p{L}\p{N}])(?:\p{L}\.){1,}\p{L}?(?![\p{L}\p{N}])/gu, (m) => (m.length > 2 ? m.replaceAll('.', '') : m))
    // DEA schedules: "C-II", "CII" and "Schedule II" are one thing.
    .replace(/(?<![\p{L}\p{N}])c-?(iii|ii|iv|v|i)(?![\p{L}\p{N}])/gu, (m, n: string) => (m.includes('-') || n.length > 1 ? `schedule ${n}` : m))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
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
