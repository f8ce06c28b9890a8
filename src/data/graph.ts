/**
 * The laid-out influence graph for pages and endpoints: built from the knowledge base and laid out
 * once per build, with one neighbourhood slice per entry for the local graphs.
 */
import { loadKnowledgeBase } from './knowledge-base.ts';
import { buildGraph, LOCAL_GRAPH, neighbourhoods, type LaidOutGraph, type Neighbourhood } from '../lib/graph.ts';
import { layoutGraph, layoutNeighbourhood } from '../lib/graph-layout.ts';

let cached: Promise<LaidOutGraph> | undefined;
let slices: Promise<(centre: string) => Neighbourhood> | undefined;

/** The whole graph with build-time positions (laid out once per build). */
export function loadGraph(): Promise<LaidOutGraph> {
  cached ??= loadKnowledgeBase().then((kb) => layoutGraph(buildGraph(kb)));
  return cached;
}

/** The neighbourhood of one entry as its local graph shows it (the graph is indexed once per build). */
export async function loadNeighbourhood(id: string): Promise<Neighbourhood> {
  slices ??= loadGraph().then((graph) => neighbourhoods(graph, LOCAL_GRAPH));
  return (await slices)(id);
}

/** The laid-out neighbourhood of one entry, as its local graph draws it. */
export async function loadLocalGraph(id: string) {
  return layoutNeighbourhood(await loadNeighbourhood(id));
}
