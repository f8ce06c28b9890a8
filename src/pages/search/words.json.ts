/** The words of every entry's name or title, which the search page offers when a typed word is not in the index (`src/lib/search-typo.ts`). */
import type { APIRoute } from 'astro';
import { loadKnowledgeBase } from '../../data/knowledge-base.ts';
import { searchWords } from '../../lib/search-typo.ts';

export const GET: APIRoute = async () => {
  const kb = await loadKnowledgeBase();
  return new Response(`${JSON.stringify(searchWords([...kb.entities.values()].map((entity) => entity.label)))}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
