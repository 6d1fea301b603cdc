import { describe, expect, test } from 'vitest';
import { checkBank, checkQuestion } from '../../../src/lib/questions/validate';
import { readBank, readBankContext } from './load-bank';

// Scanning every question against every drug name takes a few seconds on a shared 2-core machine.
const SCAN_TIMEOUT_MS = 60_000;

const { questions, problems: readProblems } = readBank();
const context = readBankContext();

describe('the question bank', () => {
  test('every file is valid YAML and matches the schema; every engine value resolves', () => {
    expect(readProblems).toEqual([]);
  });

  test(
    'every question has four distinct options, no "all of the above", and points at existing areas, lessons and drugs',
    () => {
      const problems = questions.flatMap((q) => checkQuestion(q, context).map((p) => `${q.file}: ${q.id}: ${p}`));
      expect(problems).toEqual([]);
    },
    SCAN_TIMEOUT_MS,
  );

  test('ids are unique, stems are not near-duplicates, and no key position is above 30%', () => {
    expect(checkBank(questions)).toEqual([]);
  }, SCAN_TIMEOUT_MS);
});
