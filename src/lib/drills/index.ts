/**
 * Calculation drills: seeded generators whose answers come from the pharmacy engine, each with a worked
 * solution, and an answer checker that reads what a learner types.
 */
import { DRILL_INFO } from './catalog';
import { CONCENTRATION_DRILLS } from './generators/concentrations';
import { CONVERSION_DRILLS } from './generators/conversions';
import { DAYS_SUPPLY_DRILLS } from './generators/days-supply';
import { DOSING_DRILLS } from './generators/dosing';
import { IV_DRILLS } from './generators/iv';
import { NOTATION_DRILLS } from './generators/notation';
import type { DrillType } from './types';

export type { Difficulty, DrillAnswer, DrillProblem, DrillTopic, DrillType } from './types';
export { DIFFICULTIES } from './types';
export { DRILL_INFO, DRILL_TOPICS, drillInfo, type DrillInfo } from './catalog';
export { loadDrillTypes } from './load';
export { checkAnswer, normalizeUnit, parseQuantity, type AnswerCheck, type Verdict } from './check';
export { num, roundTo, roundingRule } from './format';
export { buildDrillSet, drillSetQuery, parseDrillLink, weakestTypes, SET_SIZES, MAX_COUNT, type DrillSetSpec, type DrillResult, type ParsedDrillLink } from './set';

const ALL = [...CONVERSION_DRILLS, ...DAYS_SUPPLY_DRILLS, ...DOSING_DRILLS, ...CONCENTRATION_DRILLS, ...IV_DRILLS, ...NOTATION_DRILLS];

/** Every drill type, in picker order: `{ id, title, topic, onExam, generate(seed, difficulty) }`. */
export const DRILL_TYPES: readonly DrillType[] = DRILL_INFO.map((info) => {
  const type = ALL.find((t) => t.id === info.id);
  if (!type) throw new Error(`Drill type "${info.id}" has no generator.`);
  return type;
});

/** The drill type with this id, or undefined (an id from a tampered link). */
export function drillType(id: string): DrillType | undefined {
  return DRILL_TYPES.find((type) => type.id === id);
}
