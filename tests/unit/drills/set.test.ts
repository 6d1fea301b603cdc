import { describe, expect, test } from 'vitest';
import { buildDrillSet, drillSetQuery, DRILL_TYPES, parseDrillLink, weakestTypes, type DrillSetSpec } from '../../../src/lib/drills';

const spec: DrillSetSpec = { types: ['iv-drip-rate', 'dilution'], level: 2, seed: 12345, count: 10 };

describe('buildDrillSet', () => {
  test('gives the same problems for the same spec, and spreads the types evenly', () => {
    const set = buildDrillSet(spec, DRILL_TYPES);
    expect(set).toHaveLength(10);
    expect(buildDrillSet(spec, DRILL_TYPES)).toEqual(set);
    expect(set.filter((p) => p.type === 'iv-drip-rate')).toHaveLength(5);
    expect(set.filter((p) => p.type === 'dilution')).toHaveLength(5);
    expect(new Set(set.map((p) => p.difficulty))).toEqual(new Set([2]));
    expect(new Set(set.map((p) => p.question)).size).toBeGreaterThan(5);
  });

  test('another seed gives another set; mixed uses every level', () => {
    const other = buildDrillSet({ ...spec, seed: 54321 }, DRILL_TYPES);
    expect(other.map((p) => p.question)).not.toEqual(buildDrillSet(spec, DRILL_TYPES).map((p) => p.question));
    const mixed = buildDrillSet({ ...spec, level: 'mixed', count: 30 }, DRILL_TYPES);
    expect(new Set(mixed.map((p) => p.difficulty))).toEqual(new Set([1, 2, 3]));
  });

  test('is empty when no known type is asked for', () => {
    expect(buildDrillSet({ ...spec, types: ['nope'] }, DRILL_TYPES)).toEqual([]);
  });
});

describe('shareable links', () => {
  test('a set survives the round trip through its link', () => {
    const query = drillSetQuery(spec);
    expect(query).toBe('?types=iv-drip-rate,dilution&level=2&seed=12345&n=10');
    expect(parseDrillLink(query, DRILL_TYPES)).toEqual({ spec: { ...spec, types: ['dilution', 'iv-drip-rate'] }, problems: [] });
  });

  test('a plain visit holds no set', () => {
    expect(parseDrillLink('', DRILL_TYPES)).toEqual({ spec: undefined, problems: [] });
  });

  test('a tampered link keeps what it can and says what it dropped', () => {
    const parsed = parseDrillLink('?types=dilution,<script>,iv-drip-rate&level=9&seed=abc&n=5000', DRILL_TYPES);
    expect(parsed.spec).toEqual({ types: ['dilution', 'iv-drip-rate'], level: 'mixed', seed: expect.any(Number), count: 10 });
    expect(parsed.problems).toEqual([
      'Unknown drill types were left out: <script>.',
      'The level "9" is not 1, 2, 3 or mixed; mixed is used.',
      'The set number in the link was not a plain number; a set was made from it anyway.',
      'A set holds 1 to 50 problems, not "5000"; 10 are used.',
    ]);
  });

  test('a link with no usable type starts nothing', () => {
    expect(parseDrillLink('?types=a,b&seed=1', DRILL_TYPES)).toEqual({
      spec: undefined,
      problems: ['Unknown drill types were left out: a, b.', 'The link names no drill type RxTray has, so nothing was started.'],
    });
  });
});

describe('weakestTypes', () => {
  const at = (n: number) => new Date(Date.UTC(2026, 10, 1, 0, n)).toISOString();
  test('ranks types by recent accuracy, worst first, untried between', () => {
    const results = [
      { type: 'dilution', correct: false, at: at(1) },
      { type: 'dilution', correct: false, at: at(2) },
      { type: 'dilution', correct: false, at: at(3) },
      { type: 'iv-drip-rate', correct: true, at: at(4) },
      { type: 'iv-drip-rate', correct: true, at: at(5) },
      { type: 'iv-drip-rate', correct: true, at: at(6) },
    ];
    expect(weakestTypes(results, ['iv-drip-rate', 'temperature', 'dilution'], 3)).toEqual(['dilution', 'temperature', 'iv-drip-rate']);
  });

  test('only the last 20 answers of a type count, so improvement shows', () => {
    const old = Array.from({ length: 30 }, (_, i) => ({ type: 'dilution', correct: false, at: at(i) }));
    const recent = Array.from({ length: 20 }, (_, i) => ({ type: 'dilution', correct: true, at: at(100 + i) }));
    const other = [{ type: 'temperature', correct: false, at: at(200) }];
    expect(weakestTypes([...recent, ...old, ...other], ['dilution', 'temperature'], 1)).toEqual(['temperature']);
  });
});
