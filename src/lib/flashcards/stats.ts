import { State } from 'ts-fsrs';
import type { FlashCard } from './cards';
import { isLearning } from './card-state';
import { DAY_MS, dayEnd } from './days';
import { LOG_WINDOW_DAYS, type FlashcardState } from './state';

/** Counts for a set of cards, e.g. one deck or the current filter. */
export interface DeckStats {
  /** Cards in the set. */
  total: number;
  /** Cards never reviewed. */
  new: number;
  /** Cards in learning or relearning steps. */
  learning: number;
  /** Cards in the review phase. */
  review: number;
  /** Started cards due before the learner's local day ends. */
  dueToday: number;
  /** Cards reviewed at least once and now in the review phase. */
  learned: number;
  /**
   * True retention over the last `LOG_WINDOW_DAYS` days: the share of reviews of cards that were in the
   * review phase that were rated Hard, Good or Easy (not Again). Null when there were no such reviews.
   */
  retention: number | null;
}

/** Counts and true retention for the given cards at `now`. */
export function deckStats(cards: readonly FlashCard[], state: FlashcardState, now: Date, tzOffsetMinutes = 0): DeckStats {
  const stats: DeckStats = { total: cards.length, new: 0, learning: 0, review: 0, dueToday: 0, learned: 0, retention: null };
  const end = dayEnd(now, tzOffsetMinutes).getTime();
  const ids = new Set<string>();
  for (const card of cards) {
    ids.add(card.id);
    const stored = state.cards[card.id];
    if (!stored || stored.state === State.New) {
      stats.new += 1;
      continue;
    }
    if (isLearning(stored)) stats.learning += 1;
    else stats.review += 1;
    if (Date.parse(stored.due) < end) stats.dueToday += 1;
    if (stored.reps > 0 && stored.state === State.Review) stats.learned += 1;
  }
  const from = now.getTime() - LOG_WINDOW_DAYS * DAY_MS;
  let reviews = 0;
  let recalled = 0;
  for (const entry of state.log) {
    const at = Date.parse(entry.reviewedAt);
    if (at < from || at > now.getTime() || !ids.has(entry.cardId) || entry.previous?.state !== State.Review) continue;
    reviews += 1;
    if (entry.rating > 1) recalled += 1;
  }
  if (reviews > 0) stats.retention = recalled / reviews;
  return stats;
}
