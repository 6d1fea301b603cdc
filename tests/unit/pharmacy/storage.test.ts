import { describe, expect, test } from 'vitest';
import { STORAGE_CONDITIONS, storageFor } from '../../../src/lib/pharmacy/storage';

const ids = (celsius: number) => storageFor(celsius).within.map((c) => c.id);

describe('storageFor', () => {
  test('puts 5 °C in the refrigerator (cold, refrigerator, controlled cold)', () => {
    expect(ids(5)).toEqual(['cold', 'refrigerator', 'controlled-cold']);
  });

  test('puts −20 °C in the freezer and 22 °C at controlled room temperature', () => {
    expect(ids(-20)).toEqual(['freezer', 'cold']);
    expect(ids(22)).toEqual(['controlled-room']);
  });

  test('reports 28 °C as a permitted controlled-room-temperature excursion', () => {
    expect(storageFor(28)).toEqual({ within: [], excursionOf: [STORAGE_CONDITIONS.find((c) => c.id === 'controlled-room')] });
  });

  test('knows cool, warm and excessive heat, with 40 °C counted as warm only', () => {
    expect(ids(12)).toEqual(['cool']);
    expect(ids(40)).toEqual(['warm']);
    expect(ids(41)).toEqual(['excessive-heat']);
  });

  test('throws RangeError for impossible temperatures', () => {
    expect(() => storageFor(NaN)).toThrow(RangeError);
    expect(() => storageFor(-300)).toThrow(RangeError);
  });

  test('cites USP <659> for every condition', () => {
    for (const c of STORAGE_CONDITIONS) expect(c.source).toBe('USP <659> Packaging and Storage Requirements');
    const freezer = STORAGE_CONDITIONS.find((c) => c.id === 'freezer');
    expect([freezer?.minC, freezer?.maxC]).toEqual([-25, -10]);
  });
});
