import { describe, expect, test } from 'vitest';
import { evaluateValue, formatNumber, resolveQuestion } from '../../../src/lib/questions/compute';

const value = (fn: string, ...args: unknown[]) => ({ fn, args });

describe('nested engine calls', () => {
  test('an argument that is a call is evaluated first (2 tsp tid × 7 days = 210 mL)', () => {
    const dose = value('convert', 2, 'tsp', 'mL');
    expect(evaluateValue(value('quantityToDispense', { unitsPerDose: dose, dosesPerDay: 3, days: 7 }))).toBe('210');
  });

  test('nested calls keep their own rounding, inside arrays too', () => {
    expect(evaluateValue(value('sum', { fn: 'quotient', args: [10, 3], floor: 0 }, 1))).toBe('4');
    expect(evaluateValue(value('max', ...[value('product', 2, 3), 5]))).toBe('6');
  });

  test('a failing nested call names the function', () => {
    expect(() => evaluateValue(value('sum', value('fromRoman', 'QQ'), 1))).toThrow(/fromRoman failed/);
  });

  test('an object that only looks like a call (extra keys) is passed as data', () => {
    expect(() => evaluateValue(value('sum', { fn: 'product', args: [2, 3], label: 'x' }))).toThrow(/is not a number/);
  });
});

describe('helpers beside the engine', () => {
  test('arithmetic on given data', () => {
    expect(evaluateValue(value('sum', 80, 40))).toBe('120');
    expect(evaluateValue(value('difference', 300, 120))).toBe('180');
    expect(evaluateValue(value('product', 40, 2, 40))).toBe('3,200');
    expect(evaluateValue(value('quotient', 1500000, 125000))).toBe('12');
    expect(() => evaluateValue(value('quotient', 1, 0))).toThrow(/division by zero/);
    expect(() => evaluateValue(value('sum', 'ten', 1))).toThrow(/"ten" is not a number/);
    expect(() => evaluateValue(value('sum'))).toThrow();
  });

  test('ceil rounds up, but not a whole number that floating point put a hair above', () => {
    expect(evaluateValue(value('ceil', 1.8))).toBe('2');
    expect(evaluateValue(value('ceil', value('product', 40, 0.1)))).toBe('4');
    expect(evaluateValue(value('min', 3, 1.5))).toBe('1.5');
  });

  test('ndc11 gives the 11-digit billing form, or the engine’s reason', () => {
    expect(evaluateValue(value('ndc11', '52047-1234-5'))).toBe('52047-1234-05');
    expect(evaluateValue(value('ndc11', '91012-345-09'))).toBe('91012-0345-09');
    expect(() => evaluateValue(value('ndc11', '12-34'))).toThrow(/ndc11 failed/);
  });

  test('USP <795> default BUD: an unpreserved aqueous preparation made March 10 is good through March 23', () => {
    const input = { type: 'aqueous', preserved: false, compoundedOn: '2027-03-10' };
    expect(evaluateValue(value('nonsterileBudDays', input))).toBe('14');
    expect(evaluateValue(value('nonsterileBudDate', input))).toBe('2027-03-23');
    expect(evaluateValue(value('monthDay', value('nonsterileBudDate', input)))).toBe('March 23');
    expect(() => evaluateValue(value('monthDay', '2027-02-30'))).toThrow(/not a date/);
  });

  test('storage excursions and hours as hours and minutes', () => {
    expect(evaluateValue(value('storageExcursionOf', 28))).toBe('Controlled room temperature');
    expect(evaluateValue(value('storageExcursionOf', 22))).toBe('none');
    expect(evaluateValue(value('hoursMinutes', 6.25))).toBe('6 h 15 min');
    expect(evaluateValue(value('hoursMinutes', value('infusionHours', { volumeMl: 1000, rateMlPerHour: 125 })))).toBe('8 h 0 min');
  });
});

describe('formatNumber', () => {
  test('groups digits, trims zeros, and keeps a tiny number from showing as 0', () => {
    expect(formatNumber(18750)).toBe('18,750');
    expect(formatNumber(2.5)).toBe('2.5');
    expect(formatNumber(0.000112)).toBe('0.000112');
    expect(formatNumber(0.00012345678)).toBe('0.00012346');
    expect(formatNumber(0.12345)).toBe('0.1235');
  });
});

describe('resolveQuestion with nested values', () => {
  test('fills placeholders from nested calls in stem, options and whys', () => {
    const { question, problems } = resolveQuestion({
      id: 'x',
      stem: 'Reorder point with {lead} capsules of lead-time use?',
      explanation: 'Lead-time use plus safety stock is {key}.',
      options: [
        { text: '{key} capsules', why: 'right' },
        { text: '{lead} capsules', why: 'no safety stock' },
        { text: '1 capsule', why: 'x' },
        { text: '2 capsules', why: 'y' },
      ],
      values: { lead: value('product', 40, 2), key: value('sum', value('product', 40, 2), 40) },
    });
    expect(problems).toEqual([]);
    expect(question.options.map((o) => o.text).slice(0, 2)).toEqual(['120 capsules', '80 capsules']);
    expect(question.explanation).toBe('Lead-time use plus safety stock is 120.');
  });
});
