import type { APIRoute } from 'astro';
import { getDecks } from '../../data/content';

/** Every deck with its cards, built once at build time and loaded by the flashcard island (and cached offline). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getDecks()), { headers: { 'Content-Type': 'application/json' } });
