import type { APIRoute, GetStaticPaths } from 'astro';
import { getDecks } from '../../../data/content';

/**
 * One file per deck (built once, cached offline): the flashcards page loads only the decks that are on,
 * each parsed in its own task, instead of one 480 KB file that blocked the main thread.
 */
export const getStaticPaths = (async () => (await getDecks()).map((deck) => ({ params: { deck: deck.id }, props: { deck } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props['deck']), { headers: { 'Content-Type': 'application/json' } });
