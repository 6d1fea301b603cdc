import { describe, expect, test } from 'vitest';
import { checkStatedSchedules, findDrugMentions, findUnknownGenerics } from '../../../src/lib/drugs';

const drugs = [
  { id: 'codeine', generic: 'codeine', brands: [], schedule: 'C-II' },
  { id: 'promethazine-codeine', generic: 'promethazine/codeine', brands: [], schedule: 'C-V' },
  { id: 'alprazolam', generic: 'alprazolam', brands: ['Xanax'], schedule: 'C-IV' },
  { id: 'atorvastatin', generic: 'atorvastatin', brands: ['Lipitor'], schedule: null },
];

describe('findDrugMentions', () => {
  test('finds generics in any case and brands as written', () => {
    expect(findDrugMentions('Alprazolam and Lipitor were on the shelf.', drugs)).toEqual(['alprazolam', 'atorvastatin']);
  });

  test('does not match inside other words or combinations', () => {
    expect(findDrugMentions('promethazine/codeine syrup', drugs)).toEqual(['promethazine-codeine']);
    expect(findDrugMentions('lipitorx', drugs)).toEqual([]);
  });
});

describe('checkStatedSchedules', () => {
  test('accepts a schedule that agrees with the catalog', () => {
    expect(checkStatedSchedules('Xanax is a Schedule IV drug.', drugs)).toEqual([]);
  });

  test('accepts a schedule carried by a combination containing the drug', () => {
    expect(checkStatedSchedules('A Schedule V codeine cough syrup may be sold without a prescription in some states.', drugs)).toEqual([]);
  });

  test('flags a sentence whose schedule disagrees with the catalog', () => {
    expect(checkStatedSchedules('Alprazolam (C-II) needs a new prescription each fill.', drugs)).toEqual([
      '"Alprazolam (C-II) needs a new prescription each fill." says C-II, but the catalog has alprazolam as C-IV',
    ]);
  });

  test('skips sentences with several drugs or several schedules', () => {
    expect(checkStatedSchedules('Alprazolam is C-IV and codeine is C-II.', drugs)).toEqual([]);
  });
});

describe('findUnknownGenerics', () => {
  test('finds generic-looking names the catalog lacks, by USAN stem', () => {
    const text = 'Lisinopril and losartan are common; so is enalapril. Amlodipine too.';
    expect(findUnknownGenerics(text, ['lisinopril', 'amlodipine'])).toEqual(['enalapril', 'losartan']);
  });

  test('knows each part of a combination', () => {
    expect(findUnknownGenerics('hydrochlorothiazide', ['hydrochlorothiazide/lisinopril'])).toEqual([]);
  });

  test('ignores ordinary words', () => {
    expect(findUnknownGenerics('The pharmacist counsels the patient about the prescription.', [])).toEqual([]);
  });

  test('ignores class names, cited stems and known brands, but not unknown plurals', () => {
    const text = 'Fluoroquinolones and tetracyclines bind calcium; cholesterol; the -vastatin stem; Accupril. Cefuroximes? No: enalaprils.';
    expect(findUnknownGenerics(text, [], ['Accupril'])).toEqual(['enalaprils']);
    expect(findUnknownGenerics('Take losartan.', [], ['Accupril'])).toEqual(['losartan']);
  });
});
