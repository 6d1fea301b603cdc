import { describe, expect, it } from 'vitest';
import { evidenceWeight, masteryByArea, readiness, studyNext, wilson, type Evidence, type OutlineDomain } from '../../../src/lib/dashboard';

const DAY = 86_400_000;
const NOW = Date.parse('2026-03-01T12:00:00Z');
// A small outline whose shares are easy by hand: domain 1 is 60 % of the exam over two areas (30 % each),
// domain 2 is 40 % with one area.
const OUTLINE: OutlineDomain[] = [
  { id: 1, title: 'One', weight: 60, areas: [{ id: 'A', title: 'Area A' }, { id: 'B', title: 'Area B' }] },
  { id: 2, title: 'Two', weight: 40, areas: [{ id: 'C', title: 'Area C' }] },
];
const ev = (area: string, score: number, daysAgo: number, kind: Evidence['kind'] = 'drill'): Evidence => ({ area, score, at: NOW - daysAgo * DAY, kind });
const many = (area: string, right: number, wrong: number): Evidence[] => [
  ...Array.from({ length: right }, () => ev(area, 1, 0, 'question')),
  ...Array.from({ length: wrong }, () => ev(area, 0, 0, 'question')),
];

describe('evidence weight', () => {
  it('halves every 30 days and counts a card review half', () => {
    expect(evidenceWeight(ev('A', 1, 0), NOW)).toBe(1);
    expect(evidenceWeight(ev('A', 1, 30), NOW)).toBeCloseTo(0.5, 10);
    // 0.5 (card) × 0.5^(60/30) = 0.5 × 0.25 = 0.125
    expect(evidenceWeight(ev('A', 1, 60, 'card'), NOW)).toBeCloseTo(0.125, 10);
    // a time in the future (clock changed) counts as now, never more
    expect(evidenceWeight(ev('A', 1, -5), NOW)).toBe(1);
  });
});

describe('Wilson interval', () => {
  it('matches the closed form worked by hand', () => {
    // p = 0.75, n = 4, z² = 2.706025: z²/n = 0.676506; centre = (0.75 + 0.338253) / 1.676506 = 0.649120;
    // half = 1.645 × √(0.046875 + 0.042282) / 1.676506 = 1.645 × 0.298592 / 1.676506 = 0.292982.
    const { low, high } = wilson(0.75, 4);
    expect(low).toBeCloseTo(0.3561, 3);
    expect(high).toBeCloseTo(0.9421, 3);
  });
  it('is the whole range without evidence and stays inside 0–1', () => {
    expect(wilson(0, 0)).toEqual({ low: 0, high: 1 });
    expect(wilson(1, 3).high).toBe(1);
    expect(wilson(0, 3).low).toBe(0);
  });
});

