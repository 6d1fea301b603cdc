import { describe, expect, test } from 'vitest';
import { NONSTERILE_BUD_DEFAULTS, nonsterileBud, USP_795_CITATION } from '../../../src/lib/pharmacy/bud';

describe('nonsterileBud', () => {
  test('gives unpreserved aqueous preparations 14 days in the refrigerator, counting compounding day as Day 1', () => {
    expect(nonsterileBud({ type: 'aqueous', compoundedOn: '2024-03-01' })).toEqual({
      days: 14, date: '2024-03-14', storage: 'Refrigerator (2–8 °C)', citation: USP_795_CITATION, limitedBy: 'usp-default',
    });
  });

  test('gives preserved aqueous preparations 35 days at room temperature or refrigerated', () => {
    expect(nonsterileBud({ type: 'aqueous', preserved: true, compoundedOn: '2024-03-01' })).toMatchObject({ days: 35, date: '2024-04-04', storage: 'Controlled room temperature or refrigerator' });
  });

  test('gives nonaqueous oral liquids 90 days and other nonaqueous forms 180 days', () => {
    expect(nonsterileBud({ type: 'nonaqueous-oral-liquid', compoundedOn: '2024-03-01' })).toMatchObject({ days: 90, date: '2024-05-29' });
    expect(nonsterileBud({ type: 'nonaqueous-other', compoundedOn: '2024-03-01' })).toMatchObject({ days: 180, date: '2024-08-27' });
    expect(nonsterileBud({ type: 'nonaqueous-other', preserved: true, compoundedOn: '2024-03-01' }).days).toBe(180);
  });

  test('never goes past the earliest component expiration', () => {
    expect(nonsterileBud({ type: 'nonaqueous-other', compoundedOn: '2024-03-01', earliestComponentExpiry: '2024-04-30' })).toMatchObject({
      days: 61, date: '2024-04-30', limitedBy: 'component-expiration',
    });
    expect(nonsterileBud({ type: 'aqueous', compoundedOn: '2024-03-01', earliestComponentExpiry: '2025-01-01' }).limitedBy).toBe('usp-default');
  });

  test('throws RangeError for an expired component, a bad date or an unknown type', () => {
    expect(() => nonsterileBud({ type: 'aqueous', compoundedOn: '2024-03-01', earliestComponentExpiry: '2024-02-29' })).toThrow(RangeError);
    expect(() => nonsterileBud({ type: 'aqueous', compoundedOn: '2024-02-30' })).toThrow(RangeError);
    expect(() => nonsterileBud({ type: 'sterile' as 'aqueous', compoundedOn: '2024-03-01' })).toThrow(RangeError);
  });

  test('publishes the four USP <795> defaults as data', () => {
    expect(NONSTERILE_BUD_DEFAULTS.map((d) => d.days)).toEqual([14, 35, 90, 180]);
  });
});
