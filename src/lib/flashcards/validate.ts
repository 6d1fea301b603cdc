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

/**
 * The limits ts-fsrs (5.x) accepts for a started card. Outside them `repeat` throws ("Invalid memory state")
 * or clamps silently; a last review after `now` throws ("Invalid delta_t"). Checked here, without loading the
 * scheduler, so a bad card never reaches a review session.
 */
export const CARD_LIMITS = {
  /** ts-fsrs S_MIN and S_MAX (days). */
  stability: { min: 0.001, max: 36500 },
  /** FSRS difficulty range. */
  difficulty: { min: 1, max: 10 },
  /** Longest interval in days (ts-fsrs maximum_interval). */
  days: 36500,
} as const;

const within = (value: number, limits: { min: number; max: number }) => value >= limits.min && value <= limits.max;

/**
 * Reads one stored card state, or null when any field is missing, out of range, or a state the scheduler
 * would refuse: a started card needs stability and difficulty within `CARD_LIMITS`, and no card may have
 * been reviewed after `now`.
 */
export function parseCardState(value: unknown, now?: Date): CardState | null {
  if (!isRecord(value)) return null;
  const due = timestamp(value['due']);
  const { stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state } = value;
  if (due === null || !isAmount(stability) || !isAmount(difficulty) || !isAmount(elapsed_days) || !isAmount(scheduled_days)) return null;
  if (!isCount(learning_steps) || !isCount(reps) || !isCount(lapses)) return null;
  if (state !== 0 && state !== 1 && state !== 2 && state !== 3) return null;
  if (elapsed_days > CARD_LIMITS.days || scheduled_days > CARD_LIMITS.days) return null;
  if (state !== 0 && (!within(stability, CARD_LIMITS.stability) || !within(difficulty, CARD_LIMITS.difficulty))) return null;
  const parsed: CardState = { due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state: state as State };
  const lastReview = value['last_review'];
  if (lastReview === undefined || lastReview === null) return parsed;
  const at = timestamp(lastReview);
  if (at === null || (now && Date.parse(at) > now.getTime())) return null;
  return { ...parsed, last_review: at };
}

/** Reads one stored log entry, or null when it is malformed. */
export function parseReviewEntry(value: unknown, now?: Date): ReviewEntry | null {
  if (!isRecord(value)) return null;
  const { cardId, rating } = value;
  const reviewedAt = timestamp(value['reviewedAt']);
  if (typeof cardId !== 'string' || cardId === '' || reviewedAt === null) return null;
  if (rating !== 1 && rating !== 2 && rating !== 3 && rating !== 4) return null;
  const previous = value['previous'] === null ? null : parseCardState(value['previous'], now);
  if (previous === null && value['previous'] !== null) return null;
  return { cardId, rating: rating satisfies ReviewRating, reviewedAt, previous };
}

/**
 * Reads stored flashcard progress. Never throws: valid card states and log entries are kept (timestamps
 * normalised), malformed ones are dropped and counted, anything unreadable as a whole gives empty progress.
 * A log longer than `MAX_LOG_ENTRIES` keeps its newest entries (not counted as dropped).
 */
export function validateFlashcardState(raw: unknown, now?: Date): { state: FlashcardState; dropped: number } {
  const state: FlashcardState = { cards: {}, log: [] };
  if (!isRecord(raw)) return { state, dropped: raw === undefined || raw === null ? 0 : 1 };
  let dropped = 0;
  const cards = raw['cards'];
  if (isRecord(cards)) {
    for (const [id, value] of Object.entries(cards)) {
      const parsed = id === '' || id === '__proto__' ? null : parseCardState(value, now);
      if (parsed) state.cards[id] = parsed;
      else dropped += 1;
    }
  } else if (cards !== undefined) {
    dropped += 1;
  }
  const log = raw['log'];
  if (Array.isArray(log)) {
    for (const value of log) {
      const parsed = parseReviewEntry(value, now);
      if (parsed) state.log.push(parsed);
      else dropped += 1;
    }
    state.log = state.log.slice(-MAX_LOG_ENTRIES);
  } else if (log !== undefined) {
    dropped += 1;
  }
  return { state, dropped };
}
