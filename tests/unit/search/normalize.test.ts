import { describe, expect, test } from 'vitest';
import { compact, fold, words } from '../../../src/lib/search';

describe('fold', () => {
  test('closes up dotted abbreviations and ignores case: q.i.d. = Q.I.D. = qid', () => {
    expect(fold('q.i.d.')).toBe('qid');
    expect(fold('Q.I.D.')).toBe('qid');
    expect(fold('1 tab p.o. b.i.d')).toBe('1 tab po bid');
  });

  test('turns other punctuation into spaces and drops accents', () => {
    expect(fold('  Look-alike/sound-alike: “Café”! ')).toBe('look alike sound alike cafe');
  });

  test('reads C-II, CII and Schedule II as one thing', () => {
    expect(fold('C-II')).toBe('schedule ii');
    expect(fold('a CIV drug')).toBe('a schedule iv drug');
    expect(fold('Schedule II')).toBe('schedule ii');
    expect(fold('CV risk')).toBe('cv risk');
  });

  test('keeps sentence ends, decimals and single letters apart', () => {
    expect(fold('Take 1.5 mg. Then stop.')).toBe('take 1 5 mg then stop');
    expect(fold('U')).toBe('u');
  });
});

test('compact joins the words of a folded text: D/C finds DC', () => {
  expect(compact(fold('D/C'))).toBe('dc');
});

test('words splits folded text and gives nothing for blank input', () => {
  expect(words('Every 4–6 hours')).toEqual(['every', '4', '6', 'hours']);
  expect(words('  ?! ')).toEqual([]);
});
