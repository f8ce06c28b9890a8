/** Every claim as CSV: statement, original words, claimant, date, verdict, evidence count, page address. */
import type { APIRoute } from 'astro';
import { loadKnowledgeBase } from '../data/knowledge-base.ts';
import { CLAIM_COLUMNS, claimRows, toCsv } from '../lib/exports.ts';
import { siteConfig } from '../site.config.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(toCsv(claimRows(await loadKnowledgeBase(), site ?? siteConfig.site), CLAIM_COLUMNS), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
