import { describe, expect, test } from 'vitest';
import { readLessons } from '../content/load-content';
import { readBank } from './load-bank';

const { questions } = readBank();
const byId = new Map(questions.map((q) => [q.id, q]));
const lessons = readLessons().map((l) => ({ ...l, lessonId: (l.frontmatter as { id: string }).id }));
/** Every <CheckYourself …> tag of a lesson body, and the id of each short-form tag. */
const tags = (body: string) => [...body.matchAll(/<CheckYourself\b[^>]*>/g)].map((m) => m[0]);
const ids = (body: string) => [...body.matchAll(/<CheckYourself\s+id="([^"]+)"\s*\/>/g)].map((m) => m[1] ?? '');

describe('lesson check-yourself questions come from the bank', () => {
  test('every check in a lesson is the short form <CheckYourself id="…" />, with nothing else inline', () => {
    const long = lessons.flatMap((l) => tags(l.body).filter((t) => !/^<CheckYourself\s+id="[^"]+"\s*\/>$/.test(t)).map((t) => `${l.id}: ${t.slice(0, 80)}`));
    expect(long).toEqual([]);
  });

  test('every <CheckYourself id> names a bank question of that lesson', () => {
    const problems = lessons.flatMap((l) =>
      ids(l.body).flatMap((id) => {
        const q = byId.get(id);
        if (!q) return [`${l.id}: <CheckYourself id="${id}"> is not in the bank`];
        return q.lesson === l.lessonId ? [] : [`${l.id}: "${id}" belongs to lesson ${q.lesson}`];
      }),
    );
    expect(problems).toEqual([]);
  });

  test('every question of content/questions/lessons/ is still shown by its lesson, exactly once', () => {
    const shown = new Map<string, number>();
    for (const l of lessons) for (const id of ids(l.body)) shown.set(`${l.lessonId}#${id}`, (shown.get(`${l.lessonId}#${id}`) ?? 0) + 1);
    const fromLessons = questions.filter((q) => q.file.startsWith('content/questions/lessons/'));
    expect(fromLessons.length).toBeGreaterThan(0);
    const problems = fromLessons.flatMap((q) => {
      const count = shown.get(`${q.lesson}#${q.id}`) ?? 0;
      return count === 1 ? [] : [`${q.file}: ${q.id} is shown ${count} times in ${q.lesson}`];
    });
    expect(problems).toEqual([]);
  });

  test('a lesson file holds only its own lesson’s questions (content/questions/lessons/<module>-<lesson>.yaml)', () => {
    const problems = questions
      .filter((q) => q.file.startsWith('content/questions/lessons/'))
      .filter((q) => q.file !== `content/questions/lessons/${q.lesson.replace('/', '-')}.yaml`)
      .map((q) => `${q.file}: ${q.id} is for ${q.lesson}`);
    expect(problems).toEqual([]);
  });
});
