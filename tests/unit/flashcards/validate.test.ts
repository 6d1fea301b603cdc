import { describe, expect, test } from 'vitest';
import { emptyFlashcardState, rate, validateFlashcardState, MAX_LOG_ENTRIES } from '../../../src/lib/flashcards';

const start = new Date('2026-01-01T09:00:00Z');
const good = rate(rate(emptyFlashcardState(), 'sig:bid', 3, start), 'sig:bid', 3, new Date('2026-01-01T09:10:00Z'));
const card = good.cards['sig:bid']!;

describe('validateFlashcardState', () => {
  test('returns a valid state unchanged, also after a JSON round trip', () => {
    expect(validateFlashcardState(JSON.parse(JSON.stringify(good)))).toEqual({ state: good, dropped: 0 });
  });

  test('starts empty, dropping nothing, when nothing is stored', () => {
    expect(validateFlashcardState(undefined)).toEqual({ state: emptyFlashcardState(), dropped: 0 });
    expect(validateFlashcardState(null)).toEqual({ state: emptyFlashcardState(), dropped: 0 });
  });

  test('starts empty when the stored value is not an object', () => {
    for (const raw of ['text', 42, [], true]) {
      expect(validateFlashcardState(raw)).toEqual({ state: emptyFlashcardState(), dropped: 1 });
    }
  });

  test('drops malformed card states and keeps the rest', () => {
    const raw = {
      cards: {
        'sig:bid': card,
        'sig:tid': { ...card, due: 'not a date' },
        'sig:qid': { ...card, stability: Number.NaN },
        'sig:qd': { ...card, state: 7 },
        'sig:prn': { ...card, reps: 1.5 },
        'sig:hs': { ...card, last_review: 12 },
        'sig:po': 'garbage',
      },
      log: good.log,
    };
    expect(validateFlashcardState(raw)).toEqual({ state: good, dropped: 6 });
  });

  test('drops malformed log entries and keeps the rest', () => {
    const [first, second] = good.log;
    const raw = {
      cards: good.cards,
      log: [
        first,
        { ...first, rating: 5 },
        { ...first, cardId: '' },
        { ...first, reviewedAt: 'yesterday' },
        { ...second, previous: { due: 'x' } },
        { cardId: 'sig:bid', rating: 3, reviewedAt: start.toISOString() },
        null,
        second,
      ],
    };
    expect(validateFlashcardState(raw)).toEqual({ state: good, dropped: 6 });
  });

  test('counts a cards or log field of the wrong type as one drop', () => {
    expect(validateFlashcardState({ cards: [], log: {} })).toEqual({ state: emptyFlashcardState(), dropped: 2 });
  });

  test('accepts missing fields as empty', () => {
    expect(validateFlashcardState({})).toEqual({ state: emptyFlashcardState(), dropped: 0 });
  });

  test('normalises timestamps and treats a null last_review as absent', () => {
    const { last_review: _omit, ...fresh } = card;
    const raw = { cards: { 'sig:bid': { ...fresh, due: '2026-01-03T09:10:00Z', last_review: null } }, log: [] };
    expect(validateFlashcardState(raw).state.cards['sig:bid']).toEqual({ ...fresh, due: '2026-01-03T09:10:00.000Z' });
  });

  test('never lets a stored key replace the prototype', () => {
    const raw = JSON.parse(`{"cards":{"__proto__":${JSON.stringify(card)}},"log":[]}`);
    const { state, dropped } = validateFlashcardState(raw);
    expect(dropped).toBe(1);
    expect(Object.getPrototypeOf(state.cards)).toBe(Object.prototype);
  });

  test(`keeps the newest ${MAX_LOG_ENTRIES} log entries of a longer log`, () => {
    const entry = good.log[0]!;
    const log = Array.from({ length: MAX_LOG_ENTRIES + 2 }, (_, i) => ({ ...entry, cardId: `c${i}` }));
    const { state, dropped } = validateFlashcardState({ cards: {}, log });
    expect(dropped).toBe(0);
    expect(state.log).toHaveLength(MAX_LOG_ENTRIES);
    expect(state.log[0]!.cardId).toBe('c2');
  });
});
