/**
 * Where a student stands on each item of an assignment, computed from the learning record's rows. Work on
 * lessons counts whenever it was done; practice (quizzes, the exam, drills, flashcards, fills) counts from
 * the moment the assignment was accepted. An item finished after the end of the due day is late.
 */
import { parseDrillLink } from '../drills/set';
import { timeOf } from '../dashboard/sources';
import type { Assignment, AssignmentItem } from './spec';

/** Reviews of a deck that complete a flashcard item. */
export const DECK_REVIEWS = 10;
/** Questions that complete a quiz item when its link names no count. */
export const QUIZ_DEFAULT = 10;

export interface ItemStatus {
  label: string;
  done: boolean;
  /** e.g. "3 of 5 lessons", "8 of 10 answered, 6 right". */
  detail: string;
  /** When it was finished (ISO), when done. */
  completedAt?: string;
  late: boolean;
}

/** Names the page knows (titles of lessons, modules, decks, drill types). */
export interface Names {
  lessons: ReadonlyMap<string, string>;
  modules: ReadonlyMap<string, { title: string; lessons: readonly string[] }>;
  decks: ReadonlyMap<string, string>;
  drillTypes: readonly { id: string; title: string }[];
}

/** The same names in a JSON-safe form, as pages hand them to islands. */
export interface NameProps {
  lessons: [string, string][];
  modules: [string, { title: string; lessons: string[] }][];
  decks: [string, string][];
  drillTypes: { id: string; title: string }[];
}

export interface StatusRows {
  lessons: readonly unknown[];
  answers: readonly unknown[];
  drills: readonly unknown[];
  reviews: readonly unknown[];
  sessions: readonly unknown[];
  fills: readonly unknown[];
}

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The instant the due day ends in the student's time zone (offset in minutes east). */
export function dueEnd(due: string, tzOffsetMinutes: number): number {
  return Date.parse(`${due}T00:00:00Z`) + 86_400_000 - tzOffsetMinutes * 60_000;
}

/** A plain label of an item. */
export function itemLabel(item: AssignmentItem, names: Names): string {
  switch (item.k) {
    case 'lesson':
      return `Lesson: ${names.lessons.get(item.id) ?? item.id}`;
    case 'module':
      return `Module: ${names.modules.get(item.id)?.title ?? item.id}`;
    case 'quiz':
      return `Quiz: ${item.label || item.q}`;
    case 'exam':
      return 'Practice exam';
    case 'fill':
      return item.id ? `Fill scenario ${item.id}` : `Fill scenario (set ${item.seed ?? 0}, level ${item.level ?? 1})`;
    case 'drill': {
      const spec = parseDrillLink(`?${item.q}`, names.drillTypes).spec;
      const titles = spec?.types.map((t) => names.drillTypes.find((d) => d.id === t)?.title ?? t) ?? [];
      return `Drills: ${spec?.count ?? '?'} problems — ${titles.join(', ') || 'unknown types'}`;
    }
    case 'deck':
      return `Flashcards: ${names.decks.get(item.id) ?? item.id}`;
  }
}

/** The href of an item, root-relative (the page adds the base). */
export function itemHref(item: AssignmentItem): string {
  switch (item.k) {
    case 'lesson':
    case 'module':
      return `/learn/${item.id}/`;
    case 'quiz':
      return `/quiz/?${item.q}`;
    case 'exam':
      return '/exam/';
    case 'fill':
      return item.id ? `/fill/?scenario=${encodeURIComponent(item.id)}` : `/fill/?seed=${item.seed ?? 0}&level=${item.level ?? 1}`;
    case 'drill':
      return `/drills/?${item.q}`;
    case 'deck':
      return '/flashcards/';
  }
}

/** Rows at or after `since` (epoch ms), by their time field, oldest first. */
function since(rows: readonly unknown[], key: string, from: number): Json[] {
  return rows
    .filter((r): r is Json => isRecord(r) && (timeOf(r[key]) ?? -Infinity) >= from)
    .sort((a, b) => (timeOf(a[key]) ?? 0) - (timeOf(b[key]) ?? 0));
}

