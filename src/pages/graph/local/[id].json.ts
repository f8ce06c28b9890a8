/** `/graph/local/<id>.json`: one entry's neighbourhood with ring positions, fetched by its page's local graph. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadKnowledgeBase } from '../../../data/knowledge-base.ts';
import { loadLocalGraph } from '../../../data/graph.ts';

export const getStaticPaths = (async () => {
  const kb = await loadKnowledgeBase();
  return [...kb.entities.keys()].map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { centre, nodes, edges } = await loadLocalGraph(params.id!);
  return new Response(JSON.stringify({ centre, nodes, edges }), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
