import { describe, expect, test } from 'vitest';
import { Rating, State, createEmptyCard, fsrs, generatorParameters } from 'ts-fsrs';
import {
  LOG_WINDOW_DAYS,
  MAX_LOG_ENTRIES,
  emptyFlashcardState,
  fromFsrsCard,
  previewRatings,
  rate,
  toFsrsCard,
  undoLast,
  type FlashcardState,
} from '../../../src/lib/flashcards';

const start = new Date('2026-01-01T09:00:00Z');
const id = 'brand-generic:lipitor';
/** A plain ts-fsrs scheduler with fuzz off: the reference the module must agree with. */
const reference = fsrs(generatorParameters({ enable_fuzz: false, request_retention: 0.9 }));
const dueOf = (state: FlashcardState, cardId = id): Date => new Date(state.cards[cardId]!.due);

/** Rates Good each time the card comes due; returns the state after each review. */
function goodWhenDue(times: number): FlashcardState[] {
  const states: FlashcardState[] = [];
  let state = emptyFlashcardState();
  let now = start;
  for (let i = 0; i < times; i += 1) {
    state = rate(state, id, 3, now);
    states.push(state);
    now = dueOf(state);
  }
  return states;
}

describe('toFsrsCard and fromFsrsCard', () => {
  test('round-trip a new card and a reviewed one', () => {
    const fresh = createEmptyCard(start);
    expect(toFsrsCard(fromFsrsCard(fresh))).toEqual(fresh);
    const reviewed = reference.next(fresh, start, Rating.Good).card;
    expect(toFsrsCard(fromFsrsCard(reviewed))).toEqual(reviewed);
  });

  test('stores dates as ISO strings and survives JSON', () => {
    const stored = fromFsrsCard(reference.next(createEmptyCard(start), start, Rating.Good).card);
    expect(stored.last_review).toBe('2026-01-01T09:00:00.000Z');
    expect(JSON.parse(JSON.stringify(stored))).toEqual(stored);
  });

  test('leaves last_review out for a card never reviewed', () => {
    expect('last_review' in fromFsrsCard(createEmptyCard(start))).toBe(false);
  });
});

describe('rate', () => {
  test('schedules a new card rated Good for later, as ts-fsrs does', () => {
    const state = rate(emptyFlashcardState(), id, 3, start);
    const expected = reference.next(createEmptyCard(start), start, Rating.Good).card;
    expect(state.cards[id]).toEqual(fromFsrsCard(expected));
    expect(dueOf(state).getTime()).toBeGreaterThan(start.getTime());
    expect(state.cards[id]!.state).toBe(State.Learning);
  });

  test('keeps a card rated Again due the same day', () => {
    const state = rate(emptyFlashcardState(), id, 1, start);
    expect(dueOf(state).getTime()).toBeGreaterThan(start.getTime());
    expect(dueOf(state).toISOString().slice(0, 10)).toBe('2026-01-01');
  });

  test('grows the interval with each Good once the card has graduated', () => {
    const [, graduated, second, third] = goodWhenDue(4).map((s) => s.cards[id]!);
    expect(graduated!.state).toBe(State.Review);
    expect(second!.scheduled_days).toBeGreaterThan(graduated!.scheduled_days);
    expect(third!.scheduled_days).toBeGreaterThan(second!.scheduled_days);
  });

  test('sends a forgotten review card to relearning and counts the lapse', () => {
    const learned = goodWhenDue(3).at(-1)!;
    const forgot = rate(learned, id, 1, dueOf(learned));
    expect(forgot.cards[id]!.state).toBe(State.Relearning);
    expect(forgot.cards[id]!.lapses).toBe(1);
  });

  test('logs the review with the state before it', () => {
    const first = rate(emptyFlashcardState(), id, 3, start);
    const later = new Date('2026-01-01T09:10:00Z');
    const second = rate(first, id, 4, later);
    expect(second.log).toEqual([
      { cardId: id, rating: 3, reviewedAt: '2026-01-01T09:00:00.000Z', previous: null },
      { cardId: id, rating: 4, reviewedAt: '2026-01-01T09:10:00.000Z', previous: first.cards[id] },
    ]);
  });

  test('does not change the state it is given', () => {
    const before = rate(emptyFlashcardState(), id, 3, start);
    const copy = structuredClone(before);
    rate(before, id, 1, new Date('2026-01-01T09:10:00Z'));
    expect(before).toEqual(copy);
  });

  test('honours a different desired retention', () => {
    const learned = goodWhenDue(3).at(-1)!;
    const at = dueOf(learned);
    const strict = rate(learned, id, 3, at, { requestRetention: 0.97 });
    const relaxed = rate(learned, id, 3, at, { requestRetention: 0.8 });
    expect(strict.cards[id]!.scheduled_days).toBeLessThan(relaxed.cards[id]!.scheduled_days);
  });

  test('rejects a rating that is not 1–4', () => {
    expect(() => rate(emptyFlashcardState(), id, 0 as never, start)).toThrow(RangeError);
  });

  test(`drops log entries older than ${LOG_WINDOW_DAYS} days`, () => {
    const old = rate(emptyFlashcardState(), 'sig:bid', 3, start);
    const later = rate(old, id, 3, new Date('2026-02-15T09:00:00Z'));
    expect(later.log.map((e) => e.cardId)).toEqual([id]);
    expect(later.cards['sig:bid']).toBeDefined();
  });

  test(`keeps at most ${MAX_LOG_ENTRIES} log entries, the newest`, () => {
    let state = emptyFlashcardState();
    const log = Array.from({ length: MAX_LOG_ENTRIES }, (_, i) => ({ cardId: `c${i}`, rating: 3 as const, reviewedAt: start.toISOString(), previous: null }));
    state = { ...state, log };
    const next = rate(state, id, 3, start);
    expect(next.log).toHaveLength(MAX_LOG_ENTRIES);
    expect(next.log[0]!.cardId).toBe('c1');
    expect(next.log.at(-1)!.cardId).toBe(id);
  });
});

describe('previewRatings', () => {
  test('shows what each rating would schedule, without recording anything', () => {
    const state = emptyFlashcardState();
    const preview = previewRatings(state, id, start);
    expect(preview[3]).toEqual(rate(state, id, 3, start).cards[id]);
    expect(new Date(preview[1].due).getTime()).toBeLessThan(new Date(preview[4].due).getTime());
    expect(state).toEqual(emptyFlashcardState());
  });
});

describe('undoLast', () => {
  test('turns a first review back into a new card', () => {
    const rated = rate(emptyFlashcardState(), id, 3, start);
    const { state, undone } = undoLast(rated);
    expect(state).toEqual(emptyFlashcardState());
    expect(undone).toEqual(rated.log[0]);
  });

  test('restores the exact state before a later review', () => {
    const states = goodWhenDue(3);
    const { state } = undoLast(states[2]!);
    expect(state).toEqual(states[1]);
  });

  test('undoes several reviews in reverse order', () => {
    const a = rate(emptyFlashcardState(), 'sig:bid', 3, start);
    const b = rate(a, id, 1, new Date('2026-01-01T09:01:00Z'));
    const once = undoLast(b);
    expect(once.state).toEqual(a);
    expect(undoLast(once.state).state).toEqual(emptyFlashcardState());
  });

  test('leaves the state alone when there is nothing to undo', () => {
    const state = emptyFlashcardState();
    expect(undoLast(state)).toEqual({ state });
  });
});
