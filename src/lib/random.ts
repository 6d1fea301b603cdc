/**
 * The one seeded random-number generator of RxTray: every shuffle and generator (question order, practice
 * exams, drills, simulated data in the bench) takes an `Rng` made here, so a seed reproduces a run exactly.
 * Generators that draw many values use `createRandom`, an object view over the same generator.
 *
 * The generator is mulberry32 (Tommy Ettinger, public domain): 32-bit state, period 2^32, passes
 * gjrand's and PractRand's small-crush tests; plenty for shuffling study items, and not for cryptography.
 */

/** A source of numbers in [0, 1). */
export type Rng = () => number;

/** A generator seeded with a 32-bit integer; the same seed gives the same sequence. */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit seed from text (FNV-1a), e.g. a session id, so a session reshuffles the same way after a reload. */
export function seedFrom(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** A whole number from 0 up to (not including) `n`. */
export function randomInt(rng: Rng, n: number): number {
  if (!Number.isInteger(n) || n <= 0) throw new RangeError(`n must be a positive whole number, not ${n}`);
  return Math.floor(rng() * n);
}

/** A shuffled copy (Fisher–Yates); the input is not changed. */
export function shuffle<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = randomInt(rng, i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** One item chosen at random. */
export function pick<T>(items: readonly T[], rng: Rng): T {
  if (items.length === 0) throw new RangeError('cannot pick from an empty list');
  return items[randomInt(rng, items.length)] as T;
}

/** An object view of one seeded generator, for generators that draw many values (drills, scenarios). */
export interface Random {
  /** The next number in [0, 1). */
  next(): number;
  /** An integer from `min` to `max`, both included. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
}

/** A generator seeded with a 32-bit number or with text (hashed by `seedFrom`); the same seed, the same sequence. */
export function createRandom(seed: string | number): Random {
  const rng = seededRng(typeof seed === 'number' && Number.isFinite(seed) ? Math.trunc(seed) >>> 0 : seedFrom(String(seed)));
  return {
    next: rng,
    int(min, max) {
      if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) throw new RangeError(`int(${min}, ${max}) needs integers with min ≤ max.`);
      return min + randomInt(rng, max - min + 1);
    },
    pick: (items) => pick(items, rng),
    shuffle: (items) => shuffle(items, rng),
  };
}
