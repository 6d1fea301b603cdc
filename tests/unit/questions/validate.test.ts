import { describe, expect, test } from 'vitest';
import { checkBank, checkQuestion, keyStandsOutByLength, stemSimilarity, type BankContext, type BankQuestion } from '../../../src/lib/questions/validate';

const context: BankContext = {
  areas: new Set(['2.2', '4.1']),
  lessons: new Map([
    ['regulatory/controlled-substance-prescriptions', ['2.2']],
    ['calculations/conversions', ['4.1']],
  ]),
  drugs: [
    { id: 'oxycodone', generic: 'oxycodone', brands: ['OxyContin'], schedule: 'C-II' },
    { id: 'lisinopril', generic: 'lisinopril', brands: ['Zestril'], schedule: null },
  ],
};

const good = (over: Partial<BankQuestion> = {}): BankQuestion => ({
  id: 'q22-example',
  area: '2.2',
  lesson: 'regulatory/controlled-substance-prescriptions',
  stem: 'Under federal law, how many refills may a prescription for oxycodone carry?',
  explanation: 'Schedule II prescriptions cannot be refilled under federal law.',
  answer: 'a',
  drugs: ['oxycodone'],
  options: [
    { text: 'None', why: 'Right: C-II drugs are never refilled.' },
    { text: 'One', why: 'Wrong: no refill is allowed.' },
    { text: 'Five', why: 'Wrong: that is the C-III–IV limit.' },
    { text: 'Unlimited', why: 'Wrong: never for a controlled substance.' },
  ],
  ...over,
});

describe('checkQuestion', () => {
  test('a sound question has no problems', () => {
    expect(checkQuestion(good(), context)).toEqual([]);
  });

  test('repeated options and "all of the above" are refused, naming the option', () => {
    const options = good().options.map((o, i) => (i === 1 ? { ...o, text: 'none' } : i === 3 ? { ...o, text: 'All of the above' } : o));
    const problems = checkQuestion(good({ options }), context);
    expect(problems).toContain('options[1] repeats options[0] ("none")');
    expect(problems).toContain('options[3] "All of the above": no "all/none/both of the above" options on the PTCE');
  });

  test('unknown areas, lessons and drugs, and a lesson that does not teach the area, are named', () => {
    expect(checkQuestion(good({ area: '9.9' }), context)).toContain('area "9.9" is not a knowledge area of the current outline');
    expect(checkQuestion(good({ lesson: 'regulatory/nowhere' }), context)).toContain('lesson "regulatory/nowhere" is not a lesson id (frontmatter id in content/lessons/)');
    expect(checkQuestion(good({ lesson: 'calculations/conversions' }), context)).toContain(
      'lesson "calculations/conversions" does not list area 2.2 in its ptceAreas (it teaches 4.1)',
    );
    expect(checkQuestion(good({ drugs: ['oxycodone', 'unobtainium'] }), context)).toContain('drugs: "unobtainium" is not in the catalog (content/drugs/unobtainium.yaml)');
  });

  test('a drug named in the text but not listed, and a schedule that disagrees with the catalog, are refused', () => {
    expect(checkQuestion(good({ drugs: [] }), context)).toContain('names the catalog drug "oxycodone" but does not list it in drugs');
    const wrong = good({ explanation: 'Oxycodone is a Schedule III drug, so it may be refilled.' });
    expect(checkQuestion(wrong, context).some((p) => p.includes('says C-III, but the catalog has oxycodone as C-II'))).toBe(true);
  });
});

describe('checkBank', () => {
  // Options of equal length, so only the questions a test changes have a key that stands out.
  const even = ['None', 'Once', 'Five', 'Nine'].map((text) => ({ text, why: 'Explained here.' }));
  const variant = (id: string, stem: string, answer: BankQuestion['answer']) => good({ id, stem, answer, options: even });
  const distinct = Array.from({ length: 20 }, (_, i) =>
    variant(`q-${i}`, `Question number ${'abcdefghijklmnopqrstuvwxyz'[i]} asks about topic ${'zyxwvutsrqponmlkjihgfedcba'[i]}${i} entirely`, (['a', 'b', 'c', 'd'] as const)[i % 4] ?? 'a'),
  );

  test('ids used twice and stems that differ only in numbers are refused', () => {
    const problems = checkBank([variant('q-1', 'A patient takes 2 tablets daily for 30 days; how many tablets?', 'a'), variant('q-1', 'A patient takes 3 tablets daily for 10 days; how many tablets?', 'b')]);
    expect(problems).toContain('q-1: the id is used twice');
    expect(problems.some((p) => p.startsWith('q-1: stem is a near-duplicate of q-1'))).toBe(true);
    expect(stemSimilarity('Take 2 tablets daily for 30 days', 'Take 3 tablets daily for 10 days')).toBe(1);
  });

  test('a key letter above 30% of the bank is refused', () => {
    const skewed = distinct.map((q, i) => (i < 7 ? { ...q, answer: 'a' as const } : q));
    expect(checkBank(skewed).some((p) => p.startsWith('key position "a" is the answer of'))).toBe(true);
  });

  test('keys that give themselves away by length are refused above 20% of the bank', () => {
    const long = { text: 'None, because federal law forbids any refill of this schedule', why: 'Right.' };
    expect(keyStandsOutByLength(good({ options: [long, ...good().options.slice(1)] }))).toBe(true);
    expect(keyStandsOutByLength(good())).toBe(false);
    const bank = distinct.map((q, i) => (i < 5 ? { ...q, answer: 'a' as const, options: [long, ...q.options.slice(1)] } : q));
    expect(checkBank(bank).some((p) => p.startsWith('the key is clearly the longest option in 25% of questions'))).toBe(true);
    expect(checkBank(bank.slice(1)).filter((p) => p.startsWith('the key is clearly'))).toEqual([]);
  });
});
