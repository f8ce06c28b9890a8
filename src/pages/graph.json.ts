/** `/graph.json`: the whole influence graph, positions included, in Cytoscape's elements format (an open data export). */
import type { APIRoute } from 'astro';
import { loadGraph } from '../data/graph.ts';

export const GET: APIRoute = async () => {
  const { nodes, edges } = await loadGraph();
  return new Response(JSON.stringify({ nodes, edges }), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
