import { describe, expect, test } from 'vitest';
import { checkAnswer, normalizeUnit, parseQuantity, type DrillProblem } from '../../../src/lib/drills';

const base: Omit<DrillProblem, 'answer'> = {
  id: 'dose-volume:2:1',
  type: 'dose-volume',
  difficulty: 2,
  seed: 1,
  question: 'How many mL contain a dose of 625 mg?',
  rounding: 'Round to one decimal place.',
  steps: ['Answer: 12.5 mL'],
  hint: '',
  conventions: [],
  onExam: true,
};
const mL: DrillProblem = { ...base, answer: { kind: 'number', value: 12.5, unit: 'mL', decimals: 1 } };
const days: DrillProblem = { ...base, answer: { kind: 'number', value: 30, unit: 'days', decimals: 0 } };
const mg: DrillProblem = { ...base, answer: { kind: 'number', value: 500, unit: 'mg', decimals: 0 } };
const roman: DrillProblem = { ...base, answer: { kind: 'text', value: 'XIV', accepted: [] } };
const clock: DrillProblem = { ...base, answer: { kind: 'text', value: '14:30', accepted: ['1430'] } };

describe('checkAnswer', () => {
  test.each(['12.5 mL', '12.5ml', '12.5 milliliters', '12.5', ' 12.50 mL ', '12.5 cc'])('accepts %j for 12.5 mL', (text) => {
    expect(checkAnswer(mL, text).verdict).toBe('right');
  });

  test('uses the stated rounding: within half of the last decimal place passes, beyond fails', () => {
    expect(checkAnswer(mL, '12.46 mL').verdict).toBe('right');
    expect(checkAnswer(mL, '12.4 mL').verdict).toBe('wrong');
    expect(checkAnswer(mL, '13 mL').verdict).toBe('wrong');
    expect(checkAnswer(days, '30.4').verdict).toBe('right');
    expect(checkAnswer(days, '31 days').verdict).toBe('wrong');
  });

  test('says when the number is right but the unit is not', () => {
    expect(checkAnswer(mL, '12.5 mg')).toEqual({ verdict: 'wrong-unit', message: 'The number is right, but the question asks for mL, not mg.' });
    expect(checkAnswer(mg, '0.5 g').verdict).toBe('wrong-unit');
    expect(checkAnswer(mg, '0.5 g').message).toContain('same amount');
    expect(checkAnswer(mg, '0.6 g').verdict).toBe('wrong');
  });

  test('reads thousands separators and ignores case and spacing of units', () => {
    const units: DrillProblem = { ...base, answer: { kind: 'number', value: 1500, unit: 'units', decimals: 0 } };
    expect(checkAnswer(units, '1,500 Units').verdict).toBe('right');
    expect(checkAnswer(units, '1500units').verdict).toBe('right');
  });

  test('refuses the error-prone "U" for units instead of guessing', () => {
    const units: DrillProblem = { ...base, answer: { kind: 'number', value: 10, unit: 'units', decimals: 0 } };
    expect(checkAnswer(units, '10 U').verdict).toBe('unreadable');
  });

  test('text answers ignore case and spaces and take the listed alternatives', () => {
    expect(checkAnswer(roman, 'xiv').verdict).toBe('right');
    expect(checkAnswer(roman, 'XIIII').verdict).toBe('wrong');
    expect(checkAnswer(clock, '1430').verdict).toBe('right');
    expect(checkAnswer(clock, '14:30').verdict).toBe('right');
    expect(checkAnswer(clock, '2:30 PM').verdict).toBe('wrong');
  });

  test('gives a clear message for empty or unreadable input, never a crash', () => {
    expect(checkAnswer(mL, '').verdict).toBe('unreadable');
    expect(checkAnswer(mL, 'twelve').verdict).toBe('unreadable');
    expect(checkAnswer(mL, '12.5 furlongs')).toEqual({ verdict: 'unreadable', message: '"furlongs" is not a unit RxTray knows; try mL.' });
    expect(checkAnswer(mL, 'mL 12.5').verdict).toBe('unreadable');
  });
});

describe('parseQuantity and normalizeUnit', () => {
  test('split a number from its unit', () => {
    expect(parseQuantity('1,250.5 mL')).toEqual({ value: 1250.5, unit: 'mL' });
    expect(parseQuantity('.5 g')).toEqual({ value: 0.5, unit: 'g' });
    expect(parseQuantity('-10 °C')).toEqual({ value: -10, unit: '°C' });
    expect(parseQuantity('mg')).toBeUndefined();
  });

  test('map spellings to the canonical unit', () => {
    expect(normalizeUnit('Milliliters')).toBe('mL');
    expect(normalizeUnit('gtts/min')).toBe('gtt/min');
    expect(normalizeUnit('mL/hr')).toBe('mL/h');
    expect(normalizeUnit('fl. oz')).toBe('fl oz');
    expect(normalizeUnit('')).toBe('');
    expect(normalizeUnit('parsecs')).toBeUndefined();
  });
});
