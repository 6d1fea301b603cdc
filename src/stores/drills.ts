/**
 * Drill results in the learning record: one `drills` row per answered problem (its type, level, verdict and
 * time), kept for good, so "my weakest" and the dashboard can rank types by recent accuracy.
 */
import type { AnswerCheck } from '../lib/drills/check';
import type { DrillResult } from '../lib/drills/set';
import type { DrillProblem } from '../lib/drills/types';
import { change, database, memoryRecord } from './progress';

/** A drill answer as the `drills` store keeps it. */
export interface DrillRow {
  [key: string]: unknown;
  id: string;
  at: string;
  type: string;
  difficulty: number;
  problemId: string;
  verdict: AnswerCheck['verdict'];
  correct: boolean;
  /** Time from showing the problem to checking the answer, ms. */
  ms: number;
  sessionId: string;
}

/** Records one checked answer; false when it could not be kept (the progress notice says why). */
export function recordDrillAnswer(input: { problem: DrillProblem; check: AnswerCheck; ms: number; sessionId: string; now: Date }): Promise<boolean> {
  const row: DrillRow = {
    id: `${input.sessionId}:${input.problem.id}`,
    at: input.now.toISOString(),
    type: input.problem.type,
    difficulty: input.problem.difficulty,
    problemId: input.problem.id,
    verdict: input.check.verdict,
    correct: input.check.verdict === 'right',
    ms: Math.max(0, Math.round(input.ms)),
    sessionId: input.sessionId,
  };
  return change(
    'drills',
    (db) => db.put('drills', row).then(() => undefined),
    (record) => {
      record.drills = [...record.drills.filter((d) => d.id !== row.id), row];
    },
  );
}

/** Every recorded drill answer as { type, correct, at }, oldest first; empty when nothing can be read. */
export async function drillResults(): Promise<DrillResult[]> {
  const db = await database();
  let rows: unknown[] = [];
  try {
    rows = db ? await db.getAllFromIndex('drills', 'at') : (memoryRecord()?.drills ?? []);
  } catch {
    rows = [];
  }
  return rows.flatMap((row) => {
    const r = row as Partial<DrillRow>;
    return typeof r.type === 'string' && typeof r.correct === 'boolean' && typeof r.at === 'string' ? [{ type: r.type, correct: r.correct, at: r.at }] : [];
  });
}
