/** The sources index as CSV (columns in SOURCE_COLUMN_DESCRIPTIONS), after a UTF-8 byte-order mark so that Excel reads Chinese labels correctly. */
import type { APIRoute } from 'astro';
import { loadSourceIndex } from '../data/sources.ts';
import { toCsv, UTF8_BOM } from '../lib/exports.ts';
import { SOURCE_COLUMNS, sourceRows, sourcesData } from '../lib/source-export.ts';
import { siteConfig } from '../site.config.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(UTF8_BOM + toCsv(sourceRows(sourcesData(await loadSourceIndex(), site ?? siteConfig.site)), SOURCE_COLUMNS), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
