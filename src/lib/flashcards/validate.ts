import type { State } from 'ts-fsrs';
import type { CardState } from './card-state';
import { MAX_LOG_ENTRIES, type FlashcardState, type ReviewEntry, type ReviewRating } from './state';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A timestamp Date can read, normalised to `toISOString` form; null otherwise. */
function timestamp(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const time = Date.parse(value);
  return Number.isFinite(time) ? new Date(time).toISOString() : null;
}

const isAmount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

/** Reads one stored card state, or null when any field is missing or out of range. */
export function parseCardState(value: unknown): CardState | null {
  if (!isRecord(value)) return null;
  const due = timestamp(value['due']);
  const { stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state } = value;
  if (due === null || !isAmount(stability) || !isAmount(difficulty) || !isAmount(elapsed_days) || !isAmount(scheduled_days)) return null;
  if (!isCount(learning_steps) || !isCount(reps) || !isCount(lapses)) return null;
  if (state !== 0 && state !== 1 && state !== 2 && state !== 3) return null;
  const parsed: CardState = { due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state: state as State };
  const lastReview = value['last_review'];
  if (lastReview === undefined || lastReview === null) return parsed;
  const at = timestamp(lastReview);
  return at === null ? null : { ...parsed, last_review: at };
}

/** Reads one stored log entry, or null when it is malformed. */
export function parseReviewEntry(value: unknown): ReviewEntry | null {
  if (!isRecord(value)) return null;
  const { cardId, rating } = value;
  const reviewedAt = timestamp(value['reviewedAt']);
  if (typeof cardId !== 'string' || cardId === '' || reviewedAt === null) return null;
  if (rating !== 1 && rating !== 2 && rating !== 3 && rating !== 4) return null;
  const previous = value['previous'] === null ? null : parseCardState(value['previous']);
  if (previous === null && value['previous'] !== null) return null;
  return { cardId, rating: rating satisfies ReviewRating, reviewedAt, previous };
}

/**
 * Reads stored flashcard progress. Never throws: valid card states and log entries are kept (timestamps
 * normalised), malformed ones are dropped and counted, anything unreadable as a whole gives empty progress.
 * A log longer than `MAX_LOG_ENTRIES` keeps its newest entries (not counted as dropped).
 */
export function validateFlashcardState(raw: unknown): { state: FlashcardState; dropped: number } {
  const state: FlashcardState = { cards: {}, log: [] };
  if (!isRecord(raw)) return { state, dropped: raw === undefined || raw === null ? 0 : 1 };
  let dropped = 0;
  const cards = raw['cards'];
  if (isRecord(cards)) {
    for (const [id, value] of Object.entries(cards)) {
      const parsed = id === '' || id === '__proto__' ? null : parseCardState(value);
      if (parsed) state.cards[id] = parsed;
      else dropped += 1;
    }
  } else if (cards !== undefined) {
    dropped += 1;
  }
  const log = raw['log'];
  if (Array.isArray(log)) {
    for (const value of log) {
      const parsed = parseReviewEntry(value);
      if (parsed) state.log.push(parsed);
      else dropped += 1;
    }
    state.log = state.log.slice(-MAX_LOG_ENTRIES);
  } else if (log !== undefined) {
    dropped += 1;
  }
  return { state, dropped };
}
