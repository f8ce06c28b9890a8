/**
 * `/graph.json` in `astro dev` only (injected by src/integrations/derived-files.ts): the whole
 * influence graph, positions included, in Cytoscape's elements format (an open data export).
 */
import type { APIRoute } from 'astro';
import { loadGraph } from '../data/graph.ts';
import { graphJson } from '../lib/graph-layout.ts';

export const GET: APIRoute = async () => new Response(graphJson(await loadGraph()), { headers: { 'content-type': 'application/json; charset=utf-8' } });