describe('mastery by area and domain', () => {
  // A: 3 right and 1 wrong today, 1 wrong 30 days ago (weight 0.5) → n = 4.5, right = 3, p = 2/3.
  // B: nothing. C: one card rated Good 60 days ago → n = 0.125, right = 0.125, p = 1.
  const evidence = [ev('A', 1, 0), ev('A', 1, 0), ev('A', 1, 0), ev('A', 0, 0), ev('A', 0, 30), ev('C', 1, 60, 'card'), ev('Z', 1, 0)];
  const { areas, domains } = masteryByArea(evidence, OUTLINE, NOW);

  it('weights recent work more', () => {
    const a = areas.get('A')!;
    expect(a.n).toBeCloseTo(4.5, 10);
    expect(a.right).toBeCloseTo(3, 10);
    expect(a.p).toBeCloseTo(2 / 3, 10);
    expect(a.count).toBe(5);
    // Wilson at p = 2/3, n = 4.5
    expect(a.low).toBeCloseTo(0.3085, 3);
    expect(a.high).toBeCloseTo(0.8997, 3);
    expect(areas.get('C')!.n).toBeCloseTo(0.125, 10);
    expect(areas.get('C')!.p).toBe(1);
  });
  it('leaves an untouched area without mastery and ignores areas outside the outline', () => {
    expect(areas.get('B')).toMatchObject({ n: 0, p: null, low: 0, high: 1 });
    expect(areas.has('Z')).toBe(false);
  });
  it('pools a domain from its areas', () => {
    expect(domains.get(1)!.n).toBeCloseTo(4.5, 10);
    expect(domains.get(1)!.p).toBeCloseTo(2 / 3, 10);
    expect(domains.get(2)!.p).toBe(1);
  });

  it('says "not enough data yet" with little evidence', () => {
    // Σ n = 4.625 < 20
    const r = readiness(areas, OUTLINE);
    expect(r.status).toBe('not-enough');
    expect(r.evidence).toBeCloseTo(4.625, 10);
    // A (30 %) has n ≥ 1; C's 0.125 does not count as practised
    expect(r.coverage).toBeCloseTo(0.3, 10);
  });

  it('ranks what to study next by exam share × (1 − smoothed mastery)', () => {
    // A: 0.3 × (1 − (3 + 1)/(4.5 + 2)) = 0.3 × 0.384615 = 0.115385
    // B: 0.3 × (1 − 1/2) = 0.15
    // C: 0.4 × (1 − (0.125 + 1)/(0.125 + 2)) = 0.4 × 0.470588 = 0.188235
    const next = studyNext(areas, OUTLINE, { lessons: [], completed: new Set(), quizAvailable: false, seed: 1 });
    expect(next.map((s) => s.area)).toEqual(['C', 'B', 'A']);
    expect(next[0]!.priority).toBeCloseTo(0.188235, 5);
    expect(next[2]!.priority).toBeCloseTo(0.115385, 5);
  });
});

describe('readiness', () => {
  it('adds the area intervals weighted by exam share, untouched areas counting 0–100 %', () => {
    // A: 30 right of 40 today → Wilson(0.75, 40) = [0.62402, 0.84430]
    //   z²/n = 0.067651; centre = 0.783826 / 1.067651 = 0.734160; half = 1.645 × √(0.0046875 + 0.00042282) / 1.067651 = 0.110145
    // C: 10 of 20 → Wilson(0.5, 20) = [0.32739, 0.67261] (centre 0.5; half = 1.645 × 0.119127 / 1.135301 = 0.172610)
    // B untouched → [0, 1]
    // low  = 0.3 × 0.62402 + 0.3 × 0 + 0.4 × 0.32739 = 0.18721 + 0.13096 = 0.31816
    // high = 0.3 × 0.84430 + 0.3 × 1 + 0.4 × 0.67261 = 0.25329 + 0.3 + 0.26904 = 0.82234
    const { areas } = masteryByArea([...many('A', 30, 10), ...many('C', 10, 10)], OUTLINE, NOW);
    const r = readiness(areas, OUTLINE);
    expect(r.status).toBe('estimate');
    if (r.status !== 'estimate') return;
    expect(r.low).toBeCloseTo(0.3182, 3);
    expect(r.high).toBeCloseTo(0.8223, 3);
    expect(r.coverage).toBeCloseTo(0.7, 10);
    expect(r.evidence).toBe(60);
  });
  it('stays "not enough data yet" when under half of the exam is practised, however much evidence', () => {
    const { areas } = masteryByArea(many('C', 100, 0), OUTLINE, NOW);
    expect(readiness(areas, OUTLINE).status).toBe('not-enough');
  });
  it('narrows as every area is practised', () => {
    const { areas } = masteryByArea([...many('A', 80, 20), ...many('B', 80, 20), ...many('C', 80, 20)], OUTLINE, NOW);
    const r = readiness(areas, OUTLINE);
    if (r.status !== 'estimate') throw new Error('expected an estimate');
    // every area Wilson(0.8, 100): z²/n = 0.027060; centre = 0.813530 / 1.027060 = 0.792097;
    // half = 1.645 × √(0.0016 + 0.0000677) / 1.027060 = 0.065407 → [0.72669, 0.85750], the same range overall
    expect(r.low).toBeCloseTo(0.7267, 3);
    expect(r.high).toBeCloseTo(0.8575, 3);
  });
});