/** The status of every item of an assignment accepted at `acceptedAt`. */
export function assignmentStatus(assignment: Assignment, acceptedAt: string, rows: StatusRows, names: Names, tzOffsetMinutes: number): ItemStatus[] {
  const from = timeOf(acceptedAt) ?? 0;
  const end = dueEnd(assignment.due, tzOffsetMinutes);
  const completed = new Map<string, string>();
  for (const r of rows.lessons) if (isRecord(r) && typeof r['id'] === 'string' && timeOf(r['completedAt']) !== undefined) completed.set(r['id'], r['completedAt'] as string);
  const finish = (label: string, done: boolean, detail: string, completedAt?: string): ItemStatus => {
    const s: ItemStatus = { label, done, detail, late: done && completedAt !== undefined && Date.parse(completedAt) > end };
    if (done && completedAt) s.completedAt = completedAt;
    return s;
  };
  /** Finishes when `need` rows are reached: completedAt is the time of the row that reached it. */
  const counted = (label: string, list: Json[], key: string, need: number, right: (r: Json) => boolean, unit: string): ItemStatus => {
    const n = list.length;
    const r = list.filter(right).length;
    const done = n >= need;
    return finish(label, done, `${Math.min(n, need)} of ${need} ${unit}, ${r} right`, done ? (list[need - 1]?.[key] as string) : undefined);
  };
  return assignment.items.map((item) => {
    const label = itemLabel(item, names);
    switch (item.k) {
      case 'lesson': {
        const at = completed.get(item.id);
        return finish(label, at !== undefined, at ? 'complete' : 'not complete yet', at);
      }
      case 'module': {
        const lessons = names.modules.get(item.id)?.lessons ?? [];
        const times = lessons.map((l) => completed.get(l)).filter((t): t is string => t !== undefined);
        const done = lessons.length > 0 && times.length === lessons.length;
        return finish(label, done, `${times.length} of ${lessons.length} lessons`, done ? times.sort().at(-1) : undefined);
      }
      case 'quiz': {
        const need = Math.max(1, Math.min(100, Number(new URLSearchParams(item.q).get('count')) || QUIZ_DEFAULT));
        const list = since(rows.answers, 'at', from).filter((a) => a['mode'] !== 'exam' && a['mode'] !== 'lesson' && typeof a['correct'] === 'boolean');
        return counted(label, list, 'at', need, (a) => a['correct'] === true, 'questions');
      }
      case 'exam': {
        const exams = since(rows.sessions, 'endedAt', from).filter((s) => s['mode'] === 'exam' && typeof s['score'] === 'number');
        const best = Math.max(...exams.map((s) => s['score'] as number));
        return finish(label, exams.length > 0, exams.length ? `${exams.length} taken, best ${Math.round(best)} %` : 'not taken yet', exams[0]?.['endedAt'] as string | undefined);
      }
      case 'drill': {
        const spec = parseDrillLink(`?${item.q}`, names.drillTypes).spec;
        const types = new Set(spec?.types ?? []);
        const list = since(rows.drills, 'at', from).filter((d) => types.has(d['type'] as string) && typeof d['correct'] === 'boolean');
        return counted(label, list, 'at', spec?.count ?? 10, (d) => d['correct'] === true, 'problems');
      }
      case 'deck': {
        const list = since(rows.reviews, 'reviewedAt', from).filter((r) => typeof r['cardId'] === 'string' && (r['cardId'] as string).startsWith(`${item.id}:`));
        return counted(label, list, 'reviewedAt', DECK_REVIEWS, (r) => r['rating'] !== 1, 'reviews');
      }
      case 'fill': {
        const list = since(rows.fills, 'at', from);
        return finish(label, list.length > 0, list.length ? `${list.length} fills done` : 'not done yet', list[0]?.['at'] as string | undefined);
      }
    }
  });
}
