/**
 * Calculation drills: seeded generators whose answers come from the pharmacy engine, each with a worked
 * solution, and an answer checker that reads what a learner types.
 */
import { GENERATORS } from './generators';
import type { DrillType } from './types';

export type { Difficulty, DrillAnswer, DrillProblem, DrillTopic, DrillType } from './types';
export { DIFFICULTIES } from './types';
export { checkAnswer, normalizeUnit, parseQuantity, type AnswerCheck, type Verdict } from './check';
export { num, roundTo, roundingRule } from './format';

/** Every drill type, in picker order: `{ id, title, topic, onExam, generate(seed, difficulty) }`. */
export const DRILL_TYPES: readonly DrillType[] = GENERATORS;

/** The drill type with this id, or undefined (an id from a tampered link). */
export function drillType(id: string): DrillType | undefined {
  return DRILL_TYPES.find((type) => type.id === id);
}
export { buildDrillSet, drillSetQuery, parseDrillLink, weakestTypes, SET_SIZES, MAX_COUNT, type DrillSetSpec, type DrillResult, type ParsedDrillLink } from './set';
