/** Everything the dashboard shows, from the raw rows of the learning record in one call. */
import { activities, calendar, cardsDue, examHistory, lessonCompletion, recentActivity, streak, studyDays, timeStudied, type ExamResult, type RecentItem } from './activity';
import { masteryByArea, readiness, type Mastery, type OutlineDomain, type Readiness } from './mastery';
import { studyNext, type LessonRef, type Suggestion } from './next';
import { answerEvidence, attributionFrom, drillEvidence, fillEvidence, reviewEvidence } from './sources';

/** The site's structure, rendered into the page at build time. */
export interface DashboardCatalog {
  outline: OutlineDomain[];
  modules: { id: string; title: string; lessons: readonly string[] }[];
  lessons: LessonRef[];
  quizAvailable: boolean;
}

/** The record's rows as read from IndexedDB (unparsed; every reader here is defensive). */
export interface DashboardRows {
  answers: readonly unknown[];
  drills: readonly unknown[];
  fills: readonly unknown[];
  reviews: readonly unknown[];
  cards: readonly unknown[];
  sessions: readonly unknown[];
  lessons: readonly unknown[];
}

export interface Dashboard {
  areas: Map<string, Mastery>;
  domains: Map<number, Mastery>;
  readiness: Readiness;
  next: Suggestion[];
  streak: { current: number; longest: number; today: boolean };
  calendar: { day: string; count: number }[][];
  time: { totalMs: number; weekMs: number };
  recent: RecentItem[];
  exams: ExamResult[];
  modules: { id: string; title: string; done: number; total: number }[];
  cardsDue: number;
  /** Answers whose question could not be attributed to an area (unknown ids). */
  unattributed: number;
  /** Items of work counted. */
  total: number;
}

/** Builds the dashboard. `meta` is the parsed /questions/meta.json (or undefined when it could not be loaded). */
export function buildDashboard(rows: DashboardRows, catalog: DashboardCatalog, meta: unknown, now: Date, tzOffsetMinutes: number, seed: number): Dashboard {
  const attribution = attributionFrom(meta, catalog.lessons);
  const answers = answerEvidence(rows.answers, attribution);
  const evidence = [...answers, ...drillEvidence(rows.drills), ...fillEvidence(rows.fills), ...reviewEvidence(rows.reviews)];
  const { areas, domains } = masteryByArea(evidence, catalog.outline, now.getTime());
  const list = activities(rows);
  const days = studyDays(list, tzOffsetMinutes);
  const completed = new Set(
    rows.lessons.flatMap((r) => (typeof r === 'object' && r !== null && typeof (r as { id?: unknown }).id === 'string' ? [(r as { id: string }).id] : [])),
  );
  const answered = rows.answers.filter((r) => typeof r === 'object' && r !== null && typeof (r as { correct?: unknown }).correct === 'boolean').length;
  return {
    areas,
    domains,
    readiness: readiness(areas, catalog.outline),
    next: studyNext(areas, catalog.outline, { lessons: catalog.lessons, completed, quizAvailable: catalog.quizAvailable, seed }),
    streak: streak(days, now, tzOffsetMinutes),
    calendar: calendar(days, now, tzOffsetMinutes),
    time: timeStudied(list, now, tzOffsetMinutes),
    recent: recentActivity(list, tzOffsetMinutes),
    exams: examHistory(rows.sessions),
    modules: lessonCompletion(catalog.modules, rows.lessons),
    cardsDue: cardsDue(rows.cards, now, tzOffsetMinutes),
    unattributed: answered - answers.length,
    total: list.length,
  };
}
