/** Option order per attempt: shuffled with the project's seeded generator, reproducible from session and question. */
import { seedFrom, seededRng, shuffle } from '../random';
import type { QuizOption } from './types';

/** The options in the order this session shows them; the same session and question always give the same order. */
export function shownOptions(options: readonly QuizOption[], sessionId: string, questionId: string): QuizOption[] {
  return shuffle(options, seededRng(seedFrom(`${sessionId}|${questionId}`)));
}

/** Whether a choice (an option id, never a position) is the key. */
export const isCorrect = (question: { answer: string }, choice: string): boolean => choice === question.answer;
