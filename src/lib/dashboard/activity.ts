/**
 * Study habits from the learning record: the learner's local study days (streak and calendar), time
 * studied, recent activity, practice-exam history, lesson completion and flashcards due. `now` and the
 * learner's UTC offset (minutes east, as in src/lib/flashcards/days.ts) are passed in.
 */
import { DAY_MS, dayEnd, localDay } from '../flashcards/days';
import { timeOf } from './sources';

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 && v.length <= 300 ? v : undefined);

/** Longest time one answer may count for: a tab left open over lunch is not study. */
export const MAX_ITEM_MS = 5 * 60_000;

/** One thing done, whatever produced it. */
export interface Activity {
  at: number;
  /** "quiz:<mode>", "drill", "fill", "card". */
  kind: string;
  /** Session it belongs to, when known. */
  sessionId?: string;
  correct?: boolean;
  /** Time taken, ms (capped at MAX_ITEM_MS), when recorded. */
  ms?: number;
}

const msOf = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.min(v, MAX_ITEM_MS) : undefined);

/** Every answer, drill, fill and review as an activity; unreadable rows are skipped. */
export function activities(rows: { answers: readonly unknown[]; drills: readonly unknown[]; fills: readonly unknown[]; reviews: readonly unknown[] }): Activity[] {
  const out: Activity[] = [];
  const push = (row: unknown, kind: (r: Json) => string | undefined, timeKey: string) => {
    if (!isRecord(row)) return;
    const at = timeOf(row[timeKey]);
    const k = kind(row);
    if (at === undefined || !k) return;
    const a: Activity = { at, kind: k };
    const sessionId = str(row['sessionId']);
    if (sessionId) a.sessionId = sessionId;
    if (typeof row['correct'] === 'boolean') a.correct = row['correct'];
    else if (typeof row['rating'] === 'number') a.correct = row['rating'] !== 1; // a flashcard: Again is a miss
    const ms = msOf(row['ms']);
    if (ms !== undefined) a.ms = ms;
    out.push(a);
  };
  for (const r of rows.answers) push(r, (row) => `quiz:${str(row['mode'])?.slice(0, 40) ?? 'other'}`, 'at');
  for (const r of rows.drills) push(r, () => 'drill', 'at');
  for (const r of rows.fills) push(r, () => 'fill', 'at');
  for (const r of rows.reviews) push(r, () => 'card', 'reviewedAt');
  return out.sort((a, b) => a.at - b.at);
}

/** Activity counts by local day (YYYY-MM-DD). */
export function studyDays(list: readonly Activity[], tzOffsetMinutes: number): Map<string, number> {
  const days = new Map<string, number>();
  for (const a of list) {
    const day = localDay(new Date(a.at), tzOffsetMinutes);
    days.set(day, (days.get(day) ?? 0) + 1);
  }
  return days;
}

const previousDay = (day: string): string => new Date(Date.parse(`${day}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10);

/**
 * The current streak (consecutive local days with study, ending today — or yesterday, since today's study
 * may still come) and the longest streak ever.
 */
export function streak(days: ReadonlyMap<string, number>, now: Date, tzOffsetMinutes: number): { current: number; longest: number; today: boolean } {
  const today = localDay(now, tzOffsetMinutes);
  let day = days.has(today) ? today : previousDay(today);
  let current = 0;
  while (days.has(day)) {
    current += 1;
    day = previousDay(day);
  }
  let longest = 0;
  for (const d of days.keys()) {
    if (days.has(previousDay(d))) continue; // not the start of a run
    let run = 0;
    let x = d;
    while (days.has(x)) {
      run += 1;
      x = new Date(Date.parse(`${x}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
    }
    longest = Math.max(longest, run);
  }
  return { current, longest, today: days.has(today) };
}

/** The last `weeks` whole weeks (Monday first) up to today, as local days with their counts; future days are absent. */
export function calendar(days: ReadonlyMap<string, number>, now: Date, tzOffsetMinutes: number, weeks = 26): { day: string; count: number }[][] {
  const today = localDay(now, tzOffsetMinutes);
  const todayMs = Date.parse(`${today}T00:00:00Z`);
  const weekday = (new Date(todayMs).getUTCDay() + 6) % 7; // Monday 0
  const start = todayMs - (weekday + 7 * (weeks - 1)) * DAY_MS;
  const out: { day: string; count: number }[][] = [];
  for (let w = 0; w < weeks; w += 1) {
    const week: { day: string; count: number }[] = [];
    for (let d = 0; d < 7; d += 1) {
      const t = start + (w * 7 + d) * DAY_MS;
      if (t > todayMs) break;
      const day = new Date(t).toISOString().slice(0, 10);
      week.push({ day, count: days.get(day) ?? 0 });
    }
    out.push(week);
  }
  return out;
}

