/**
 * Mastery per knowledge area and domain, and the readiness estimate.
 *
 * **Mastery.** Every piece of evidence (a question or drill answered, a fill step scored, a flashcard
 * reviewed) has an outcome x between 0 and 1 and a weight
 *
 *     w = k × 0.5 ^ (age in days / 30)
 *
 * so work from a month ago counts half as much as today's and work from two months ago a quarter
 * (k = 1 for questions, drills and fill steps; k = 0.5 for a flashcard review, which tests the recall of a
 * single fact). For an area, n = Σ w is its *effective evidence* and mastery is p = Σ w·x / n, shown with a
 * 90 % Wilson score interval computed with n as the sample size (z = 1.645). An area without evidence has
 * no mastery and the interval 0–100 %. A domain pools the evidence of its areas the same way.
 *
 * **Readiness.** The exam weights each domain (content/ptce/2026.yaml); PTCB publishes no weights for the
 * areas inside a domain, so each area gets an equal share of its domain's weight: W = domain weight ÷ areas.
 * The readiness range is [Σ W·low, Σ W·high] over every area — the share of exam questions the evidence
 * says you would likely answer right. Adding the interval ends area by area assumes the areas' errors all go
 * the same way, which gives a wider (more cautious) range than treating them as independent; untouched areas
 * contribute their whole 0–100 % and keep the range wide until they are practised. Below
 * MIN_EVIDENCE effective answers, or with less than MIN_COVERAGE of the exam's weight practised, the
 * estimate is "not enough data yet". It is never turned into a pass prediction: PTCB reports scaled scores
 * and does not publish how a share of right answers maps to them.
 */
import type { Evidence } from './sources';

/** Half-life of evidence, in days. */
export const HALF_LIFE_DAYS = 30;
/** z for a two-sided 90 % interval. */
export const Z90 = 1.645;
/** Below this much effective evidence in total, readiness is "not enough data yet". */
export const MIN_EVIDENCE = 20;
/** Below this share of the exam's weight practised (areas with n ≥ 1), readiness is "not enough data yet". */
export const MIN_COVERAGE = 0.5;

const DAY_MS = 86_400_000;
const KIND_WEIGHT: Record<Evidence['kind'], number> = { question: 1, drill: 1, fill: 1, card: 0.5 };

/** The weight of one piece of evidence at `now` (future times count as now). */
export function evidenceWeight(e: Pick<Evidence, 'at' | 'kind'>, now: number): number {
  const age = Math.max(0, now - e.at) / DAY_MS;
  return KIND_WEIGHT[e.kind] * 0.5 ** (age / HALF_LIFE_DAYS);
}

/** A 90 % Wilson score interval for a share p from n (possibly fractional) trials; [0, 1] when n = 0. */
export function wilson(p: number, n: number, z = Z90): { low: number; high: number } {
  if (!(n > 0)) return { low: 0, high: 1 };
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** Mastery of one area or domain. */
export interface Mastery {
  /** Effective evidence Σ w. */
  n: number;
  /** Weighted right Σ w·x. */
  right: number;
  /** Pieces of evidence counted (unweighted). */
  count: number;
  /** Σ w·x / n, or null without evidence. */
  p: number | null;
  low: number;
  high: number;
}

const masteryOf = (n: number, right: number, count: number): Mastery => {
  const p = n > 0 ? right / n : null;
  return { n, right, count, p, ...wilson(p ?? 0, n) };
};

/** The outline as the dashboard needs it. */
export interface OutlineDomain {
  id: number;
  title: string;
  /** Share of the exam, percent. */
  weight: number;
  areas: { id: string; title: string }[];
}

/** Mastery of every area and domain of the outline (evidence for areas outside it is ignored). */
export function masteryByArea(evidence: readonly Evidence[], outline: readonly OutlineDomain[], now: number): { areas: Map<string, Mastery>; domains: Map<number, Mastery> } {
  const sums = new Map<string, { n: number; right: number; count: number }>();
  for (const domain of outline) for (const area of domain.areas) sums.set(area.id, { n: 0, right: 0, count: 0 });
  for (const e of evidence) {
    const sum = sums.get(e.area);
    if (!sum) continue;
    const w = evidenceWeight(e, now);
    sum.n += w;
    sum.right += w * e.score;
    sum.count += 1;
  }
  const areas = new Map<string, Mastery>();
  const domains = new Map<number, Mastery>();
  for (const domain of outline) {
    let n = 0;
    let right = 0;
    let count = 0;
    for (const area of domain.areas) {
      const sum = sums.get(area.id) ?? { n: 0, right: 0, count: 0 };
      areas.set(area.id, masteryOf(sum.n, sum.right, sum.count));
      n += sum.n;
      right += sum.right;
      count += sum.count;
    }
    domains.set(domain.id, masteryOf(n, right, count));
  }
  return { areas, domains };
}

/** Each area's share of the exam (0 … 1): its domain's weight split equally among the domain's areas. */
export function areaWeights(outline: readonly OutlineDomain[]): Map<string, number> {
  const total = outline.reduce((sum, d) => sum + d.weight, 0) || 1;
  const weights = new Map<string, number>();
  for (const d of outline) for (const a of d.areas) weights.set(a.id, d.weight / total / (d.areas.length || 1));
  return weights;
}

/** The readiness estimate. */
export type Readiness =
  | { status: 'not-enough'; evidence: number; coverage: number; needEvidence: number; needCoverage: number }
  | { status: 'estimate'; evidence: number; coverage: number; low: number; high: number };

/** Combines area mastery with the exam's weights (see the module comment). */
export function readiness(areas: ReadonlyMap<string, Mastery>, outline: readonly OutlineDomain[]): Readiness {
  const weights = areaWeights(outline);
  let low = 0;
  let high = 0;
  let coverage = 0;
  let evidence = 0;
  for (const [id, weight] of weights) {
    const m = areas.get(id);
    low += weight * (m?.low ?? 0);
    high += weight * (m?.high ?? 1);
    evidence += m?.n ?? 0;
    if ((m?.n ?? 0) >= 1) coverage += weight;
  }
  if (evidence < MIN_EVIDENCE || coverage < MIN_COVERAGE) return { status: 'not-enough', evidence, coverage, needEvidence: MIN_EVIDENCE, needCoverage: MIN_COVERAGE };
  return { status: 'estimate', evidence, coverage, low, high };
}
