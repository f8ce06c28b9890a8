/** The sources index as JSON: totals, then every source with the entries and fields that cite it (fields in SOURCE_COLUMN_DESCRIPTIONS). */
import type { APIRoute } from 'astro';
import { loadSourceIndex } from '../data/sources.ts';
import { sourcesData } from '../lib/source-export.ts';
import { siteConfig } from '../site.config.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify(sourcesData(await loadSourceIndex(), site ?? siteConfig.site), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
