import { describe, expect, test } from 'vitest';
import { createEmptyCard, fsrs, generatorParameters } from 'ts-fsrs';
import { CARD_LIMITS, emptyFlashcardState, parseCardState, previewSafely, rate, rateSafely, toFsrsCard, type CardState } from '../../../src/lib/flashcards';

const now = new Date('2026-03-02T09:00:00Z');
const reviewed = rate(rate(emptyFlashcardState(), 'sig:bid', 3, new Date('2026-02-20T09:00:00Z')), 'sig:bid', 4, new Date('2026-02-20T09:10:00Z'));
const card = reviewed.cards['sig:bid']!;
const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));

/** Whether ts-fsrs itself schedules a state without throwing and gives real dates. */
function schedulerAccepts(state: CardState): boolean {
  try {
    const next = scheduler.repeat(toFsrsCard(state), now);
    return [1, 2, 3, 4].every((g) => Number.isFinite(next[g as 1].card.due.getTime()) && next[g as 1].card.stability <= CARD_LIMITS.stability.max);
  } catch {
    return false;
  }
}

/** States found in the wild that passed the old validator but broke review. */
const broken: Record<string, CardState> = {
  'stability 0': { ...card, stability: 0 },
  'difficulty 0': { ...card, difficulty: 0 },
  'stability 1e308': { ...card, stability: 1e308 },
  'difficulty 1e308': { ...card, difficulty: 1e308 },
  'interval 1e308': { ...card, scheduled_days: 1e308 },
  'last review in the future': { ...card, last_review: '2027-01-01T00:00:00.000Z' },
};

describe('card states are validated by what the scheduler accepts', () => {
  test('the scheduler itself refuses or mangles each broken state (so the check below means something)', () => {
    expect(schedulerAccepts(card)).toBe(true);
    expect(schedulerAccepts(broken['stability 0']!)).toBe(false);
    expect(schedulerAccepts(broken['difficulty 0']!)).toBe(false);
    expect(schedulerAccepts(broken['last review in the future']!)).toBe(false);
  });

  test.each(Object.entries(broken))('%s is refused', (_name, state) => {
    expect(parseCardState(state, now)).toBeNull();
  });

  test('a good state and a brand-new card are accepted', () => {
    expect(parseCardState(card, now)).toEqual(card);
    const fresh = { ...createEmptyCard(now), due: now.toISOString() };
    const { last_review: _none, ...rest } = fresh as unknown as CardState & { last_review?: unknown };
    expect(parseCardState(rest, now)).not.toBeNull();
  });

  test('a last review exactly at now is fine', () => {
    expect(parseCardState({ ...card, last_review: now.toISOString() }, now)).not.toBeNull();
  });
});

describe('rateSafely', () => {
  test('rates a good card as rate() does', () => {
    expect(rateSafely(reviewed, 'sig:bid', 3, now)).toEqual({ state: rate(reviewed, 'sig:bid', 3, now), reset: false });
  });

  test('a stored state the scheduler refuses starts the card again as new instead of stopping the session', () => {
    const bad = { ...reviewed, cards: { 'sig:bid': { ...card, stability: 0 } } };
    const result = rateSafely(bad, 'sig:bid', 3, now);
    expect(result.reset).toBe(true);
    expect(result.state.cards['sig:bid']).toEqual(rate(emptyFlashcardState(), 'sig:bid', 3, now).cards['sig:bid']);
    expect(result.state.log.at(-1)).toMatchObject({ cardId: 'sig:bid', previous: null });
  });

  test('previewSafely gives no preview for a state that cannot be scheduled', () => {
    expect(previewSafely(reviewed, 'sig:bid', now)?.[3].due).toBeDefined();
    expect(previewSafely({ ...reviewed, cards: { 'sig:bid': { ...card, difficulty: 0 } } }, 'sig:bid', now)).toBeUndefined();
  });
});
