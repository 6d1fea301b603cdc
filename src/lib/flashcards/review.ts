import { createEmptyCard, fsrs, generatorParameters, type FSRS, type Grade } from 'ts-fsrs';
import { fromFsrsCard, toFsrsCard, type CardState } from './card-state';
import { DAY_MS } from './days';
import { LOG_WINDOW_DAYS, MAX_LOG_ENTRIES, type FlashcardState, type ReviewEntry, type ReviewRating } from './state';

export { REVIEW_RATINGS, LOG_WINDOW_DAYS, MAX_LOG_ENTRIES, emptyFlashcardState, type FlashcardState, type ReviewEntry, type ReviewRating } from './state';

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

/**
 * `rate`, but a stored state the scheduler refuses (it throws, or gives a due date that is not a date) never
 * stops a session: the card starts again as new, and `reset` says so.
 */
export function rateSafely(
  state: FlashcardState,
  cardId: string,
  rating: ReviewRating,
  now: Date,
  options: SchedulerOptions = {},
): { state: FlashcardState; reset: boolean } {
  try {
    const next = rate(state, cardId, rating, now, options);
    const card = next.cards[cardId];
    if (card && Number.isFinite(Date.parse(card.due)) && Number.isFinite(card.stability)) return { state: next, reset: false };
  } catch {
    // fall through: start the card again
  }
  const { [cardId]: _bad, ...cards } = state.cards;
  return { state: rate({ cards, log: state.log }, cardId, rating, now, options), reset: true };
}

/** `previewRatings`, or undefined when the stored state cannot be scheduled (the buttons then show no interval). */
export function previewSafely(state: FlashcardState, cardId: string, now: Date, options: SchedulerOptions = {}): Record<ReviewRating, CardState> | undefined {
  try {
    return previewRatings(state, cardId, now, options);
  } catch {
    return undefined;
  }
}
