/** Snippets and highlight ranges: where the query's words are in a title or a text, folding-tolerant. */
import { fold } from './normalize';

/** A highlighted range [start, end) of a string. */
export type Mark = readonly [start: number, end: number];

const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A regular expression that finds folded terms in original text: "qid" finds "q.i.d." and "QID", "loop diuretic"
 * finds "Loop-diuretic". Terms of one or two letters only match whole words ("ou" is not in "hour").
 */
export function termPattern(terms: Iterable<string>): RegExp | null {
  const parts = [...new Set([...terms].map(fold).filter((t) => t.length > 0))]
    .sort((a, b) => b.length - a.length)
    .map((term) => {
      const body = [...term].map((c) => (c === ' ' ? '[^\\p{L}\\p{N}]+' : `${escape(c)}\\.?`)).join('');
      return term.length <= 2 ? `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])` : body;
    });
  return parts.length > 0 ? new RegExp(parts.join('|'), 'giu') : null;
}

/** Every range of `text` the pattern matches. */
export function marksIn(text: string, pattern: RegExp | null): Mark[] {
  if (!pattern) return [];
  pattern.lastIndex = 0;
  const marks: Mark[] = [];
  for (const m of text.matchAll(pattern)) {
    const end = m.index + m[0].replace(/\.$/, '').length;
    if (end > m.index) marks.push([m.index, end]);
  }
  return marks;
}

/**
 * A window of about `size` characters of `text` around its first match, cut at word boundaries and marked
 * with ellipses, with the matches inside it. Without a match, the start of the text.
 */
export function snippetOf(text: string, pattern: RegExp | null, size = 160): { snippet: string; marks: Mark[] } {
  const all = marksIn(text, pattern);
  const first = all[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(size / 3));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space === -1 || space > first ? start : space + 1;
  }
  let end = Math.min(text.length, start + size);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > Math.max(start, (all[0]?.[1] ?? 0)) ? space : end;
  }
  const lead = start > 0 ? '…' : '';
  const tail = end < text.length ? '…' : '';
  const shift = lead.length - start;
  const marks = all.filter(([s, e]) => s >= start && e <= end).map(([s, e]): Mark => [s + shift, e + shift]);
  return { snippet: lead + text.slice(start, end).trim() + tail, marks };
}
