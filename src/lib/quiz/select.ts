/**
 * Which questions a practice quiz asks, for every mode: lesson check, module quiz, quick 10, custom, weakest
 * areas, missed questions, spaced review, a list of ids (a drug's questions) and generated calculations.
 * Pure: the bank's index, the record's answers, flags, the due list and a seed come in; ids go out.
 */
import { createRandom } from '../random';
import { largestRemainder } from './blueprint';
import { generatedIds, isGeneratedId } from './generated';
import { areaMastery, weakestAreas } from './mastery';
import type { AnswerFact, OutlineDomain, QuestionMeta } from './types';

/** What "only" a custom quiz draws from. */
export const CUSTOM_ONLY = ['all', 'unseen', 'missed', 'flagged'] as const;
export type CustomOnly = (typeof CUSTOM_ONLY)[number];

/** Quiz lengths offered. */
export const QUIZ_COUNTS = [5, 10, 20, 40] as const;
/** Longest custom quiz. */
export const MAX_QUIZ = 100;
/** Questions in quick 10, weakest areas and generated sets. */
export const QUICK_COUNT = 10;

/** A quiz as a link describes it. */
export type QuizSpec =
  | { mode: 'quick' }
  | { mode: 'lesson'; lesson: string }
  | { mode: 'module'; module: string }
  | { mode: 'custom'; domains: number[]; areas: string[]; difficulty: number[]; count: number; only: CustomOnly }
  | { mode: 'weakest' }
  | { mode: 'missed' }
  | { mode: 'spaced' }
  | { mode: 'ids'; ids: string[] }
  | { mode: 'calc' };

export type QuizMode = QuizSpec['mode'];
export const QUIZ_MODES: readonly QuizMode[] = ['quick', 'lesson', 'module', 'custom', 'weakest', 'missed', 'spaced', 'ids', 'calc'];

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LESSON = /^[a-z0-9-]+\/[a-z0-9-]+$/;
// A list may come comma-separated (links) or as repeated fields (the custom form's checkboxes).
const list = (p: URLSearchParams, key: string) => p.getAll(key).flatMap((v) => v.split(',')).map((s) => s.trim()).filter(Boolean);

/** The quiz a link asks for (`?mode=custom&domains=1,2&count=20…`), or null when it asks for none or makes no sense. */
export function parseQuizLink(search: string): QuizSpec | null {
  const p = new URLSearchParams(search);
  switch (p.get('mode')) {
    case 'quick':
    case 'weakest':
    case 'missed':
    case 'spaced':
    case 'calc':
      return { mode: p.get('mode') as 'quick' };
    case 'lesson': {
      const lesson = p.get('lesson') ?? '';
      return LESSON.test(lesson) ? { mode: 'lesson', lesson } : null;
    }
    case 'module': {
      const module = p.get('module') ?? '';
      return ID.test(module) ? { mode: 'module', module } : null;
    }
    case 'ids': {
      const ids = list(p, 'ids').filter((id) => ID.test(id)).slice(0, MAX_QUIZ);
      return ids.length > 0 ? { mode: 'ids', ids } : null;
    }
    case 'custom': {
      const count = Number(p.get('count') ?? QUICK_COUNT);
      const only = (CUSTOM_ONLY as readonly string[]).includes(p.get('only') ?? '') ? (p.get('only') as CustomOnly) : 'all';
      return {
        mode: 'custom',
        domains: list(p, 'domains').map(Number).filter((n) => Number.isInteger(n) && n > 0),
        areas: list(p, 'areas').filter((a) => /^\d+\.\d+$/.test(a)),
        difficulty: list(p, 'difficulty').map(Number).filter((n) => n === 1 || n === 2 || n === 3),
        count: Number.isInteger(count) ? Math.min(MAX_QUIZ, Math.max(1, count)) : QUICK_COUNT,
        only,
      };
    }
    default:
      return null;
  }
}

/** The query string of a quiz link. */
export function quizQuery(spec: QuizSpec): string {
  const p = new URLSearchParams({ mode: spec.mode });
  if (spec.mode === 'lesson') p.set('lesson', spec.lesson);
  if (spec.mode === 'module') p.set('module', spec.module);
  if (spec.mode === 'ids') p.set('ids', spec.ids.join(','));
  if (spec.mode === 'custom') {
    if (spec.domains.length) p.set('domains', spec.domains.join(','));
    if (spec.areas.length) p.set('areas', spec.areas.join(','));
    if (spec.difficulty.length) p.set('difficulty', spec.difficulty.join(','));
    p.set('count', String(spec.count));
    p.set('only', spec.only);
  }
  return `?${p.toString()}`;
}

