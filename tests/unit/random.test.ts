import { describe, expect, test } from 'vitest';
import { createRandom, pick, randomInt, seedFrom, seededRng, shuffle } from '../../src/lib/random';

describe('seeded random numbers', () => {
  test('mulberry32 gives its published sequence for seed 1', () => {
    const rng = seededRng(1);
    // mulberry32(1) in the reference implementation (bryc, "PRNGs" gist): 0.6270739405881613, 0.002735721180215478, 0.5274470399599522.
    expect([rng(), rng(), rng()].map((x) => Math.round(x * 4294967296))).toEqual([2693262067, 11749833, 2265367787]);
  });

  test('the same seed repeats, another seed differs, values stay in [0, 1)', () => {
    const a = seededRng(42);
    const b = seededRng(42);
    const c = seededRng(43);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(c()).not.toBe(xs[0]);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    // Roughly uniform: each tenth gets 6–14 % of 1000 draws.
    for (let d = 0; d < 10; d += 1) {
      const share = xs.filter((x) => x >= d / 10 && x < (d + 1) / 10).length;
      expect(share).toBeGreaterThan(60);
      expect(share).toBeLessThan(140);
    }
  });

  test('seedFrom is FNV-1a', () => {
    expect(seedFrom('')).toBe(0x811c9dc5);
    expect(seedFrom('a')).toBe(0xe40c292c);
  });

  test('shuffle keeps every item, does not change its input, and repeats with the seed', () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    const once = shuffle(items, seededRng(7));
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect([...once].sort()).toEqual(items);
    expect(shuffle(items, seededRng(7))).toEqual(once);
    expect(once).not.toEqual(items);
  });

  test('randomInt and pick stay in range and refuse impossible input', () => {
    const rng = seededRng(3);
    const seen = new Set(Array.from({ length: 200 }, () => randomInt(rng, 4)));
    expect([...seen].sort()).toEqual([0, 1, 2, 3]);
    expect(() => randomInt(rng, 0)).toThrow(RangeError);
    expect(() => randomInt(rng, 1.5)).toThrow(RangeError);
    expect(['x', 'y']).toContain(pick(['x', 'y'], rng));
    expect(() => pick([], rng)).toThrow(RangeError);
  });
});

describe('createRandom', () => {
  test('draws the same sequence as seededRng, from a number or from text', () => {
    const a = createRandom(42);
    const b = seededRng(42);
    expect([a.next(), a.next()]).toEqual([b(), b()]);
    // Pinned values: a change of generator would silently change every shared drill link.
    expect(createRandom(42).next().toFixed(6)).toBe('0.601104');
    const c = createRandom('dilution:2:7');
    const d = seededRng(seedFrom('dilution:2:7'));
    expect(c.next()).toBe(d());
  });

  test('int() covers both ends, shuffle() is a permutation, bad ranges throw', () => {
    const r = createRandom('bounds');
    const seen = new Set(Array.from({ length: 2000 }, () => r.int(1, 6)));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    const items = ['a', 'b', 'c', 'd', 'e', 'f'];
    expect([...r.shuffle(items)].sort()).toEqual(items);
    expect(() => r.int(5, 1)).toThrow(RangeError);
    expect(() => r.int(0.5, 2)).toThrow(RangeError);
    expect(() => r.pick([])).toThrow(RangeError);
  });
});
