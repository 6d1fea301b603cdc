import { expect, test } from 'vitest';
import { tn } from '../../src/i18n';

test('counted strings follow the plural rules', () => {
  expect(tn('count.lessons', 0)).toBe('0 completed lessons');
  expect(tn('count.lessons', 1)).toBe('1 completed lesson');
  expect(tn('count.lessons', 2)).toBe('2 completed lessons');
  expect(tn('time.days', 1)).toBe('1 day');
  expect(tn('time.days', 4)).toBe('4 days');
  expect(tn('module.progress', 1, { done: 0 })).toBe('0 of 1 lesson complete');
  expect(tn('module.progress', 6, { done: 1 })).toBe('1 of 6 lessons complete');
});
