/** Every work of the atlas as CSL-JSON, produced by citation.js from the same data as the work pages. */
import type { APIRoute } from 'astro';
import { loadKnowledgeBase } from '../data/knowledge-base.ts';
import { bibliographyItems, formatCitations } from '../lib/cite.ts';
import { CITATION_FORMATS } from '../lib/citation-formats.ts';

export const GET: APIRoute = async () =>
  new Response(formatCitations(bibliographyItems(await loadKnowledgeBase()), 'csl'), {
    headers: { 'Content-Type': `${CITATION_FORMATS.csl.mediaType}; charset=utf-8` },
  });
