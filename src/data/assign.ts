/** The names the assignment islands show for ids in a link (lessons, modules, decks, drill types). */
import { getCatalog } from './content';
import { DECK_META } from '../lib/flashcards/decks';
import { DRILL_INFO } from '../lib/drills/catalog';
import type { NameProps } from '../lib/assign/status';

export async function assignmentNames(): Promise<NameProps> {
  const { modules } = await getCatalog();
  return {
    lessons: modules.flatMap((m) => m.lessons.map((l) => [l.data.id, l.data.title] as [string, string])),
    modules: modules.map((m) => [m.entry.id, { title: m.entry.data.title, lessons: m.lessons.map((l) => l.data.id) }] as [string, { title: string; lessons: string[] }]),
    decks: Object.entries(DECK_META).map(([id, meta]) => [id, meta.title] as [string, string]),
    drillTypes: DRILL_INFO.filter((d) => d.onExam).map((d) => ({ id: d.id, title: d.title })),
  };
}
