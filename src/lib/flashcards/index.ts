/**
 * Flashcards: decks built from the drug catalog and the pharmacy engine's reference lists, scheduled
 * with FSRS (ts-fsrs). Pure functions over JSON-safe data; every time comes in as an argument.
 */
export {
  DECK_IDS,
  drugFactsFrom,
  filterCards,
  cardHasClass,
  drugClasses,
  type DeckId,
  type DeckInfo,
  type Deck,
  type DeckInput,
  type DrugFacts,
  type DrugSchedule,
  type SigTermFacts,
  type ErrorProneFacts,
  type FlashCard,
} from './cards';
export { buildDecks, allCards, displayName, DECK_META } from './decks';
export { toFsrsCard, fromFsrsCard, isLearning, type CardState } from './card-state';
export { localDay, dayStart, dayEnd, DAY_MS } from './days';
export {
  rate,
  rateSafely,
  previewSafely,
  undoLast,
  previewRatings,
  emptyFlashcardState,
  scheduler,
  REVIEW_RATINGS,
  LOG_WINDOW_DAYS,
  MAX_LOG_ENTRIES,
  DEFAULT_REQUEST_RETENTION,
  type ReviewRating,
  type ReviewEntry,
  type FlashcardState,
  type SchedulerOptions,
} from './review';
export { reviewQueue, nextReviewAt, isDue, newCardsStartedToday, DEFAULT_LEARN_AHEAD_MINUTES, type QueueInput, type ReviewQueue } from './queue';
export { deckStats, type DeckStats } from './stats';
export { validateFlashcardState, parseCardState, parseReviewEntry, CARD_LIMITS } from './validate';
export { decksOn, toggleDeck, untilParts, drugLinkLabel, parseDecks } from './choices';
