import { describe, expect, test } from 'vitest';
import { DrugSchema, type Drug } from '../../../src/schemas/drug';
import { checkCatalog, checkStatedSchedules, findDrugMentions, findUnknownGenerics } from '../../../src/lib/drugs';
import { parseNdc } from '../../../src/lib/pharmacy';
import { readLessons, readYamlCollection } from './load-content';

const drugs: (Drug & { id: string })[] = readYamlCollection('drugs').map(([id, data]) => {
  const parsed = DrugSchema.safeParse(data);
  if (!parsed.success) throw new Error(`content/drugs/${id}.yaml: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return { id, ...parsed.data };
});
const named = drugs.map((d) => ({ id: d.id, generic: d.generic, brands: d.brands.map((b) => b.name), schedule: d.schedule }));

describe('the drug catalog', () => {
  test('holds at least 300 drugs, each valid against the schema', () => {
    expect(drugs.length).toBeGreaterThanOrEqual(300);
  });

  test('is consistent: file names, unique brands, two-way LASA partners, unique training NDCs', () => {
    expect(checkCatalog(drugs)).toEqual([]);
  });

  test('every training NDC is a valid 10-digit code', () => {
    const invalid = drugs.flatMap((d) => d.products.filter((p) => !parseNdc(p.ndc).ok).map((p) => `${d.id}: ${p.ndc}`));
    expect(invalid).toEqual([]);
  });

  test('every controlled substance cites the DEA schedule list', () => {
    const missing = drugs.filter((d) => d.schedule && !d.sources.some((s) => /DEA|1308/.test(s.title))).map((d) => d.id);
    expect(missing).toEqual([]);
  });
});

describe('lessons and the catalog agree', () => {
  const lessons = readLessons();

  test('a schedule stated next to a drug in a lesson matches the catalog', () => {
    const problems = lessons.flatMap((l) => checkStatedSchedules(l.body, named).map((p) => `${l.id}: ${p}`));
    expect(problems).toEqual([]);
  });

  test('every generic drug name in a lesson (recognised by its USAN stem) is in the catalog', () => {
    const generics = drugs.map((d) => d.generic);
    const brands = named.flatMap((d) => d.brands);
    const unknown = lessons.flatMap((l) => findUnknownGenerics(l.body, generics, brands).map((name) => `${l.id}: ${name}`));
    expect(unknown).toEqual([]);
  });

  test('lessons mention catalog drugs (so drug pages can link back to them)', () => {
    const mentioned = new Set(lessons.flatMap((l) => findDrugMentions(l.body, named)));
    expect(mentioned.size).toBeGreaterThan(0);
  });
});
