import { describe, expect, test } from 'vitest';
import {
  checkCatalog,
  drugFilterQuery,
  drugSlug,
  filterDrugs,
  formFamily,
  parseDrugFilter,
  toListItem,
  type DrugRecord,
} from '../../../src/lib/drugs';

const drug = (over: Partial<DrugRecord> & { id: string; generic: string }): DrugRecord => ({
  brands: [],
  class: 'Statin',
  schedule: null,
  forms: [{ form: 'tablet', strengths: ['10 mg'] }],
  lasa: [],
  products: [],
  ...over,
});

describe('drugSlug', () => {
  test('joins combination parts and words with hyphens', () => {
    expect(drugSlug('acetaminophen/codeine')).toBe('acetaminophen-codeine');
    expect(drugSlug('polyethylene glycol 3350')).toBe('polyethylene-glycol-3350');
    expect(drugSlug('insulin isophane')).toBe('insulin-isophane');
  });
});

describe('formFamily', () => {
  test.each([
    ['extended-release tablet', 'tablet'],
    ['delayed-release capsule', 'capsule'],
    ['metered-dose inhaler', 'inhalation'],
    ['solution for injection (prefilled pen)', 'injection'],
    ['oral suspension', 'liquid'],
    ['ophthalmic solution (drops)', 'liquid'],
    ['transdermal patch', 'topical and other'],
    ['topical solution', 'topical and other'],
    ['lozenge', 'other'],
  ])('files "%s" under %s', (form, family) => expect(formFamily(form)).toBe(family));
});

describe('checkCatalog', () => {
  test('passes a consistent catalog', () => {
    const a = drug({ id: 'hydroxyzine', generic: 'hydroxyzine', lasa: ['hydralazine'], products: [{ ndc: '91234-567-89' }] });
    const b = drug({ id: 'hydralazine', generic: 'hydralazine', lasa: ['hydroxyzine'] });
    expect(checkCatalog([a, b])).toEqual([]);
  });

  test('names every inconsistency with its file', () => {
    const a = drug({
      id: 'atorvastatin',
      generic: 'atorvastatin',
      brands: [{ name: 'Lipitor', discontinued: false }],
      lasa: ['atomoxetine', 'missing-drug', 'atorvastatin'],
      products: [{ ndc: '91234-567-89' }],
    });
    const b = drug({ id: 'atomoxetine', generic: 'atomoxetine', brands: [{ name: 'lipitor', discontinued: false }], products: [{ ndc: '91234-567-89' }] });
    const c = drug({ id: 'wrong-name', generic: 'simvastatin' });
    expect(checkCatalog([a, b, c])).toEqual([
      'content/drugs/atorvastatin.yaml: lasa partner "atomoxetine" does not list atorvastatin back',
      'content/drugs/atorvastatin.yaml: lasa partner "missing-drug" is not in the catalog',
      'content/drugs/atorvastatin.yaml: lasa lists the drug itself',
      'content/drugs/atomoxetine.yaml: brand "lipitor" also belongs to atorvastatin',
      'content/drugs/atomoxetine.yaml: training NDC 91234-567-89 is also used by atorvastatin',
      'content/drugs/wrong-name.yaml: file name should be simvastatin.yaml',
    ]);
  });
});

describe('drug list filters', () => {
  const items = [
    drug({ id: 'oxycodone', generic: 'oxycodone', class: 'Opioid analgesic', schedule: 'C-II', brands: [{ name: 'Roxicodone', discontinued: false }] }),
    drug({ id: 'alprazolam', generic: 'alprazolam', class: 'Benzodiazepine', schedule: 'C-IV', brands: [{ name: 'Xanax', discontinued: false }] }),
    drug({ id: 'amoxicillin', generic: 'amoxicillin', class: 'Penicillin antibiotic', forms: [{ form: 'oral suspension', strengths: ['250 mg/5 mL'] }] }),
  ].map(toListItem);
  const none = { query: '', drugClass: '', schedule: '', form: '' };

  test('with no filter lists every drug by generic name', () => {
    expect(filterDrugs(items, none).map((d) => d.id)).toEqual(['alprazolam', 'amoxicillin', 'oxycodone']);
  });

  test('finds a drug by brand name, case-insensitively', () => {
    expect(filterDrugs(items, { ...none, query: 'xan' }).map((d) => d.id)).toEqual(['alprazolam']);
  });

  test('filters by schedule, including "not controlled"', () => {
    expect(filterDrugs(items, { ...none, schedule: 'C-II' }).map((d) => d.id)).toEqual(['oxycodone']);
    expect(filterDrugs(items, { ...none, schedule: 'none' }).map((d) => d.id)).toEqual(['amoxicillin']);
  });

  test('filters by class and by dosage-form family together', () => {
    expect(filterDrugs(items, { ...none, drugClass: 'Penicillin antibiotic', form: 'liquid' }).map((d) => d.id)).toEqual(['amoxicillin']);
    expect(filterDrugs(items, { ...none, drugClass: 'Benzodiazepine', form: 'liquid' })).toEqual([]);
  });
});

describe('parseDrugFilter and drugFilterQuery', () => {
  const options = { classes: ['Benzodiazepine'], forms: ['tablet', 'liquid'] };

  test('round-trips a filter through the URL', () => {
    const filter = { query: 'xan', drugClass: 'Benzodiazepine', schedule: 'C-IV', form: 'tablet' };
    expect(parseDrugFilter(drugFilterQuery(filter), options)).toEqual({ filter, ignored: [] });
  });

  test('ignores tampered values and says which', () => {
    expect(parseDrugFilter('?class=<script>&schedule=C-I&form=tablet', options)).toEqual({
      filter: { query: '', drugClass: '', schedule: '', form: 'tablet' },
      ignored: ['class', 'schedule'],
    });
  });

  test('an empty filter makes an empty query', () => {
    expect(drugFilterQuery({ query: ' ', drugClass: '', schedule: '', form: '' })).toBe('');
  });
});
