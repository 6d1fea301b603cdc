/**
 * What every drill generator shares: `define` wraps a seeded build function into a DrillType, and the helpers
 * word answers and steps the same way everywhere. Generators are pure and seeded: the same seed and difficulty
 * give the same problem; every answer comes from the pharmacy engine (src/lib/pharmacy), the generator only
 * chooses realistic inputs and words the question and the worked solution around the engine's result.
 */
import { CONVENTIONS } from '../pharmacy/conventions';
import { createRandom, type Random } from '../random';
import { drillInfo } from './catalog';
import { num, roundTo } from './format';
import type { Difficulty, DrillAnswer, DrillProblem, DrillType } from './types';

/** What a generator returns; `define` adds the id, type, seed, difficulty, exam flag and the answer step. */
export type Draft = Pick<DrillProblem, 'question' | 'answer' | 'rounding' | 'steps' | 'hint' | 'conventions'>;

export const KG_LB = `1 kg = ${CONVENTIONS.lbPerKg} lb`;
export const TSP = `1 tsp = ${CONVENTIONS.tspMl} mL`;
export const TBSP = `1 tbsp = ${CONVENTIONS.tbspMl} mL`;
export const FL_OZ = `1 fl oz = ${CONVENTIONS.flOzMl} mL`;
export const DROPS_ML = `${CONVENTIONS.dropsPerMl} drops = 1 mL unless the product states otherwise`;
export const DAYS_DOWN = "Days' supply is rounded down to whole days";
export const QTY_UP = 'Quantity to dispense is rounded up to whole units';

/** A numeric answer with `decimals` places. */
export const numeric = (value: number, unit: string, decimals: number): DrillAnswer => ({ kind: 'number', value: roundTo(value, decimals), unit, decimals });

/** Decimal places an exact result needs (at most 4), for answers that need no rounding. */
export function placesOf(value: number): number {
  for (let d = 0; d < 4; d += 1) if (roundTo(value, d) === roundTo(value, 4)) return d;
  return 4;
}

/** The final step, worded the same way everywhere so learners learn to look for it. */
const answerStep = (answer: DrillAnswer): string =>
  answer.kind === 'number' ? `Answer: ${num(answer.value, answer.decimals)} ${answer.unit}`.trimEnd() : `Answer: ${answer.value}`;

interface DefineOptions {
  /**
   * Answers a pharmacy would actually see; a draft outside is drawn again from the same seeded stream (a 15 mL
   * bottle used up in half a day, a 200-day eye drop), so every seed still gives one reproducible problem.
   */
  realistic?: [number, number];
}

/** Draws tried before the last one is kept; the ranges are wide enough that this is never reached in practice. */
const MAX_DRAWS = 40;

/** A drill type from its id (title, topic and exam status come from the catalog) and its build function. */
export function define(id: string, build: (random: Random, difficulty: Difficulty) => Draft, { realistic }: DefineOptions = {}): DrillType {
  const { title, topic, onExam } = drillInfo(id);
  const fits = (draft: Draft): boolean =>
    !realistic || draft.answer.kind !== 'number' || (draft.answer.value >= realistic[0] && draft.answer.value <= realistic[1]);
  return {
    id,
    title,
    topic,
    onExam,
    generate(seed, difficulty) {
      const random = createRandom(`${id}:${difficulty}:${seed}`);
      let draft = build(random, difficulty);
      for (let draw = 1; draw < MAX_DRAWS && !fits(draft); draw += 1) draft = build(random, difficulty);
      return {
        id: `${id}:${difficulty}:${seed}`,
        type: id,
        difficulty,
        seed,
        question: draft.question,
        answer: draft.answer,
        rounding: draft.rounding,
        steps: [...draft.steps, answerStep(draft.answer)],
        hint: draft.hint,
        conventions: draft.conventions,
        onExam,
      };
    },
  };
}

/** Dosing frequency in words. */
export const times = (n: number): string => ({ 1: 'once a day', 2: 'twice a day', 3: 'three times a day', 4: 'four times a day' })[n] ?? `${n} times a day`;
/** "1 tablet", "2 tablets". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${num(n)} ${n === 1 ? one : many}`;