/** Time on answers, drills and fills (reviews carry no time): in total and over the last 7 local days. */
export function timeStudied(list: readonly Activity[], now: Date, tzOffsetMinutes: number): { totalMs: number; weekMs: number } {
  const weekStart = dayEnd(now, tzOffsetMinutes).getTime() - 7 * DAY_MS;
  let totalMs = 0;
  let weekMs = 0;
  for (const a of list) {
    if (a.ms === undefined) continue;
    totalMs += a.ms;
    if (a.at >= weekStart && a.at <= now.getTime()) weekMs += a.ms;
  }
  return { totalMs, weekMs };
}

/** One line of recent activity: a session (or a day's flashcards), newest first. */
export interface RecentItem {
  kind: string;
  /** Last activity of the group, epoch ms. */
  at: number;
  count: number;
  /** Right answers, when the items have a verdict. */
  correct: number | null;
}

/** The `limit` most recent sessions, grouped by session id (or by kind and local day when there is none). */
export function recentActivity(list: readonly Activity[], tzOffsetMinutes: number, limit = 8): RecentItem[] {
  const groups = new Map<string, RecentItem>();
  for (const a of list) {
    const key = `${a.kind}|${a.sessionId ?? localDay(new Date(a.at), tzOffsetMinutes)}`;
    const g = groups.get(key) ?? { kind: a.kind, at: a.at, count: 0, correct: null };
    g.count += 1;
    g.at = Math.max(g.at, a.at);
    if (a.correct !== undefined) g.correct = (g.correct ?? 0) + (a.correct ? 1 : 0);
    groups.set(key, g);
  }
  return [...groups.values()].sort((a, b) => b.at - a.at).slice(0, limit);
}

/** A finished practice exam. */
export interface ExamResult {
  id: string;
  endedAt: number;
  /** Share right, percent. */
  percent: number;
  /** The exam page's estimated scaled score, when it recorded one. */
  scaled?: number;
  /** False for a shorter exam (the bank was too small for a full one). */
  full?: boolean;
}

/** Finished `exam` sessions, oldest first. */
export function examHistory(sessions: readonly unknown[]): ExamResult[] {
  const out: ExamResult[] = [];
  for (const s of sessions) {
    if (!isRecord(s) || s['mode'] !== 'exam') continue;
    const id = str(s['id']);
    const endedAt = timeOf(s['endedAt']);
    const score = s['score'];
    if (!id || endedAt === undefined || typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 100) continue;
    const r: ExamResult = { id, endedAt, percent: score };
    const state = isRecord(s['state']) ? s['state'] : undefined;
    const scaled = state?.['scaled'];
    if (typeof scaled === 'number' && Number.isFinite(scaled)) r.scaled = scaled;
    if (typeof state?.['full'] === 'boolean') r.full = state['full'];
    out.push(r);
  }
  return out.sort((a, b) => a.endedAt - b.endedAt);
}

/** Lessons completed per module. */
export function lessonCompletion(modules: readonly { id: string; title: string; lessons: readonly string[] }[], lessonRows: readonly unknown[]): { id: string; title: string; done: number; total: number }[] {
  const done = new Set<string>();
  for (const row of lessonRows) {
    if (isRecord(row) && str(row['id']) && timeOf(row['completedAt']) !== undefined) done.add(row['id'] as string);
  }
  return modules.map((m) => ({ id: m.id, title: m.title, done: m.lessons.filter((l) => done.has(l)).length, total: m.lessons.length }));
}

/** Started flashcards due before the end of the learner's day. */
export function cardsDue(cards: readonly unknown[], now: Date, tzOffsetMinutes: number): number {
  const end = dayEnd(now, tzOffsetMinutes).getTime();
  let due = 0;
  for (const c of cards) {
    if (!isRecord(c) || c['state'] === 0) continue;
    const at = timeOf(c['due']);
    if (at !== undefined && at < end) due += 1;
  }
  return due;
}
