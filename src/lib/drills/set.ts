/**
 * Drill sets: which problems a drill session holds, how a set is written into a shareable link and read back
 * (a tampered link gets a clear message and sensible defaults), and which types a learner is weakest at.
 */
import { createRandom, seedFrom } from '../random';
import type { Difficulty, DrillProblem, DrillType } from './types';

/** A drill set: the same spec always gives the same problems, on any device. */
export interface DrillSetSpec {
  /** Drill type ids, in picker order. */
  types: string[];
  /** One level for every problem, or "mixed" to vary them. */
  level: Difficulty | 'mixed';
  /** Seed of the whole set (0 … 2^32 − 1). */
  seed: number;
  /** Number of problems. */
  count: number;
}

/** Set sizes the page offers; a link may ask for any count from 1 to MAX_COUNT. */
export const SET_SIZES: readonly number[] = [5, 10, 20];
export const MAX_COUNT = 50;
const DEFAULT_COUNT = 10;

/** The problems of a set: types spread evenly in a seeded order, each problem with its own seed. */
export function buildDrillSet(spec: DrillSetSpec, catalog: readonly DrillType[]): DrillProblem[] {
  const types = spec.types.map((id) => catalog.find((t) => t.id === id)).filter((t): t is DrillType => t !== undefined);
  if (types.length === 0 || spec.count < 1) return [];
  const random = createRandom(`set:${spec.seed}`);
  const order: DrillType[] = [];
  while (order.length < spec.count) order.push(...random.shuffle(types));
  return order.slice(0, spec.count).map((type) => {
    const level = spec.level === 'mixed' ? (random.int(1, 3) as Difficulty) : spec.level;
    return type.generate(random.int(0, 0xffffffff), level);
  });
}

/** The query string of a set's shareable link: "?types=a,b&level=2&seed=123&n=10". */
export function drillSetQuery(spec: DrillSetSpec): string {
  const params = new URLSearchParams({ types: spec.types.join(','), level: String(spec.level), seed: String(spec.seed), n: String(spec.count) });
  return `?${params.toString().replace(/%2C/g, ',')}`;
}

/** What a link asked for, with the parts that could not be used named for the learner. */
export interface ParsedDrillLink {
  /** The set to show, or undefined when the link holds no set (a plain visit to the page). */
  spec: DrillSetSpec | undefined;
  /** Plain-words problems with the link, empty when it was fine. */
  problems: string[];
}

/** Reads a shareable link; unknown types, levels, seeds or counts are dropped with a message, never a crash. */
export function parseDrillLink(search: string, catalog: readonly { id: string }[]): ParsedDrillLink {
  const params = new URLSearchParams(search);
  if (!params.has('types') && !params.has('seed')) return { spec: undefined, problems: [] };
  const problems: string[] = [];
  const known = new Set(catalog.map((t) => t.id));
  const asked = (params.get('types') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const types = [...new Set(asked.filter((id) => known.has(id)))];
  const unknown = asked.filter((id) => !known.has(id));
  if (unknown.length > 0) problems.push(`Unknown drill types were left out: ${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? '…' : ''}.`);
  if (types.length === 0) {
    problems.push('The link names no drill type RxTray has, so nothing was started.');
    return { spec: undefined, problems };
  }
  const levelText = params.get('level') ?? 'mixed';
  let level: DrillSetSpec['level'] = 'mixed';
  if (levelText === '1' || levelText === '2' || levelText === '3') level = Number(levelText) as Difficulty;
  else if (levelText !== 'mixed') problems.push(`The level "${levelText.slice(0, 20)}" is not 1, 2, 3 or mixed; mixed is used.`);
  const seedText = params.get('seed') ?? '';
  let seed: number;
  if (/^\d{1,10}$/.test(seedText) && Number(seedText) <= 0xffffffff) seed = Number(seedText);
  else {
    seed = seedFrom(seedText);
    if (seedText !== '') problems.push('The set number in the link was not a plain number; a set was made from it anyway.');
    else problems.push('The link had no set number; a new set was made.');
  }
  const countText = params.get('n') ?? String(DEFAULT_COUNT);
  let count = Number(countText);
  if (!Number.isInteger(count) || count < 1 || count > MAX_COUNT) {
    problems.push(`A set holds 1 to ${MAX_COUNT} problems, not "${countText.slice(0, 10)}"; ${DEFAULT_COUNT} are used.`);
    count = DEFAULT_COUNT;
  }
  return { spec: { types: catalog.filter((t) => types.includes(t.id)).map((t) => t.id), level, seed, count }, problems };
}

/** One recorded drill answer, as the learning record keeps it. */
export interface DrillResult {
  type: string;
  correct: boolean;
  /** ISO time of the answer. */
  at: string;
}

/**
 * The `limit` types with the lowest recent accuracy, worst first. Untried types count as 50 % with little
 * weight, so a learner is steered to them without their outranking a type answered wrong again and again;
 * only the last 20 answers of each type count, so improvement shows.
 */
export function weakestTypes(results: readonly DrillResult[], typeIds: readonly string[], limit = 3): string[] {
  const recent = new Map<string, boolean[]>();
  for (const r of [...results].sort((a, b) => a.at.localeCompare(b.at))) {
    const list = recent.get(r.type) ?? [];
    list.push(r.correct);
    recent.set(r.type, list.slice(-20));
  }
  const score = (id: string): number => {
    const list = recent.get(id) ?? [];
    // Laplace-style prior of one right and one wrong answer: 0 answers → 0.5, 3 wrong → 0.2, 3 right → 0.8.
    return (list.filter(Boolean).length + 1) / (list.length + 2);
  };
  return [...typeIds].sort((a, b) => score(a) - score(b) || typeIds.indexOf(a) - typeIds.indexOf(b)).slice(0, limit);
}
