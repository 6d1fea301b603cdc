/**
 * Scoring of a practice exam: percent correct of the scored items by domain and knowledge area, an estimated
 * scaled score, and the comparison with the previous attempt.
 */
import type { OptionId, QuestionMeta } from './types';

/** Correct of total, and the percent (0 when there were none). */
export interface Tally {
  correct: number;
  total: number;
  percent: number;
}

const tally = (correct: number, total: number): Tally => ({ correct, total, percent: total === 0 ? 0 : Math.round((correct / total) * 1000) / 10 });

/** An exam's result. */
export interface ExamScore extends Tally {
  byDomain: (Tally & { domain: number })[];
  byArea: (Tally & { area: string; domain: number })[];
  /** Estimated scaled score (see estimateScaled). */
  scaled: number;
  /** Scored items left unanswered. */
  unanswered: number;
}

/** Scores the scored items (pretest items never count): each choice is checked against its question's key by option id. */
export function scoreExam(
  questions: readonly (Pick<QuestionMeta, 'id' | 'area' | 'domain'> & { answer: OptionId })[],
  pretest: ReadonlySet<string>,
  choices: Readonly<Record<string, OptionId>>,
): ExamScore {
  const scored = questions.filter((q) => !pretest.has(q.id));
  const right = (q: (typeof scored)[number]) => choices[q.id] === q.answer;
  const group = <K extends string | number>(key: (q: (typeof scored)[number]) => K) => {
    const map = new Map<K, { correct: number; total: number; domain: number }>();
    for (const q of scored) {
      const g = map.get(key(q)) ?? { correct: 0, total: 0, domain: q.domain };
      g.total += 1;
      if (right(q)) g.correct += 1;
      map.set(key(q), g);
    }
    return [...map].sort(([a], [b]) => String(a).localeCompare(String(b), 'en', { numeric: true }));
  };
  const correct = scored.filter(right).length;
  const overall = tally(correct, scored.length);
  return {
    ...overall,
    byDomain: group((q) => q.domain).map(([domain, g]) => ({ domain, ...tally(g.correct, g.total) })),
    byArea: group((q) => q.area).map(([area, g]) => ({ area, domain: g.domain, ...tally(g.correct, g.total) })),
    scaled: estimateScaled(overall.percent),
    unanswered: scored.filter((q) => choices[q.id] === undefined).length,
  };
}

/**
 * AN ESTIMATE, not PTCB's conversion (PTCB publishes none): a straight-line map of percent correct onto the
 * 1000–1600 scale through an assumed passing point of 70% correct = 1400 (0% → 1000, 70% → 1400,
 * 100% → 1600), rounded to 10. The 70% anchor is our assumption, stated on the results page.
 */
export const PASS_PERCENT_ASSUMED = 70;
export function estimateScaled(percent: number, scale = { min: 1000, max: 1600, pass: 1400 }): number {
  const p = Math.min(100, Math.max(0, percent));
  const value = p <= PASS_PERCENT_ASSUMED ? scale.min + (p / PASS_PERCENT_ASSUMED) * (scale.pass - scale.min) : scale.pass + ((p - PASS_PERCENT_ASSUMED) / (100 - PASS_PERCENT_ASSUMED)) * (scale.max - scale.pass);
  return Math.round(value / 10) * 10;
}

/** Change from the previous attempt, in percentage points, overall and per domain present in both. */
export function compareAttempts(current: Pick<ExamScore, 'percent' | 'byDomain'>, previous: Pick<ExamScore, 'percent' | 'byDomain'>): { overall: number; byDomain: { domain: number; change: number }[] } {
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    overall: round(current.percent - previous.percent),
    byDomain: current.byDomain.flatMap((d) => {
      const before = previous.byDomain.find((p) => p.domain === d.domain);
      return before ? [{ domain: d.domain, change: round(d.percent - before.percent) }] : [];
    }),
  };
}
