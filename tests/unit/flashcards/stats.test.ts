import { describe, expect, test } from 'vitest';
import { State } from 'ts-fsrs';
import { deckStats, emptyFlashcardState, rate, type FlashcardState } from '../../../src/lib/flashcards';
import { plainCards } from './fixtures';

const cards = plainCards(4);
const id = (i: number): string => cards[i]!.id;
const start = new Date('2026-01-01T09:00:00Z');

/** Rates Good, each time the card comes due, until it reaches the review phase. */
function graduate(state: FlashcardState, cardId: string): FlashcardState {
  let next = rate(state, cardId, 3, start);
  while (next.cards[cardId]!.state !== State.Review) next = rate(next, cardId, 3, new Date(next.cards[cardId]!.due));
  return next;
}
const dueOf = (state: FlashcardState, cardId: string): Date => new Date(state.cards[cardId]!.due);

describe('deckStats', () => {
  test('counts every card as new before any review, with no retention yet', () => {
    expect(deckStats(cards, emptyFlashcardState(), start, 0)).toEqual({
      total: 4,
      new: 4,
      learning: 0,
      review: 0,
      dueToday: 0,
      learned: 0,
      retention: null,
    });
  });

  test('counts learning, review, learned and due-today cards', () => {
    let state = rate(emptyFlashcardState(), id(0), 1, start); // learning, due in a minute
    state = graduate(state, id(1)); // review, due in a few days
    const stats = deckStats(cards, state, new Date('2026-01-01T12:00:00Z'), 0);
    expect(stats).toMatchObject({ total: 4, new: 2, learning: 1, review: 1, learned: 1, dueToday: 1 });
  });

  test('counts a review card due later today as due today', () => {
    const state = graduate(emptyFlashcardState(), id(0));
    const due = dueOf(state, id(0));
    expect(deckStats(cards, state, new Date(due.getTime() - 60_000), 0).dueToday).toBe(1);
    expect(deckStats(cards, state, new Date(due.getTime() - 86_400_000), 0).dueToday).toBe(0);
  });

  test('measures true retention: recalls among reviews of cards in the review phase', () => {
    let state = graduate(graduate(graduate(emptyFlashcardState(), id(0)), id(1)), id(2));
    state = rate(state, id(0), 3, dueOf(state, id(0))); // recalled
    state = rate(state, id(1), 2, dueOf(state, id(1))); // recalled, with effort
    state = rate(state, id(2), 1, dueOf(state, id(2))); // forgotten
    state = rate(state, id(2), 3, dueOf(state, id(2))); // relearning step: not a retention review
    const later = new Date('2026-01-10T00:00:00Z');
    expect(deckStats(cards, state, later, 0).retention).toBeCloseTo(2 / 3);
  });

  test('counts only the cards it is given', () => {
    let state = graduate(graduate(emptyFlashcardState(), id(0)), id(1));
    state = rate(state, id(0), 3, dueOf(state, id(0)));
    state = rate(state, id(1), 1, dueOf(state, id(1)));
    const later = new Date('2026-01-10T00:00:00Z');
    expect(deckStats(cards.slice(0, 1), state, later, 0)).toMatchObject({ total: 1, retention: 1 });
    expect(deckStats(cards.slice(1, 2), state, later, 0)).toMatchObject({ total: 1, retention: 0 });
  });

  test('ignores reviews older than 30 days', () => {
    const graduated = graduate(emptyFlashcardState(), id(0));
    const reviewed = rate(graduated, id(0), 3, dueOf(graduated, id(0)));
    const reviewedAt = new Date(reviewed.log.at(-1)!.reviewedAt);
    expect(deckStats(cards, reviewed, new Date(reviewedAt.getTime() + 29 * 86_400_000), 0).retention).toBe(1);
    expect(deckStats(cards, reviewed, new Date(reviewedAt.getTime() + 31 * 86_400_000), 0).retention).toBeNull();
  });
});
