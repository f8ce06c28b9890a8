/** Every work of the atlas as BibTeX, produced by citation.js from the same data as the work pages. */
import type { APIRoute } from 'astro';
import { loadKnowledgeBase } from '../data/knowledge-base.ts';
import { bibliographyItems, CITATION_FORMATS, formatCitations } from '../lib/cite.ts';

export const GET: APIRoute = async () =>
  new Response(formatCitations(bibliographyItems(await loadKnowledgeBase()), 'bibtex'), {
    headers: { 'Content-Type': `${CITATION_FORMATS.bibtex.mediaType}; charset=utf-8` },
  });
