import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../data/content';
import { loadBank } from '../../data/questions';
import { LETTERS } from '../../lib/quiz/types';

/**
 * One knowledge area's questions as a quiz needs them (stem, options with their whys, key, explanation), so a
 * quiz fetches only the areas it draws from instead of the whole bank. Every area of the outline has a file
 * (an empty list until it has questions); the service worker precaches them for offline use.
 */
export const getStaticPaths = (async () => {
  const { outline } = await getCatalog();
  return outline.data.domains.flatMap((d) => d.areas.map((a) => ({ params: { area: a.id } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const bank = await loadBank();
  const questions = bank
    .filter((q) => q.area === params.area)
    .map((q) => ({
      id: q.id,
      area: q.area,
      domain: q.domain,
      lesson: q.lesson,
      difficulty: q.difficulty,
      stem: q.stem,
      options: q.options.map((o, i) => ({ id: LETTERS[i], text: o.text, why: o.why })),
      answer: q.answer,
      explanation: q.explanation,
    }));
  return new Response(JSON.stringify({ version: 1, area: params.area, questions }), { headers: { 'Content-Type': 'application/json' } });
};
