/**
 * `/graph/local/<id>.json` in `astro dev` only (injected by src/integrations/derived-files.ts): a
 * build makes every entry's file in a worker instead, without Astro's per-route cost.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadKnowledgeBase } from '../data/knowledge-base.ts';
import { loadLocalGraph } from '../data/graph.ts';
import { localGraphJson } from '../lib/graph-layout.ts';

export const getStaticPaths = (async () => {
  const kb = await loadKnowledgeBase();
  return [...kb.entities.keys()].map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(localGraphJson(await loadLocalGraph(params.id!)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
