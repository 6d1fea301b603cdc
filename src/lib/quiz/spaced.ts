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
 * The spaced-review state of every question ever answered wrong. A wrong answer restarts its count and
 * schedules it again (Again); a right answer counts only when it comes on or after the due date (a spaced
 * occasion) and is scheduled further out (Good); right answers before it is due change nothing.
 */
export function spacedItems(answers: readonly AnswerFact[]): SpacedItem[] {
  const byQuestion = new Map<string, AnswerFact[]>();
  for (const a of answers) byQuestion.set(a.questionId, [...(byQuestion.get(a.questionId) ?? []), a]);
  const out: SpacedItem[] = [];
  for (const [questionId, list] of byQuestion) {
    const sorted = [...list].filter((a) => Number.isFinite(Date.parse(a.at))).sort((x, y) => x.at.localeCompare(y.at));
    const firstMiss = sorted.findIndex((a) => !a.correct);
    if (firstMiss < 0) continue;
    let card: Card | undefined;
    let rights = 0;
    for (const a of sorted.slice(firstMiss)) {
      const at = new Date(a.at);
      if (!a.correct) {
        card = scheduler.next(card ?? createEmptyCard(at), at, Rating.Again).card;
        rights = 0;
      } else if (card && at.getTime() >= card.due.getTime()) {
        card = scheduler.next(card, at, Rating.Good).card;
        rights += 1;
      }
    }
    if (card) out.push({ questionId, due: card.due, spacedRights: rights, done: rights >= SPACED_RIGHTS });
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
