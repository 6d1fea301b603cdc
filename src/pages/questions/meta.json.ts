import type { APIRoute } from 'astro';
import { loadBank } from '../../data/questions';

/**
 * What the browser needs to attribute recorded answers to the outline (dashboard mastery, weakest areas):
 * each question's id, knowledge area, domain, lesson and difficulty. No stems or keys.
 */
export const GET: APIRoute = async () => {
  const bank = await loadBank();
  const questions = bank.map((q) => ({ id: q.id, area: q.area, domain: q.domain, lesson: q.lesson, difficulty: q.difficulty }));
  return new Response(JSON.stringify({ version: 1, questions }), { headers: { 'Content-Type': 'application/json' } });
};
