/**
 * The bank's spread over the outline: at least MIN_PER_AREA questions in every knowledge area and every
 * domain's share of the bank at least its exam weight (less a small tolerance). Reported by
 * `npm run questions:check`; a bank of BANK_TARGET questions or more must pass it.
 */

/** Questions every knowledge area needs at least. */
export const MIN_PER_AREA = 20;
/** The bank size the issue asks for; below it the spread is reported, not enforced. */
export const BANK_TARGET = 800;
/** Percentage points a domain's share may fall below its weight. */
export const SHARE_TOLERANCE = 2;

/** Counts per domain and area with the problems found. */
export interface SpreadReport {
  total: number;
  domains: { id: number; weight: number; count: number; share: number }[];
  areas: { id: string; count: number }[];
  problems: string[];
}

/** How a bank spreads over the outline's domains and areas. */
export function bankSpread(questions: readonly { area: string }[], domains: readonly { id: number; weight: number; areas: readonly { id: string }[] }[]): SpreadReport {
  const total = questions.length;
  const perArea = new Map<string, number>();
  for (const q of questions) perArea.set(q.area, (perArea.get(q.area) ?? 0) + 1);
  const problems: string[] = [];
  const report: SpreadReport = { total, domains: [], areas: [], problems };
  for (const d of domains) {
    const count = d.areas.reduce((s, a) => s + (perArea.get(a.id) ?? 0), 0);
    const share = total === 0 ? 0 : (count / total) * 100;
    report.domains.push({ id: d.id, weight: d.weight, count, share: Math.round(share * 10) / 10 });
    if (share < d.weight - SHARE_TOLERANCE) problems.push(`domain ${d.id} has ${count} questions (${share.toFixed(1)}% of the bank); its exam weight is ${d.weight}%`);
    for (const a of d.areas) {
      const n = perArea.get(a.id) ?? 0;
      report.areas.push({ id: a.id, count: n });
      if (n < MIN_PER_AREA) problems.push(`knowledge area ${a.id} has ${n} questions (at least ${MIN_PER_AREA})`);
    }
  }
  return report;
}
