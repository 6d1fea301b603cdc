import { State, type Card } from 'ts-fsrs';

/**
 * A card's FSRS memory state in JSON-safe form (ISO 8601 strings for dates), as kept in localStorage.
 * Field names follow ts-fsrs's `Card` so the two convert one to one.
 */
export interface CardState {
  /** When the card is next due. */
  due: string;
  /** FSRS stability: days until recall probability falls to 90 %. */
  stability: number;
  /** FSRS difficulty, 1 (easy) to 10 (hard). */
  difficulty: number;
  /** Days between the last two reviews (deprecated in ts-fsrs, kept for a lossless round trip). */
  elapsed_days: number;
  /** Days from the last review to `due`. */
  scheduled_days: number;
  /** Index of the current (re)learning step. */
  learning_steps: number;
  /** Reviews so far. */
  reps: number;
  /** Times the card was forgotten after being learned. */
  lapses: number;
  /** New, Learning, Review or Relearning (ts-fsrs `State`: 0–3). */
  state: State;
  /** When it was last reviewed; absent for a card never reviewed. */
  last_review?: string;
}

/** Turns stored state into the `Card` ts-fsrs schedules. */
export function toFsrsCard(state: CardState): Card {
  return {
    due: new Date(state.due),
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: state.elapsed_days,
    scheduled_days: state.scheduled_days,
    learning_steps: state.learning_steps,
    reps: state.reps,
    lapses: state.lapses,
    state: state.state,
    ...(state.last_review !== undefined ? { last_review: new Date(state.last_review) } : {}),
  };
}

/** Turns a ts-fsrs `Card` into JSON-safe state. */
export function fromFsrsCard(card: Card): CardState {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.last_review ? { last_review: card.last_review.toISOString() } : {}),
  };
}

/** Whether the card is in (re)learning: short steps measured in minutes, not days. */
export function isLearning(state: CardState): boolean {
  return state.state === State.Learning || state.state === State.Relearning;
}
