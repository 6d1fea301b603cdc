import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/content';
import { buildDecks, drugFactsFrom } from '../../lib/flashcards';
import { ERROR_PRONE_ABBREVIATIONS, SIG_VOCABULARY } from '../../lib/pharmacy';

/** Every deck with its cards, built once at build time and loaded by the flashcard island (and cached offline). */
export const GET: APIRoute = async () => {
  const { drugs } = await getCatalog();
  const decks = buildDecks({
    drugs: drugs.map((d) => drugFactsFrom(d.id, d.data)),
    sigVocabulary: SIG_VOCABULARY,
    errorProne: ERROR_PRONE_ABBREVIATIONS,
  });
  return new Response(JSON.stringify(decks), { headers: { 'Content-Type': 'application/json' } });
};
