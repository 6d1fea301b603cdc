import type { APIRoute } from 'astro';
import { getSearchIndex } from '../../data/search';

/** The search index: built at build time, fetched by the search dialog on first use, precached for offline. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getSearchIndex()), { headers: { 'Content-Type': 'application/json' } });
