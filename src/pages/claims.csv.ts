/** Every claim as CSV (columns in CLAIM_COLUMN_DESCRIPTIONS), after a UTF-8 byte-order mark so that Excel reads the Chinese correctly. */
import type { APIRoute } from 'astro';
import { loadKnowledgeBase } from '../data/knowledge-base.ts';
import { CLAIM_COLUMNS, claimRows, toCsv, UTF8_BOM } from '../lib/exports.ts';
import { siteConfig } from '../site.config.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(UTF8_BOM + toCsv(claimRows(await loadKnowledgeBase(), site ?? siteConfig.site), CLAIM_COLUMNS), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
