import { computed } from 'nanostores';
import { rate, undoLast, type ReviewEntry, type ReviewRating } from '../lib/flashcards';
import { withFlashcardSettings, withFlashcards, type FlashcardSettings } from '../lib/progress';
import { progress, updateProgress } from './progress';

/** The learner's flashcard scheduling state (part of the progress record). */
export const flashcardState = computed(progress, (p) => p.flashcards);
/** The learner's deck choices. */
export const flashcardSettings = computed(progress, (p) => p.flashcardSettings);

/** Records a rating (1 Again · 2 Hard · 3 Good · 4 Easy) for a card. */
export function rateCard(cardId: string, rating: ReviewRating): void {
  updateProgress((p, now) => withFlashcards(p, rate(p.flashcards, cardId, rating, now), now));
}

/** Undoes the last rating; returns what was undone, if anything. */
export function undoLastRating(): ReviewEntry | undefined {
  let undone: ReviewEntry | undefined;
  updateProgress((p, now) => {
    const result = undoLast(p.flashcards);
    undone = result.undone;
    return result.undone ? withFlashcards(p, result.state, now) : p;
  });
  return undone;
}

/** Changes deck choices (invalid values are ignored). */
export function updateFlashcardSettings(settings: Partial<FlashcardSettings>): void {
  updateProgress((p, now) => withFlashcardSettings(p, settings, now));
}
