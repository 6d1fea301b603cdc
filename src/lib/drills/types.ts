/** Shapes shared by every calculation drill. */

/** 1 = one step with friendly numbers, 2 = two steps or decimals, 3 = several steps, the exam's hardest. */
export type Difficulty = 1 | 2 | 3;

/** The difficulties a drill can be asked for. */
export const DIFFICULTIES: readonly Difficulty[] = [1, 2, 3];

/** The expected answer: a number with its unit, or a text answer (Roman numerals, clock times). */
export type DrillAnswer =
  | {
      kind: 'number';
      /** The answer, already rounded by the rule stated to the learner. */
      value: number;
      /** Unit the question asks for, e.g. "mL", "days", "gtt/min". */
      unit: string;
      /** Decimal places the learner is asked to give (0 = whole number). */
      decimals: number;
    }
  | {
      kind: 'text';
      /** The answer as written, e.g. "XIV" or "14:30". */
      value: string;
      /** Other spellings that are also right (compared case-insensitively, spaces ignored). */
      accepted: readonly string[];
    };

/** One generated problem: the question, the engine's answer and how to reach it. */
export interface DrillProblem {
  /** Reproducible id: "<type>:<difficulty>:<seed>". */
  id: string;
  /** Drill type id, e.g. "iv-drip-rate". */
  type: string;
  difficulty: Difficulty;
  seed: number;
  /** The question as the learner reads it, with the data and the unit asked for. */
  question: string;
  answer: DrillAnswer;
  /** The rounding rule, stated to the learner ("Round to one decimal place."). */
  rounding: string;
  /** Worked solution, one step per line; the last step states the answer. */
  steps: string[];
  /** A nudge toward the method that does not give the answer away. */
  hint: string;
  /** The conventions the problem uses ("1 kg = 2.2 lb", "20 drops = 1 mL"). */
  conventions: string[];
  /** False for workplace math the 2026 PTCE no longer tests (alligation). */
  onExam: boolean;
}

/** A kind of problem with its seeded generator. */
export interface DrillType {
  /** Stable id, used in links and in the learning record. */
  id: string;
  /** Title for the drill picker. */
  title: string;
  /** Group in the picker. */
  topic: DrillTopic;
  /** False for topics the 2026 PTCE no longer tests. */
  onExam: boolean;
  /** A problem for the seed and difficulty; the same arguments always give the same problem. */
  generate(seed: number, difficulty: Difficulty): DrillProblem;
}

/** Groups of drill types, in the order the picker shows them. */
export type DrillTopic = 'conversions' | 'days-supply' | 'dosing' | 'concentrations' | 'iv' | 'notation';
