import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CONVENTION_ENTRIES, CONVENTIONS } from '../../../src/lib/pharmacy/conventions';
import { convert } from '../../../src/lib/pharmacy/units';

describe('CONVENTIONS', () => {
  // Expected values are the textbook conventions (PTCE-style rounding), written out here, not read from the code.
  test('converts with the conventional factors', () => {
    expect(convert(1, 'kg', 'lb')).toBe(2.2);
    expect(convert(154, 'lb', 'kg')).toBe(70);
    expect(convert(1, 'tsp', 'mL')).toBe(5);
    expect(convert(1, 'tbsp', 'mL')).toBe(15);
    expect(convert(1, 'tbsp', 'tsp')).toBe(3);
    expect(convert(1, 'fl oz', 'mL')).toBe(30);
    expect(convert(1, 'gr', 'mg')).toBe(65);
    expect(convert(5, 'gr', 'mg')).toBe(325);
    expect(convert(1, 'fl oz', 'mL', { flOzMl: 29.57 })).toBe(29.57);
  });

  test('the factors the calculators use are the conventional ones', () => {
    expect(CONVENTIONS).toMatchObject({ lbPerKg: 2.2, tspMl: 5, tbspMl: 15, flOzMl: 30, grainMg: 65, flOzMlExact: 29.57 });
  });

  test('gives every entry a statement and a source, with unique ids', () => {
    expect(new Set(CONVENTION_ENTRIES.map((e) => e.id)).size).toBe(CONVENTION_ENTRIES.length);
    for (const entry of CONVENTION_ENTRIES) {
      expect(entry.statement.length).toBeGreaterThan(5);
      expect(entry.source.length).toBeGreaterThan(3);
    }
  });

  test('is mirrored by the README conventions section', () => {
    const readme = readFileSync(new URL('../../../src/lib/pharmacy/README.md', import.meta.url), 'utf8');
    for (const entry of CONVENTION_ENTRIES) expect(readme, entry.id).toContain(entry.statement);
  });
});
