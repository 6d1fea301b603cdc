/**
 * What to study next: the areas where more practice gains the most exam questions, i.e. the largest
 * W × (1 − m̃), where W is the area's share of the exam (mastery.ts) and m̃ = (Σ w·x + 1) / (Σ w + 2) is its
 * mastery pulled towards 50 % by one imagined right and one imagined wrong answer — so an untouched area
 * ranks like a half-known one, and an area missed again and again ranks above both. Each suggestion links the
 * lesson that teaches it (the first one not yet completed), a drill set when drills practise it, the
 * matching flashcards, and a quiz on the area when the quiz page exists.
 */
import { drillSetQuery } from '../drills/set';
import { DECK_AREAS, DRILL_AREAS } from './sources';
import { areaWeights, type Mastery, type OutlineDomain } from './mastery';

/** A lesson as the suggestions need it. */
export interface LessonRef {
  id: string;
  title: string;
  areas: readonly string[];
}

/** One suggestion. */
export interface Suggestion {
  area: string;
  title: string;
  /** Share of the exam, 0 … 1. */
  weight: number;
  /** Weighted mastery, or null when untouched. */
  p: number | null;
  /** The ranking value W × (1 − m̃). */
  priority: number;
  /** Root-relative paths (the page adds the base). */
  links: { kind: 'lesson' | 'drill' | 'quiz' | 'flashcards'; href: string; label: string }[];
}

/** Options of `studyNext`. */
export interface NextOptions {
  lessons: readonly LessonRef[];
  completed: ReadonlySet<string>;
  /** Whether /quiz/ is built (issue 10); without it, no quiz link is offered. */
  quizAvailable: boolean;
  /** Seed of the suggested drill sets. */
  seed: number;
  limit?: number;
}

/** The `limit` areas to study next, highest priority first (ties in outline order). */
export function studyNext(areas: ReadonlyMap<string, Mastery>, outline: readonly OutlineDomain[], options: NextOptions): Suggestion[] {
  const weights = areaWeights(outline);
  const ranked: Suggestion[] = [];
  for (const domain of outline) {
    for (const area of domain.areas) {
      const m = areas.get(area.id);
      const weight = weights.get(area.id) ?? 0;
      const smoothed = ((m?.right ?? 0) + 1) / ((m?.n ?? 0) + 2);
      const links: Suggestion['links'] = [];
      const teaching = options.lessons.filter((l) => l.areas.includes(area.id));
      const lesson = teaching.find((l) => !options.completed.has(l.id)) ?? teaching[0];
      if (lesson) links.push({ kind: 'lesson', href: `/learn/${lesson.id}/`, label: lesson.title });
      const drills = Object.keys(DRILL_AREAS).filter((id) => DRILL_AREAS[id] === area.id);
      if (drills.length > 0) links.push({ kind: 'drill', href: `/drills/${drillSetQuery({ types: drills, level: 'mixed', seed: options.seed, count: 10 })}`, label: 'drills' });
      if (Object.values(DECK_AREAS).includes(area.id)) links.push({ kind: 'flashcards', href: '/flashcards/', label: 'flashcards' });
      if (options.quizAvailable) links.push({ kind: 'quiz', href: `/quiz/?mode=custom&areas=${area.id}&count=10&only=all`, label: 'quiz' });
      ranked.push({ area: area.id, title: area.title, weight, p: m?.p ?? null, priority: weight * (1 - smoothed), links });
    }
  }
  return ranked
    .map((s, index) => ({ s, index }))
    .sort((a, b) => b.s.priority - a.s.priority || a.index - b.index)
    .slice(0, options.limit ?? 3)
    .map(({ s }) => s);
}
