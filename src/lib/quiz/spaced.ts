/**
 * Spaced review of missed questions: a question answered wrong comes back on an FSRS schedule (whole days, no
 * same-day learning steps) until it has been answered right on SPACED_RIGHTS separate, spaced occasions after
 * its last miss. Replayed from the recorded answers every time, so nothing but the answers is stored.
 */
import { createEmptyCard, fsrs, generatorParameters, Rating, type Card } from 'ts-fsrs';
import type { AnswerFact } from './types';

/** Right answers on spaced occasions that take a missed question out of spaced review. */
export const SPACED_RIGHTS = 2;

// Fuzz off so every interval is reproducible; no short-term steps, so a question never comes back the same day.
const scheduler = fsrs(generatorParameters({ enable_fuzz: false, enable_short_term: false, learning_steps: [], relearning_steps: [] }));

/** Where one missed question stands. */
export interface SpacedItem {
  questionId: string;
  /** When it is next due. */
  due: Date;
  /** Right answers on spaced occasions since the last miss. */
  spacedRights: number;
  /** Answered right on enough spaced occasions: no longer reviewed. */
  done: boolean;
}

/**
 * The spaced-review state of every question ever answered wrong. Its schedule starts at its last miss (Again
 * on a fresh card: a miss means relearning); a right answer after that counts only when it comes on or after
 * the due date (a spaced occasion) and is scheduled further out (Good); right answers before it is due change nothing.
 */
export function spacedItems(answers: readonly AnswerFact[]): SpacedItem[] {
  const byQuestion = new Map<string, AnswerFact[]>();
  for (const a of answers) {
    const list = byQuestion.get(a.questionId);
    if (list) list.push(a);
    else byQuestion.set(a.questionId, [a]);
  }
  const out: SpacedItem[] = [];
  for (const [questionId, list] of byQuestion) {
    const sorted = list.filter((a) => Number.isFinite(Date.parse(a.at))).sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0));
    let lastMiss = -1;
    for (let i = sorted.length - 1; i >= 0; i -= 1) {
      if (!sorted[i]?.correct) {
        lastMiss = i;
        break;
      }
    }
    const miss = sorted[lastMiss];
    if (!miss) continue;
    // The schedule starts again from the last miss (relearning from scratch), so only answers after it are replayed.
    const missedAt = new Date(miss.at);
    let card: Card = scheduler.next(createEmptyCard(missedAt), missedAt, Rating.Again).card;
    let rights = 0;
    for (const a of sorted.slice(lastMiss + 1)) {
      const at = new Date(a.at);
      if (at.getTime() >= card.due.getTime()) {
        card = scheduler.next(card, at, Rating.Good).card;
        rights += 1;
      }
    }
    out.push({ questionId, due: card.due, spacedRights: rights, done: rights >= SPACED_RIGHTS });
  }
  return out;
}

/** Ids of missed questions due for spaced review at `now`, most overdue first. */
export function dueForReview(answers: readonly AnswerFact[], now: Date): string[] {
  return spacedItems(answers)
    .filter((item) => !item.done && item.due.getTime() <= now.getTime())
    .sort((a, b) => a.due.getTime() - b.due.getTime() || a.questionId.localeCompare(b.questionId))
    .map((item) => item.questionId);
}
