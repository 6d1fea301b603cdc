import { createEmptyCard, fsrs, generatorParameters, type FSRS, type Grade } from 'ts-fsrs';
import { fromFsrsCard, toFsrsCard, type CardState } from './card-state';
import { DAY_MS } from './days';

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

/** Scheduler settings a learner may change. */
export interface SchedulerOptions {
  /** Target probability of recall when a card comes due; FSRS default 0.9. */
  requestRetention?: number;
}

/** The default desired retention. */
export const DEFAULT_REQUEST_RETENTION = 0.9;

const schedulers = new Map<number, FSRS>();

/** The FSRS scheduler for the given retention, with fuzz off so every interval is reproducible. */
export function scheduler(options: SchedulerOptions = {}): FSRS {
  const retention = options.requestRetention ?? DEFAULT_REQUEST_RETENTION;
  let found = schedulers.get(retention);
  if (!found) {
    found = fsrs(generatorParameters({ enable_fuzz: false, request_retention: retention }));
    schedulers.set(retention, found);
  }
  return found;
}

/** Progress with no cards reviewed. */
export function emptyFlashcardState(): FlashcardState {
  return { cards: {}, log: [] };
}

function assertRating(rating: number): asserts rating is ReviewRating {
  if (rating !== 1 && rating !== 2 && rating !== 3 && rating !== 4) throw new RangeError(`rating must be 1, 2, 3 or 4, not ${rating}`);
}

/** The log with entries older than the window dropped and at most `MAX_LOG_ENTRIES` kept. */
function pruneLog(log: readonly ReviewEntry[], now: Date): ReviewEntry[] {
  const oldest = now.getTime() - LOG_WINDOW_DAYS * DAY_MS;
  const recent = log.filter((entry) => Date.parse(entry.reviewedAt) >= oldest);
  return recent.slice(-MAX_LOG_ENTRIES);
}

/** The state a card would have after each rating at `now`, for showing intervals on the buttons. */
export function previewRatings(
  state: FlashcardState,
  cardId: string,
  now: Date,
  options: SchedulerOptions = {},
): Record<ReviewRating, CardState> {
  const stored = state.cards[cardId];
  const card = stored ? toFsrsCard(stored) : createEmptyCard(now);
  const preview = scheduler(options).repeat(card, now);
  return {
    1: fromFsrsCard(preview[1].card),
    2: fromFsrsCard(preview[2].card),
    3: fromFsrsCard(preview[3].card),
    4: fromFsrsCard(preview[4].card),
  };
}

/** Records a review: schedules the card with FSRS and appends to the log. Returns new state; never mutates. */
export function rate(
  state: FlashcardState,
  cardId: string,
  rating: ReviewRating,
  now: Date,
  options: SchedulerOptions = {},
): FlashcardState {
  assertRating(rating);
  const previous = state.cards[cardId] ?? null;
  const card = previous ? toFsrsCard(previous) : createEmptyCard(now);
  const next = scheduler(options).next(card, now, rating satisfies Grade);
  const entry: ReviewEntry = { cardId, rating, reviewedAt: now.toISOString(), previous };
  return {
    cards: { ...state.cards, [cardId]: fromFsrsCard(next.card) },
    log: pruneLog([...state.log, entry], now),
  };
}

/**
 * Takes back the last review: the card returns to its state before it (or to new, when it was new)
 * and the entry leaves the log. With an empty log the state comes back unchanged and `undone` is absent.
 */
export function undoLast(state: FlashcardState): { state: FlashcardState; undone?: ReviewEntry } {
  const undone = state.log.at(-1);
  if (!undone) return { state };
  const { [undone.cardId]: _reviewed, ...others } = state.cards;
  const cards = undone.previous ? { ...others, [undone.cardId]: undone.previous } : others;
  return { state: { cards, log: state.log.slice(0, -1) }, undone };
}
