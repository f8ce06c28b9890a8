/** Every claim as JSON, the same rows as /claims.csv. */
import type { APIRoute } from 'astro';
import { loadKnowledgeBase } from '../data/knowledge-base.ts';
import { claimRows } from '../lib/exports.ts';
import { siteConfig } from '../site.config.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify(claimRows(await loadKnowledgeBase(), site ?? siteConfig.site), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
