/** What the quiz and exam pages need at build time: the outline's domains, lesson links and which lessons and modules have questions. */
import { getCatalog, lessonHref } from './content';
import { loadBank } from './questions';
import type { OutlineDomain, QuestionMeta } from '../lib/quiz/types';

export interface QuizPageData {
  domains: OutlineDomain[];
  bank: QuestionMeta[];
  /** Lesson id (frontmatter) → page URL. */
  lessonHrefs: Record<string, string>;
  /** Lessons with at least one question, in catalog order. */
  lessons: { id: string; title: string; count: number }[];
  /** Modules with at least one question. */
  modules: { id: string; title: string; count: number }[];
}

export async function quizPageData(): Promise<QuizPageData> {
  const [catalog, bank] = await Promise.all([getCatalog(), loadBank()]);
  const domains: OutlineDomain[] = catalog.outline.data.domains.map((d) => ({ id: d.id, title: d.title, weight: d.weight, areas: d.areas.map((a) => ({ id: a.id, title: a.title })) }));
  const count = (pred: (lesson: string) => boolean) => bank.filter((q) => pred(q.lesson)).length;
  return {
    domains,
    bank: bank.map((q) => ({ id: q.id, area: q.area, domain: q.domain, lesson: q.lesson, difficulty: q.difficulty })),
    lessonHrefs: Object.fromEntries(catalog.lessons.map((l) => [l.data.id, lessonHref(l.id)])),
    lessons: catalog.lessons.map((l) => ({ id: l.data.id, title: l.data.title, count: count((id) => id === l.data.id) })).filter((l) => l.count > 0),
    modules: catalog.modules.map(({ entry }) => ({ id: entry.id, title: entry.data.title, count: count((id) => id.startsWith(`${entry.id}/`)) })).filter((m) => m.count > 0),
  };
}
