/**
 * Flashcard scheduling state, loaded from IndexedDB on the flashcards page only: every card's FSRS state
 * and the reviews of the last `LOG_WINDOW_DAYS` days (what the queue and the statistics need; older reviews
 * stay stored for good). One rating is one small transaction: the review row and the card's new state.
 */
import { atom, computed } from 'nanostores';
import { DAY_MS } from '../lib/flashcards/days';
import { LOG_WINDOW_DAYS, type FlashcardState, type ReviewRating } from '../lib/flashcards/state';
import { rateSafely } from '../lib/flashcards/review';
import { parseCardRow, parseReviewRow, reviewId, type ReviewRow } from '../lib/progress/record';
import { readFlashcards, removeReview, writeReview } from './db';
import { change, database, memoryRecord, onOtherTabChange, progress, progressNotice } from './progress';

/** The learner's deck choices. */
export const flashcardSettings = computed(progress, (p) => p.settings);

/** Card states and recent reviews; null until loaded. */
export const flashcardState = atom<FlashcardState | null>(null);

let watching = false;

/** Reads card states and recent reviews; a corrupt row is left out (and stays stored) with a notice. */
export async function loadFlashcards(now: Date = new Date()): Promise<FlashcardState> {
  const db = await database();
  const since = new Date(now.getTime() - LOG_WINDOW_DAYS * DAY_MS).toISOString();
  let raw: { cards: unknown[]; reviews: unknown[] };
  const memory = memoryRecord();
  if (db) {
    try {
      raw = await readFlashcards(db, since);
    } catch {
      raw = { cards: [], reviews: [] };
      progressNotice.set({ kind: 'save-failed' });
    }
  } else raw = { cards: memory?.cards ?? [], reviews: (memory?.reviews ?? []).filter((r) => r.reviewedAt >= since) };
  const state: FlashcardState = { cards: {}, log: [] };
  let dropped = 0;
  for (const value of raw.cards) {
    const row = parseCardRow(value, now);
    if (row) {
      const { id, ...card } = row;
      state.cards[id] = card;
    } else dropped += 1;
  }
  for (const value of raw.reviews) {
    const row = parseReviewRow(value, now);
    if (row) state.log.push({ cardId: row.cardId, rating: row.rating, reviewedAt: row.reviewedAt, previous: row.previous });
    else dropped += 1;
  }
  state.log.sort((a, b) => (a.reviewedAt < b.reviewedAt ? -1 : a.reviewedAt > b.reviewedAt ? 1 : 0));
  if (dropped > 0) progressNotice.set({ kind: 'repaired', dropped });
  flashcardState.set(state);
  if (!watching) {
    watching = true;
    onOtherTabChange((kind) => {
      if (kind === 'cards' || kind === 'all') void loadFlashcards(new Date());
    });
  }
  return state;
}

/** What a rating did: the review recorded (for undo), and whether a bad stored state was reset first. */
export interface RatingResult {
  review: ReviewRow;
  reset: boolean;
}

/** Records a rating (1 Again · 2 Hard · 3 Good · 4 Easy) for a card; null when it could not be saved. */
export async function rateCard(cardId: string, rating: ReviewRating, sessionId: string, now: Date = new Date()): Promise<RatingResult | null> {
  const before = flashcardState.get() ?? { cards: {}, log: [] };
  const { state, reset } = rateSafely(before, cardId, rating, now);
  const entry = state.log.at(-1);
  const card = state.cards[cardId];
  if (!entry || !card) return null;
  const review: ReviewRow = { id: reviewId(cardId, entry.reviewedAt), ...entry, sessionId };
  flashcardState.set(state);
  const kept = await change(
    'cards',
    (db) => writeReview(db, review, { id: cardId, ...card }),
    (record) => {
      record.cards = [...record.cards.filter((c) => c.id !== cardId), { id: cardId, ...card }];
      record.reviews.push(review);
    },
  );
  if (!kept) {
    flashcardState.set(before);
    return null;
  }
  return { review, reset };
}

/** Takes back one review made in this session: the card returns to its state before it. */
export async function undoRating(review: ReviewRow): Promise<boolean> {
  const before = flashcardState.get() ?? { cards: {}, log: [] };
  const { [review.cardId]: _rated, ...others } = before.cards;
  const after: FlashcardState = {
    cards: review.previous ? { ...others, [review.cardId]: review.previous } : others,
    log: before.log.filter((e) => reviewId(e.cardId, e.reviewedAt) !== review.id),
  };
  flashcardState.set(after);
  const kept = await change(
    'cards',
    (db) => removeReview(db, review),
    (record) => {
      record.reviews = record.reviews.filter((r) => r.id !== review.id);
      record.cards = record.cards.filter((c) => c.id !== review.cardId);
      if (review.previous) record.cards.push({ id: review.cardId, ...review.previous });
    },
  );
  if (!kept) flashcardState.set(before);
  return kept;
}