/** Everything selection needs besides the spec. */
export interface SelectContext {
  bank: readonly QuestionMeta[];
  answers: readonly AnswerFact[];
  flagged: ReadonlySet<string>;
  domains: readonly OutlineDomain[];
  /** Missed questions due for spaced review now (from `dueForReview`). */
  spacedDue?: readonly string[];
  seed: number;
}

/** The quiz's question ids, and whether generated calculation items had to top it up. */
export interface Selection {
  ids: string[];
  toppedUp: number;
}

/** Ids whose most recent answer is wrong. */
export function missedIds(answers: readonly AnswerFact[]): string[] {
  const last = new Map<string, AnswerFact>();
  for (const a of [...answers].sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0))) last.set(a.questionId, a);
  return [...last.values()].filter((a) => !a.correct).map((a) => a.questionId);
}

/** The questions of a quiz. Modes that promise a length (quick 10, weakest, calculations) are topped up with generated items. */
export function selectQuiz(spec: QuizSpec, ctx: SelectContext): Selection {
  const r = createRandom(ctx.seed);
  const inBank = new Set(ctx.bank.map((q) => q.id));
  const known = (id: string) => inBank.has(id) || isGeneratedId(id);
  const topUp = (ids: string[], count: number): Selection => {
    const missing = Math.max(0, count - ids.length);
    return { ids: [...ids.slice(0, count), ...generatedIds(missing, ctx.seed)], toppedUp: missing };
  };
  switch (spec.mode) {
    case 'quick':
      return topUp(r.shuffle(ctx.bank).map((q) => q.id), QUICK_COUNT);
    case 'calc':
      return topUp([], QUICK_COUNT);
    case 'lesson':
      return { ids: ctx.bank.filter((q) => q.lesson === spec.lesson).map((q) => q.id), toppedUp: 0 };
    case 'module':
      return { ids: r.shuffle(ctx.bank.filter((q) => q.lesson.startsWith(`${spec.module}/`))).slice(0, 20).map((q) => q.id), toppedUp: 0 };
    case 'ids':
      return { ids: spec.ids.filter(known), toppedUp: 0 };
    case 'missed':
      return { ids: r.shuffle(missedIds(ctx.answers).filter(known)).slice(0, MAX_QUIZ), toppedUp: 0 };
    case 'spaced':
      return { ids: (ctx.spacedDue ?? []).filter(known).slice(0, MAX_QUIZ), toppedUp: 0 };
    case 'custom': {
      const seen = new Set(ctx.answers.map((a) => a.questionId));
      const missed = new Set(missedIds(ctx.answers));
      const pool = ctx.bank.filter(
        (q) =>
          (spec.domains.length === 0 || spec.domains.includes(q.domain)) &&
          (spec.areas.length === 0 || spec.areas.includes(q.area)) &&
          (spec.difficulty.length === 0 || spec.difficulty.includes(q.difficulty)) &&
          (spec.only === 'all' || (spec.only === 'unseen' && !seen.has(q.id)) || (spec.only === 'missed' && missed.has(q.id)) || (spec.only === 'flagged' && ctx.flagged.has(q.id))),
      );
      return { ids: r.shuffle(pool).slice(0, spec.count).map((q) => q.id), toppedUp: 0 };
    }
    case 'weakest': {
      const byId = new Map(ctx.bank.map((q) => [q.id, q.area] as const));
      const ranked = weakestAreas(
        areaMastery(ctx.answers, (id) => byId.get(id) ?? (isGeneratedId(id) ? '4.1' : undefined), ctx.domains),
        ctx.domains,
      ).filter((a) => ctx.bank.some((q) => q.area === a.area));
      const top = ranked.slice(0, 3);
      const counts = largestRemainder(top.map((a) => a.priority || 1), QUICK_COUNT);
      const ids: string[] = [];
      top.forEach((a, i) => ids.push(...r.shuffle(ctx.bank.filter((q) => q.area === a.area)).slice(0, counts[i] ?? 0).map((q) => q.id)));
      // Areas with too few questions leave room for the next weakest ones.
      for (const a of ranked.slice(3)) {
        if (ids.length >= QUICK_COUNT) break;
        ids.push(...r.shuffle(ctx.bank.filter((q) => q.area === a.area)).slice(0, QUICK_COUNT - ids.length).map((q) => q.id));
      }
      return topUp(r.shuffle(ids), QUICK_COUNT);
    }
  }
}
