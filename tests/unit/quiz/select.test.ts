import { describe, expect, test } from 'vitest';
import { missedIds, parseQuizLink, quizQuery, selectQuiz, type QuizSpec, type SelectContext } from '../../../src/lib/quiz/select';
import { areaMastery, weakestAreas } from '../../../src/lib/quiz/mastery';
import { isGeneratedId } from '../../../src/lib/quiz/generated';
import { DOMAINS_2026, fixtureBank } from './fixtures/bank';

const bank = fixtureBank(() => 6);
const ctx = (over: Partial<SelectContext> = {}): SelectContext => ({ bank, answers: [], flagged: new Set(), domains: DOMAINS_2026, seed: 42, ...over });
const at = (day: number) => new Date(Date.UTC(2026, 0, day, 12)).toISOString();

describe('quiz links', () => {
  test('a custom link round-trips', () => {
    const spec: QuizSpec = { mode: "custom", domains: [1, 3], areas: ["3.2"], difficulty: [2], count: 20, only: "missed" };
    expect(parseQuizLink(quizQuery(spec))).toEqual(spec);
  });
  test('nonsense links give no quiz or safe values', () => {
    expect(parseQuizLink('?mode=exam')).toBeNull();
    expect(parseQuizLink('?mode=lesson&lesson=../../x')).toBeNull();
    expect(parseQuizLink('?mode=ids&ids=,,')).toBeNull();
    expect(parseQuizLink('?mode=custom&count=99999&only=everything&difficulty=7')).toEqual({ mode: 'custom', domains: [], areas: [], difficulty: [], count: 100, only: 'all' });
  });
});

describe('selectQuiz', () => {
  test('quick 10 draws ten distinct bank questions when the bank has enough', () => {
    const { ids, toppedUp } = selectQuiz({ mode: 'quick' }, ctx());
    expect(ids).toHaveLength(10);
    expect(new Set(ids).size).toBe(10);
    expect(toppedUp).toBe(0);
    expect(ids.every((id) => bank.some((q) => q.id === id))).toBe(true);
  });
  test('quick 10 tops a small bank up with generated calculation items', () => {
    const { ids, toppedUp } = selectQuiz({ mode: 'quick' }, ctx({ bank: bank.slice(0, 3) }));
    expect(ids).toHaveLength(10);
    expect(toppedUp).toBe(7);
    expect(ids.filter(isGeneratedId)).toHaveLength(7);
  });
  test('custom filters by domain, difficulty and only-unseen', () => {
    const answers = bank.filter((q) => q.domain === 2).slice(0, 10).map((q) => ({ questionId: q.id, correct: true, at: at(1) }));
    const { ids } = selectQuiz({ mode: 'custom', domains: [2], areas: [], difficulty: [1], count: 100, only: 'unseen' }, ctx({ answers }));
    const expected = bank.filter((q) => q.domain === 2 && q.difficulty === 1 && !answers.some((a) => a.questionId === q.id)).map((q) => q.id);
    expect(new Set(ids)).toEqual(new Set(expected));
  });
  test('custom only-flagged draws the flagged questions', () => {
    const { ids } = selectQuiz({ mode: 'custom', domains: [], areas: [], difficulty: [], count: 10, only: 'flagged' }, ctx({ flagged: new Set(['q11-0', 'q42-3']) }));
    expect(new Set(ids)).toEqual(new Set(['q11-0', 'q42-3']));
  });
  test('missed review asks the questions whose latest answer is wrong', () => {
    const answers = [
      { questionId: 'q11-0', correct: false, at: at(1) },
      { questionId: 'q11-0', correct: true, at: at(2) },
      { questionId: 'q12-0', correct: true, at: at(1) },
      { questionId: 'q12-0', correct: false, at: at(3) },
      { questionId: 'q13-0', correct: false, at: at(3) },
    ];
    expect(new Set(missedIds(answers))).toEqual(new Set(['q12-0', 'q13-0']));
    expect(new Set(selectQuiz({ mode: 'missed' }, ctx({ answers })).ids)).toEqual(new Set(['q12-0', 'q13-0']));
  });
  test('lesson check asks every question of the lesson, module quiz the module\'s', () => {
    expect(selectQuiz({ mode: 'lesson', lesson: 'm2/l23' }, ctx()).ids).toEqual(bank.filter((q) => q.area === '2.3').map((q) => q.id));
    const mod = selectQuiz({ mode: 'module', module: 'm4' }, ctx()).ids;
    expect(mod).toHaveLength(20);
    expect(mod.every((id) => id.startsWith('q4'))).toBe(true);
  });
  test('ids mode drops ids the bank does not have', () => {
    expect(selectQuiz({ mode: 'ids', ids: ['q11-1', 'gone', 'gen-iv-drip-4'] }, ctx()).ids).toEqual(['q11-1', 'gen-iv-drip-4']);
  });
  test('weakest areas draws from the areas answered worst, weighted by exam weight', () => {
    // Area 2.6 all wrong, everything else known well.
    const answers = bank.flatMap((q) => [{ questionId: q.id, correct: q.area !== '2.6', at: at(1) }]);
    const { ids } = selectQuiz({ mode: 'weakest' }, ctx({ answers }));
    expect(ids).toHaveLength(10);
    expect(ids.filter((id) => id.startsWith('q26-'))).toHaveLength(6); // all six of 2.6, the rest from the next weakest
  });
});

describe('mastery', () => {
  test('is (correct + 1) / (answered + 2) over the last 20 answers of an area', () => {
    const answers = [
      ...Array.from({ length: 10 }, (_, i) => ({ questionId: 'q11-0', correct: false, at: at(1) + i })),
      ...Array.from({ length: 20 }, (_, i) => ({ questionId: 'q11-1', correct: true, at: at(2) + String(i).padStart(2, '0') })),
    ];
    const m = areaMastery(answers, (id) => bank.find((q) => q.id === id)?.area, DOMAINS_2026);
    expect(m.find((a) => a.area === '1.1')).toEqual({ area: '1.1', domain: 1, answered: 20, correct: 20, mastery: 21 / 22 });
    expect(m.find((a) => a.area === '1.2')?.mastery).toBe(0.5);
  });
  test('weakest ranks equal mastery by exam weight: a domain-1 area (35% / 8) before a domain-4 area (22.5% / 4)?', () => {
    const ranked = weakestAreas(areaMastery([], () => undefined, DOMAINS_2026), DOMAINS_2026);
    // 22.5 / 4 = 5.625 per area beats 35 / 8 = 4.375: with nothing known, domain 4's areas come first.
    expect(ranked[0]?.area).toBe('4.1');
    expect(ranked.at(-1)?.domain).toBe(2); // 18.75 / 6 = 3.125, the smallest
  });
});
