/**
 * The one seeded random-number module of RxTray: every shuffle, drill and generated scenario draws from it, so a
 * seed reproduces the same problem set, exam or scenario on any device. Not for anything secret.
 *
 * The generator is mulberry32 (Tommy Ettinger's 32-bit generator, public domain): one 32-bit state, period 2^32,
 * fast and well distributed for study exercises. Seeds are 32-bit unsigned integers; `seedFrom` turns any text
 * (a shared link's seed) into one with FNV-1a.
 */

/** A seeded source of numbers in [0, 1). */
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

/** A 32-bit seed from text or a number: numbers are truncated to 32 bits, text is hashed with FNV-1a. */
export function seedFrom(value: string | number): number {
  if (typeof value === 'number' && Number.isFinite(value)) return Math.trunc(value) >>> 0;
  let hash = 0x811c9dc5;
  for (const char of String(value)) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** A generator seeded with `seed`; the same seed always gives the same sequence. */
export function createRandom(seed: string | number): Random {
  let state = seedFrom(seed);
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) throw new RangeError(`int(${min}, ${max}) needs integers with min ≤ max.`);
    return min + Math.floor(next() * (max - min + 1));
  };
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('pick() needs a non-empty list.');
    return items[int(0, items.length - 1)] as T;
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = int(0, i);
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  };
  return { next, int, pick, shuffle };
}
