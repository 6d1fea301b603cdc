/** Shapes shared by quizzes and the practice exam (the browser's view of the question bank). */
import type { OptionId } from '../../schemas/question';

export type { OptionId };
/** The option letters in authored order. */
export const LETTERS: readonly OptionId[] = ['a', 'b', 'c', 'd'];

/** What `/questions/meta.json` says of each question: enough to select, nothing to answer. */
export interface QuestionMeta {
  id: string;
  /** Knowledge-area id, e.g. "2.3". */
  area: string;
  /** Domain number (the area's first number). */
  domain: number;
  /** Lesson id ("<module>/<lesson>"). */
  lesson: string;
  difficulty: 1 | 2 | 3;
}

/** One option as shown: its letter (the id answers are checked and recorded by), text and why. */
export interface QuizOption {
  id: OptionId;
  text: string;
  why: string;
}

/** A question ready to ask: from an area chunk (`/questions/area-<id>.json`) or generated from a seed. */
export interface QuizQuestion extends QuestionMeta {
  stem: string;
  /** The four options in authored order a–d. */
  options: QuizOption[];
  /** Letter of the key. */
  answer: OptionId;
  explanation: string;
  /** True for a generated calculation item (id `gen-<template>-<seed>`). */
  generated?: boolean;
}

/** One recorded answer as the quiz logic needs it (a subset of the record's AnswerRow). */
export interface AnswerFact {
  questionId: string;
  correct: boolean;
  /** ISO time. */
  at: string;
  mode?: string;
}

/** A domain of the outline with its weight (percent) and its knowledge areas. */
export interface OutlineDomain {
  id: number;
  title: string;
  weight: number;
  areas: { id: string; title: string }[];
}
