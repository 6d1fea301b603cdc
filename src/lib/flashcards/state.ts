/**
 * The learner's flashcard state as stored in the progress record. Kept apart from the scheduler
 * (ts-fsrs) so that loading progress on any page does not ship the scheduler.
 */
import type { CardState } from './card-state';

/** How the learner rated a card: 1 Again, 2 Hard, 3 Good, 4 Easy (ts-fsrs `Rating` values). */
export type ReviewRating = 1 | 2 | 3 | 4;

/** The ratings in button order. */
export const REVIEW_RATINGS: readonly ReviewRating[] = [1, 2, 3, 4];

/** One review, with the card's state before it so undo can put it back exactly. */
export interface ReviewEntry {
  /** The card reviewed. */
  cardId: string;
  /** How the learner rated it. */
  rating: ReviewRating;
  /** When (ISO 8601). */
  reviewedAt: string;
  /** The card's state before this review; null when the card was new. */
  previous: CardState | null;
}

/** The learner's flashcard progress, JSON-safe for localStorage. */
export interface FlashcardState {
  /** FSRS state of every card reviewed at least once, by card id. A card absent here is new. */
  cards: Record<string, CardState>;
  /** Reviews, oldest first, pruned as described at `LOG_WINDOW_DAYS`. */
  log: ReviewEntry[];
}

/**
 * The log keeps what undo and the statistics need: reviews from the last 30 days (the retention
 * window of `deckStats`, which also covers "new cards introduced today"), at most `MAX_LOG_ENTRIES`.
 */
export const LOG_WINDOW_DAYS = 30;
/** Upper bound on the log, so a heavy month cannot fill localStorage (about 300 bytes an entry). */
export const MAX_LOG_ENTRIES = 5000;

/** Progress with no cards reviewed. */
export function emptyFlashcardState(): FlashcardState {
  return { cards: {}, log: [] };
}

