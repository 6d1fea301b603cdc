/**
 * Mastery per knowledge area from recorded answers, and the weakest areas weighted by how much the exam
 * weighs them. Computed from the record every time, never stored.
 */
import type { AnswerFact, OutlineDomain } from './types';

/** Answers per area that count: the most recent ones, so old mistakes fade as the learner improves. */
export const MASTERY_WINDOW = 20;

/** How well one knowledge area is known. */
export interface AreaMastery {
  area: string;
  domain: number;
  /** Answers counted (at most MASTERY_WINDOW, most recent). */
  answered: number;
  correct: number;
  /** (correct + 1) / (answered + 2): 0.5 with no answers, moving toward the recent accuracy as answers come in. */
  mastery: number;
}

/** Mastery of every area of the outline from answers (any order); `areaOf` maps a question id to its area. */
export function areaMastery(answers: readonly AnswerFact[], areaOf: (questionId: string) => string | undefined, domains: readonly OutlineDomain[]): AreaMastery[] {
  const byArea = new Map<string, AnswerFact[]>();
  for (const a of answers) {
    const area = areaOf(a.questionId);
    if (!area) continue;
    const list = byArea.get(area);
    if (list) list.push(a);
    else byArea.set(area, [a]);
  }
  return domains.flatMap((d) =>
    d.areas.map((area) => {
      const recent = [...(byArea.get(area.id) ?? [])].sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0)).slice(-MASTERY_WINDOW);
      const correct = recent.filter((a) => a.correct).length;
      return { area: area.id, domain: d.id, answered: recent.length, correct, mastery: (correct + 1) / (recent.length + 2) };
    }),
  );
}

/** An area's share of the exam: its domain's weight split evenly over the domain's areas (PTCB weighs domains only). */
export function areaWeight(area: string, domains: readonly OutlineDomain[]): number {
  const domain = domains.find((d) => d.areas.some((a) => a.id === area));
  return domain ? domain.weight / domain.areas.length : 0;
}

/** Areas ranked by what studying them is worth: (1 − mastery) × the area's exam weight, highest first. */
export function weakestAreas(mastery: readonly AreaMastery[], domains: readonly OutlineDomain[]): (AreaMastery & { priority: number })[] {
  return mastery
    .map((m) => ({ ...m, priority: (1 - m.mastery) * areaWeight(m.area, domains) }))
    .sort((a, b) => b.priority - a.priority || a.area.localeCompare(b.area, 'en', { numeric: true }));
}
