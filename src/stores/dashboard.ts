/**
 * What the dashboard reads: every row of the learning record (unparsed — src/lib/dashboard reads each row
 * defensively) and the question bank's areas from /questions/meta.json.
 */
import type { DashboardRows } from '../lib/dashboard/build';
import { withBase } from '../lib/url';
import { readRaw } from './db';
import { database, memoryRecord } from './progress';

const EMPTY: DashboardRows = { answers: [], drills: [], fills: [], reviews: [], cards: [], sessions: [], lessons: [] };

/** Every row, from IndexedDB or the in-memory record; null when the record cannot be read at all. */
export async function readDashboardRows(): Promise<DashboardRows | null> {
  const db = await database();
  if (db) {
    try {
      const raw = await readRaw(db);
      return { answers: raw.answers, drills: raw.drills, fills: raw.fills, reviews: raw.reviews, cards: raw.cards, sessions: raw.sessions, lessons: raw.lessons };
    } catch {
      return null;
    }
  }
  const memory = memoryRecord();
  return memory ? { ...EMPTY, ...memory } : null;
}

/** The bank's question → area attribution file, or undefined when it cannot be fetched or read. */
export async function fetchQuestionMeta(): Promise<unknown> {
  try {
    const response = await fetch(withBase('/questions/meta.json'));
    if (!response.ok) return undefined;
    const text = await response.text();
    if (text.length > 2_000_000) return undefined;
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
