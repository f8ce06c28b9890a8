/**
 * The influence graph for pages and dev routes, built from the knowledge base once per build. Pages
 * need only its nodes and edges; positions are computed for the dev routes (a build makes those
 * files in a worker, see src/integrations/derived-files.ts).
 */
import { loadKnowledgeBase } from './knowledge-base.ts';
import { buildGraph, LOCAL_GRAPH, neighbourhoods, type GraphElements, type LaidOutGraph, type Neighbourhood } from '../lib/graph.ts';
import { layoutGraph, layoutNeighbourhood } from '../lib/graph-layout.ts';

let elements: Promise<GraphElements> | undefined;
let laidOut: Promise<LaidOutGraph> | undefined;
let slices: Promise<(centre: string) => Neighbourhood> | undefined;

/** The whole graph's nodes and edges, without positions. */
export function loadGraphElements(): Promise<GraphElements> {
  elements ??= loadKnowledgeBase().then(buildGraph);
  return elements;
}

/** The whole graph with its layout positions (laid out once per process). */
export function loadGraph(): Promise<LaidOutGraph> {
  laidOut ??= loadGraphElements().then((graph) => layoutGraph(graph));
  return laidOut;
}

/** The neighbourhood of one entry as its local graph shows it (the graph is indexed once per build). */
export async function loadNeighbourhood(id: string): Promise<Neighbourhood> {
  slices ??= loadGraphElements().then((graph) => neighbourhoods(graph, LOCAL_GRAPH));
  return (await slices)(id);
}

/** The laid-out neighbourhood of one entry, as its local graph draws it. */
export async function loadLocalGraph(id: string) {
  return layoutNeighbourhood(await loadNeighbourhood(id));
}
