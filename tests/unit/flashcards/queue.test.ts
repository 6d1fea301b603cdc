import { describe, expect, test } from 'vitest';
import { emptyFlashcardState, localDay, nextReviewAt, rate, reviewQueue, undoLast, type FlashcardState } from '../../../src/lib/flashcards';
import { plainCards } from './fixtures';

const cards = plainCards(6);
const cardId = (i: number): string => cards[i]!.id;
const queueIds = (q: { due: { id: string }[]; fresh: { id: string }[] }) => ({ due: q.due.map((c) => c.id), fresh: q.fresh.map((c) => c.id) });
const at = (iso: string): Date => new Date(iso);

/** Rates the given cards Good, one minute apart from `from`. */
function startCards(state: FlashcardState, indexes: number[], from: string): FlashcardState {
  return indexes.reduce((s, i, n) => rate(s, cardId(i), 3, new Date(at(from).getTime() + n * 60_000)), state);
}

describe('reviewQueue', () => {
  test('offers the first new cards in deck order, up to the daily limit', () => {
    const q = reviewQueue({ cards, state: emptyFlashcardState(), now: at('2026-01-01T09:00:00Z'), newPerDay: 3, tzOffsetMinutes: 0 });
    expect(queueIds(q)).toEqual({ due: [], fresh: [cardId(0), cardId(1), cardId(2)] });
    expect(q.next).toBe(cards[0]);
  });

  test('counts new cards started today against the limit, and counts learning cards due within the session', () => {
    const state = startCards(emptyFlashcardState(), [0, 1], '2026-01-01T09:00:00Z');
    // Good on a new card schedules the 10-minute learning step: due at 09:10 and 09:11.
    const q = reviewQueue({ cards, state, now: at('2026-01-01T09:02:00Z'), newPerDay: 3, tzOffsetMinutes: 0 });
    expect(queueIds(q)).toEqual({ due: [cardId(0), cardId(1)], fresh: [cardId(2)] });
    expect(q.next).toBe(cards[0]);
  });

  test('keeps a learning step outside the learn-ahead window out of the queue and says when it comes due', () => {
    const state = startCards(emptyFlashcardState(), [0], '2026-01-01T09:00:00Z');
    const q = reviewQueue({ cards, state, now: at('2026-01-01T09:02:00Z'), newPerDay: 1, tzOffsetMinutes: 0, learnAheadMinutes: 0 });
    expect(queueIds(q)).toEqual({ due: [], fresh: [] });
    expect(q.next).toBeUndefined();
    expect(q.nextDueAt).toBe(state.cards[cardId(0)]!.due);
  });

  test('gives a new allowance on the next local day', () => {
    const state = startCards(emptyFlashcardState(), [0, 1, 2], '2026-01-01T09:00:00Z');
    const sameDay = reviewQueue({ cards, state, now: at('2026-01-01T23:59:00Z'), newPerDay: 3, tzOffsetMinutes: 0 });
    expect(sameDay.fresh).toEqual([]);
    const nextDay = reviewQueue({ cards, state, now: at('2026-01-02T00:01:00Z'), newPerDay: 3, tzOffsetMinutes: 0 });
    expect(nextDay.fresh.map((c) => c.id)).toEqual([cardId(3), cardId(4), cardId(5)]);
  });

  test("uses the learner's time zone for the day boundary", () => {
    // 22:00 on 1 January in New York (UTC-5).
    const state = startCards(emptyFlashcardState(), [0, 1], '2026-01-02T03:00:00Z');
    const newYork = -300;
    const lateEvening = at('2026-01-02T04:30:00Z'); // 23:30 local, still 1 January
    const afterMidnight = at('2026-01-02T05:30:00Z'); // 00:30 local, 2 January
    expect(reviewQueue({ cards, state, now: lateEvening, newPerDay: 3, tzOffsetMinutes: newYork }).fresh).toHaveLength(1);
    expect(reviewQueue({ cards, state, now: afterMidnight, newPerDay: 3, tzOffsetMinutes: newYork }).fresh).toHaveLength(3);
    // For a learner on UTC both moments fall on 2 January, the day the cards were started.
    expect(reviewQueue({ cards, state, now: afterMidnight, newPerDay: 3, tzOffsetMinutes: 0 }).fresh).toHaveLength(1);
  });

  test('gives the allowance back when the first review of a new card is undone', () => {
    const state = startCards(emptyFlashcardState(), [0], '2026-01-01T09:00:00Z');
    const now = at('2026-01-01T09:01:00Z');
    expect(reviewQueue({ cards, state, now, newPerDay: 1, tzOffsetMinutes: 0 }).fresh).toEqual([]);
    expect(reviewQueue({ cards, state: undoLast(state).state, now, newPerDay: 1, tzOffsetMinutes: 0 }).fresh).toEqual([cards[0]]);
  });

  test('offers no new cards when the limit is zero', () => {
    expect(reviewQueue({ cards, state: emptyFlashcardState(), now: at('2026-01-01T09:00:00Z'), newPerDay: 0, tzOffsetMinutes: 0 }).fresh).toEqual([]);
  });

  test('puts the most overdue card first', () => {
    // Card 2 is started first, so its learning step comes due first.
    let state = rate(emptyFlashcardState(), cardId(2), 3, at('2026-01-01T09:00:00Z'));
    state = rate(state, cardId(0), 3, at('2026-01-01T09:05:00Z'));
    state = rate(state, cardId(1), 1, at('2026-01-01T09:30:00Z'));
    const q = reviewQueue({ cards, state, now: at('2026-01-01T10:00:00Z'), newPerDay: 0, tzOffsetMinutes: 0 });
    expect(q.due.map((c) => c.id)).toEqual([cardId(2), cardId(0), cardId(1)]);
  });

  test('brings a graduated card back on the day FSRS schedules it, not before', () => {
    let state = rate(emptyFlashcardState(), cardId(0), 3, at('2026-01-01T09:00:00Z'));
    state = rate(state, cardId(0), 3, new Date(state.cards[cardId(0)]!.due));
    const due = new Date(state.cards[cardId(0)]!.due);
    expect(localDay(due)).not.toBe('2026-01-01');
    const input = { cards, state, newPerDay: 0, tzOffsetMinutes: 0 };
    const dayBefore = new Date(due.getTime() - 86_400_000);
    expect(reviewQueue({ ...input, now: dayBefore }).due).toEqual([]);
    // Early on the due day, before the exact time FSRS gave, the card is already due.
    const morningOfDueDay = new Date(`${localDay(due)}T00:30:00Z`);
    expect(morningOfDueDay.getTime()).toBeLessThan(due.getTime());
    expect(reviewQueue({ ...input, now: morningOfDueDay }).due).toEqual([cards[0]]);
  });

  test('only looks at the cards it is given', () => {
    const state = startCards(emptyFlashcardState(), [0, 1], '2026-01-01T09:00:00Z');
    const q = reviewQueue({ cards: cards.slice(1, 3), state, now: at('2026-01-01T09:15:00Z'), newPerDay: 5, tzOffsetMinutes: 0 });
    expect(queueIds(q)).toEqual({ due: [cardId(1)], fresh: [cardId(2)] });
  });
});

describe('nextReviewAt', () => {
  test('is the earliest due date after now among started cards', () => {
    const now = at('2026-01-01T09:00:00Z');
    const state = startCards(emptyFlashcardState(), [0, 1], '2026-01-01T09:00:00Z');
    const dues = [cardId(0), cardId(1)].map((id) => state.cards[id]!.due).sort();
    expect(nextReviewAt(cards, state, now)).toBe(new Date(dues[0]!).toISOString());
  });

  test('is undefined when no started card is waiting', () => {
    expect(nextReviewAt(cards, emptyFlashcardState(), at('2026-01-01T09:00:00Z'))).toBeUndefined();
  });
});
