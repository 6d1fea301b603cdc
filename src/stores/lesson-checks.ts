/**
 * Lesson check-yourself answers in the learning record: one `answers` row per checked answer (mode "lesson"),
 * keyed by session and attempt, so mastery and missed-question review see lesson checks like quiz answers.
 */
import type { AnswerRow } from '../lib/progress/record';
import { change } from './progress';

/** Records one checked lesson answer; false when it could not be kept (the progress notice says why). */
export function recordLessonAnswer(input: { questionId: string; choice: string; correct: boolean; ms: number; sessionId: string; attempt: number; now: Date }): Promise<boolean> {
  const row: AnswerRow = {
    id: `${input.sessionId}:${input.questionId}:${input.attempt}`,
    questionId: input.questionId,
    choice: input.choice,
    correct: input.correct,
    ms: Math.max(0, Math.round(input.ms)),
    mode: 'lesson',
    sessionId: input.sessionId,
    at: input.now.toISOString(),
  };
  return change(
    'answers',
    (db) => db.put('answers', row).then(() => undefined),
    (record) => {
      record.answers = [...record.answers.filter((a) => a.id !== row.id), row];
    },
  );
}
