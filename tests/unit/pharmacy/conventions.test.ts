import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CONVENTION_ENTRIES, CONVENTIONS } from '../../../src/lib/pharmacy/conventions';
import { convert } from '../../../src/lib/pharmacy/units';

describe('CONVENTIONS', () => {
  test('holds the factors the calculators use', () => {
    expect(convert(1, 'kg', 'lb')).toBe(CONVENTIONS.lbPerKg);
    expect(convert(1, 'tsp', 'mL')).toBe(CONVENTIONS.tspMl);
    expect(convert(1, 'tbsp', 'mL')).toBe(CONVENTIONS.tbspMl);
    expect(convert(1, 'fl oz', 'mL')).toBe(CONVENTIONS.flOzMl);
    expect(convert(1, 'gr', 'mg')).toBe(CONVENTIONS.grainMg);
    expect(convert(1, 'fl oz', 'mL', { flOzMl: CONVENTIONS.flOzMlExact })).toBe(29.57);
  });

  test('gives every entry a statement and a source, with unique ids', () => {
    expect(CONVENTIONS.entries).toBe(CONVENTION_ENTRIES);
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
