/**
 * The practice exam's blueprint: how many questions each domain gets (exact counts from the outline's
 * weights by the largest-remainder method) and the assembly of one exam from the bank with a seed.
 */
import { createRandom, type Random } from '../random';
import type { OutlineDomain, QuestionMeta } from './types';

/**
 * Whole counts that add up to `total` and follow `weights` as closely as possible (Hamilton's
 * largest-remainder method): each gets the floor of its share, the seats left go to the largest remainders
 * (ties to the earlier entry). 35 / 18.75 / 23.75 / 22.5 of 80 → 28 / 15 / 19 / 18.
 */
export function largestRemainder(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  if (!(sum > 0) || !Number.isInteger(total) || total < 0) return weights.map(() => 0);
  const shares = weights.map((w) => (w / sum) * total);
  const counts = shares.map((s) => Math.floor(s + 1e-9));
  let left = total - counts.reduce((s, c) => s + c, 0);
  const order = shares.map((s, i) => ({ i, rest: s - Math.floor(s + 1e-9) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
    left -= 1;
  }
  return counts;
}

/** Questions per domain for `total` questions: `{ 1: 28, 2: 15, 3: 19, 4: 18 }` for 80 on the 2026 outline. */
export function domainCounts(domains: readonly Pick<OutlineDomain, 'id' | 'weight'>[], total: number): Map<number, number> {
  const counts = largestRemainder(domains.map((d) => d.weight), total);
  return new Map(domains.map((d, i) => [d.id, counts[i] ?? 0]));
}

/** The exam's shape (from the outline's format). */
export interface ExamFormat {
  scored: number;
  unscored: number;
  minutes: number;
}

/** An assembled exam: items in the order shown, which of them are pretest (unscored). */
export interface ExamPlan {
  items: string[];
  pretest: string[];
  minutes: number;
  /** False when the bank could not fill the blueprint and this is a shorter exam of what exists. */
  full: boolean;
}

/** What a full exam is missing, per domain. */
export interface Shortfall {
  domain: number;
  have: number;
  need: number;
}

/** `count` questions of a pool spread over its knowledge areas (round robin over the areas in random order). */
function spreadPick(pool: readonly QuestionMeta[], count: number, r: Random): QuestionMeta[] {
  const byArea = new Map<string, QuestionMeta[]>();
  for (const q of r.shuffle(pool)) {
    const list = byArea.get(q.area);
    if (list) list.push(q);
    else byArea.set(q.area, [q]);
  }
  const queues = r.shuffle([...byArea.values()]);
  const out: QuestionMeta[] = [];
  while (out.length < count && queues.some((q) => q.length > 0)) {
    for (const queue of queues) {
      const next = queue.shift();
      if (next && out.length < count) out.push(next);
    }
  }
  return out;
}

/** Domains whose questions do not fill a full exam (scored draw plus their share of the pretest items). */
export function examShortfalls(pool: readonly QuestionMeta[], domains: readonly OutlineDomain[], format: ExamFormat): Shortfall[] {
  const scored = domainCounts(domains, format.scored);
  const pretest = domainCounts(domains, format.unscored);
  return domains.flatMap((d) => {
    const have = pool.filter((q) => q.domain === d.id).length;
    const need = (scored.get(d.id) ?? 0) + (pretest.get(d.id) ?? 0);
    return have < need ? [{ domain: d.id, have, need }] : [];
  });
}

/**
 * A full practice exam from the bank: the scored items drawn to the domain weights (exact counts), spread over
 * each domain's areas, plus the unscored pretest items drawn to the same weights from the questions left; all
 * shuffled together so nothing tells a pretest item apart. Null when the bank cannot fill it (see examShortfalls).
 */
export function assembleExam(pool: readonly QuestionMeta[], domains: readonly OutlineDomain[], format: ExamFormat, seed: string | number): ExamPlan | null {
  if (examShortfalls(pool, domains, format).length > 0) return null;
  const r = createRandom(seed);
  const scoredCounts = domainCounts(domains, format.scored);
  const pretestCounts = domainCounts(domains, format.unscored);
  const scored: string[] = [];
  const pretest: string[] = [];
  for (const d of domains) {
    const inDomain = pool.filter((q) => q.domain === d.id);
    const picked = spreadPick(inDomain, (scoredCounts.get(d.id) ?? 0) + (pretestCounts.get(d.id) ?? 0), r);
    const split = scoredCounts.get(d.id) ?? 0;
    // Pretest items are the last ones picked in each domain: chosen the same way, so they look the same.
    scored.push(...picked.slice(0, split).map((q) => q.id));
    pretest.push(...picked.slice(split).map((q) => q.id));
  }
  return { items: r.shuffle([...scored, ...pretest]), pretest, minutes: format.minutes, full: true };
}

/**
 * A shorter exam when the bank cannot fill a full one: every bank question (spread over the areas when there
 * are more than a full exam's worth), topped up with `extra` items (generated calculations) to at least
 * `minimum`, all scored, with the time scaled to the number of questions (rounded up to a minute).
 */
export function assembleShortExam(
  pool: readonly QuestionMeta[],
  format: ExamFormat,
  seed: string | number,
  extra: readonly string[],
  minimum = 10,
): ExamPlan {
  const r = createRandom(seed);
  const total = format.scored + format.unscored;
  const bank = pool.length > total ? spreadPick(pool, total, r) : [...pool];
  const items = [...bank.map((q) => q.id), ...extra.slice(0, Math.max(0, minimum - bank.length))];
  return { items: r.shuffle(items), pretest: [], minutes: Math.max(1, Math.ceil((format.minutes * items.length) / total)), full: false };
}
