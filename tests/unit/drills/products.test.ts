import { describe, expect, test } from 'vitest';
import { DROPS, INHALERS, INJECTABLES, INSULINS, LIQUIDS, PRN_SOLID, SOLIDS, TOPICALS } from '../../../src/lib/drills/products';
import { readYamlCollection } from '../content/load-content';

const catalog = new Map(readYamlCollection('drugs').map(([id, data]) => [id, data as { forms: { form: string; strengths: string[] }[] }]));

describe('drill products', () => {
  const all = [...LIQUIDS, ...SOLIDS, PRN_SOLID, ...INJECTABLES, ...INSULINS, ...DROPS, ...INHALERS, ...TOPICALS];

  test.each(all.map((p) => [p.drug, p.strength] as const))('%s %s is a strength in the catalog file', (drug, strength) => {
    const entry = catalog.get(drug);
    expect(entry, `content/drugs/${drug}.yaml`).toBeDefined();
    expect(entry?.forms.flatMap((f) => f.strengths)).toContain(strength);
  });

  test('liquid strengths match the numbers the generators compute with', () => {
    for (const p of LIQUIDS) expect(p.strength).toBe(`${p.amount} ${p.amountUnit}/${p.volumeMl} mL`);
  });
});
