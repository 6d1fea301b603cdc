/**
 * The fill simulator in the learning record: every finished attempt is one `fills` row (scenario, step scores,
 * critical errors, time) plus a `sessions` row; the fill in progress lives in its session row's `state`, so a
 * reload resumes it. Reading never throws: an unreadable saved fill is ignored.
 */
import type { FillReport } from '../lib/fill/score';
import { parseSavedFill, type SavedFill } from '../lib/fill/saved';
import { writeSession } from './db';
import { change, database, memoryRecord } from './progress';

/** Session mode of fill sessions. */
export const FILL_SESSION_MODE = 'fill';

/** Keeps the fill in progress (its session row, not ended). */
export function saveFillProgress(sessionId: string, startedAt: string, scenarioId: string, state: SavedFill): Promise<boolean> {
  const row = { id: sessionId, mode: FILL_SESSION_MODE, startedAt, items: [scenarioId], state };
  return change('sessions', (db) => writeSession(db, row), (record) => {
    record.sessions = [...record.sessions.filter((s) => s.id !== sessionId), row];
  });
}

/** The latest fill in progress that can be read, with its session id; undefined when there is none. */
export async function loadFillProgress(): Promise<{ sessionId: string; startedAt: string; saved: SavedFill } | undefined> {
  let rows: unknown[] = [];
  try {
    const db = await database();
    rows = db ? await db.getAll('sessions') : (memoryRecord()?.sessions ?? []);
  } catch {
    return undefined;
  }
  const open = rows
    .filter((r): r is { id: string; mode: string; startedAt: string; endedAt?: string; state?: unknown } => typeof r === 'object' && r !== null && (r as { mode?: unknown }).mode === FILL_SESSION_MODE && typeof (r as { id?: unknown }).id === 'string' && typeof (r as { startedAt?: unknown }).startedAt === 'string')
    .filter((r) => r.endedAt === undefined)
    .sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  for (const row of open) {
    const saved = parseSavedFill(row.state);
    if (saved) return { sessionId: row.id, startedAt: row.startedAt, saved };
  }
  return undefined;
}

/** A finished attempt as the `fills` store keeps it. */
export interface FillRow {
  [key: string]: unknown;
  id: string;
  at: string;
  scenarioId: string;
  exercise: 'fill' | 'check';
  mode: 'practice' | 'assessment';
  difficulty: number;
  outcome: 'fill' | 'do-not-fill' | 'check';
  /** Points and maximum of each step (or of the check). */
  steps: { step: string; points: number; max: number; ms?: number }[];
  points: number;
  max: number;
  critical: string[];
  passed: boolean;
  ms: number;
  sessionId: string;
}

/** Records a finished fill or check and ends its session; false when it could not be kept. */
export async function recordFill(row: FillRow, session: { startedAt: string }): Promise<boolean> {
  const kept = await change('fills', (db) => db.put('fills', row).then(() => undefined), (record) => {
    record.fills = [...record.fills.filter((f) => f.id !== row.id), row];
  });
  const ended = { id: row.sessionId, mode: FILL_SESSION_MODE, startedAt: session.startedAt, endedAt: row.at, items: [row.scenarioId], score: row.max ? row.points / row.max : 0 };
  await change('sessions', (db) => writeSession(db, ended), (record) => {
    record.sessions = [...record.sessions.filter((s) => s.id !== ended.id), ended];
  });
  return kept;
}

/** The fills row of a report. */
export function fillRowOf(report: FillReport, meta: { id: string; at: string; scenarioId: string; mode: FillRow['mode']; difficulty: number; outcome: FillRow['outcome']; sessionId: string }): FillRow {
  return {
    ...meta,
    exercise: 'fill',
    steps: report.steps.filter((s) => s.reached).map((s) => ({ step: s.step, points: s.points, max: s.max, ...(s.ms === undefined ? {} : { ms: s.ms }) })),
    points: report.points,
    max: report.max,
    critical: report.critical.map((c) => c.id),
    passed: report.passed,
    ms: report.steps.reduce((sum, s) => sum + (s.ms ?? 0), 0),
  };
}
