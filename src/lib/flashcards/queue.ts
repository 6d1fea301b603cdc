import type { FlashCard } from './cards';
import { isLearning, type CardState } from './card-state';
import { DAY_MS, dayEnd, dayStart } from './days';
import type { FlashcardState, ReviewEntry } from './review';

/** How far ahead a (re)learning card counts as due, so a session need not stop for a 10-minute step (Anki's default). */
export const DEFAULT_LEARN_AHEAD_MINUTES = 20;

/** What `reviewQueue` needs. */
export interface QueueInput {
  /** The cards in play, already filtered by the chosen decks and classes, in stable deck order. */
  cards: readonly FlashCard[];
  /** The learner's progress. */
  state: FlashcardState;
  /** The current time. */
  now: Date;
  /** How many new cards the learner wants to start per local day, across all decks. */
  newPerDay: number;
  /** The learner's UTC offset in minutes, east positive (see `days.ts`). */
  tzOffsetMinutes: number;
  /** See `DEFAULT_LEARN_AHEAD_MINUTES`. */
  learnAheadMinutes?: number;
}

/** The session to study now. */
export interface ReviewQueue {
  /** Cards already started that are due, most overdue first. */
  due: FlashCard[];
  /** New cards that may still be started today, in deck order. */
  fresh: FlashCard[];
  /** The card to show now: the first due card, else the first new one; absent when there is nothing to study. */
  next?: FlashCard;
  /** When the next (re)learning card still waiting today comes due (ISO 8601), for "come back in 8 minutes". */
  nextDueAt?: string;
}

/**
 * Whether a started card is due. Review cards are due for the whole local day they fall on, as in
 * Anki; (re)learning cards, whose steps are minutes, are due once within the learn-ahead window.
 */
export function isDue(card: CardState, now: Date, tzOffsetMinutes: number, learnAheadMinutes = DEFAULT_LEARN_AHEAD_MINUTES): boolean {
  const due = Date.parse(card.due);
  return isLearning(card) ? due <= now.getTime() + learnAheadMinutes * 60_000 : due < dayEnd(now, tzOffsetMinutes).getTime();
}

/** How many distinct cards were started (first reviewed) on the learner's local day of `now`. */
export function newCardsStartedToday(log: readonly ReviewEntry[], now: Date, tzOffsetMinutes: number): number {
  const from = dayStart(now, tzOffsetMinutes).getTime();
  const to = from + DAY_MS;
  const started = new Set<string>();
  for (const entry of log) {
    const at = Date.parse(entry.reviewedAt);
    if (entry.previous === null && at >= from && at < to) started.add(entry.cardId);
  }
  return started.size;
}

/**
 * Builds the study queue: due cards (most overdue first, ties in deck order) and the new cards the daily
 * limit still allows. The limit counts cards started today in every deck, so changing the deck or class
 * filter does not reset it.
 */
export function reviewQueue(input: QueueInput): ReviewQueue {
  const { cards, state, now, tzOffsetMinutes } = input;
  const learnAhead = input.learnAheadMinutes ?? DEFAULT_LEARN_AHEAD_MINUTES;
  const end = dayEnd(now, tzOffsetMinutes).getTime();
  const due: { card: FlashCard; at: number; order: number }[] = [];
  const unseen: FlashCard[] = [];
  let nextDueAt: number | undefined;
  cards.forEach((card, order) => {
    const stored = state.cards[card.id];
    if (!stored) {
      unseen.push(card);
    } else if (isDue(stored, now, tzOffsetMinutes, learnAhead)) {
      due.push({ card, at: Date.parse(stored.due), order });
    } else {
      const at = Date.parse(stored.due);
      if (at < end && (nextDueAt === undefined || at < nextDueAt)) nextDueAt = at;
    }
  });
  due.sort((a, b) => a.at - b.at || a.order - b.order);
  const allowance = Math.max(0, Math.floor(input.newPerDay) - newCardsStartedToday(state.log, now, tzOffsetMinutes));
  const queue: ReviewQueue = { due: due.map((d) => d.card), fresh: unseen.slice(0, allowance) };
  const next = queue.due[0] ?? queue.fresh[0];
  if (next) queue.next = next;
  if (nextDueAt !== undefined) queue.nextDueAt = new Date(nextDueAt).toISOString();
  return queue;
}

/** When the next started card among `cards` falls due after `now` (ISO), or undefined when none is waiting. */
export function nextReviewAt(cards: readonly FlashCard[], state: FlashcardState, now: Date): string | undefined {
  let soonest: number | undefined;
  for (const card of cards) {
    const stored = state.cards[card.id];
    if (!stored) continue;
    const at = Date.parse(stored.due);
    if (at > now.getTime() && (soonest === undefined || at < soonest)) soonest = at;
  }
  return soonest === undefined ? undefined : new Date(soonest).toISOString();
}
