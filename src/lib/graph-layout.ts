/**
 * Build-time layout with headless Cytoscape: the whole graph with fcose, seeded so the same graph
 * always gets the same positions; local graphs as rings around their centre. Browsers then only
 * draw the stored positions (`preset`), they never run a force layout.
 */
import cytoscape, { type Core, type ElementsDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { neighbourhoods, type GraphElements, type LaidOutGraph, type Neighbourhood, type NeighbourhoodOptions, type Position } from './graph.ts';
import { NODE_SIZE } from './graph-style.ts';
import { withSeededMathRandom } from './random.ts';
import { spaceNodes } from './node-spacing.ts';

cytoscape.use(fcose);

/** Options of `layoutGraph`. */
export interface LayoutOptions {
  /** Seed of the layout's randomness; the same seed and graph give the same positions. */
  seed?: number;
  /** fcose quality: `default` refines with forces, `draft` (spectral only) scales to thousands of nodes. */
  quality?: 'draft' | 'default';
}

/** Least distance between two node centres in a `default`-quality layout: a node and a half, so nodes never cover each other and each keeps room around it for the pointer. */
export const MIN_NODE_DISTANCE = NODE_SIZE * 1.5;

/** Above this many nodes the build lays out in fcose's `draft` quality, which stays within seconds. */
export const DRAFT_ABOVE_NODES = 500;

const byId = (a: { data: { id: string } }, b: { data: { id: string } }) => (a.data.id < b.data.id ? -1 : a.data.id > b.data.id ? 1 : 0);

/** Run `place` on a headless Cytoscape holding `graph` (nodes and edges in id order, so input order does not matter) and read back every position. */
function headless(graph: GraphElements, place: (cy: Core) => void, { styled = true } = {}): Map<string, Position> {
  const elements: ElementsDefinition = {
    nodes: [...graph.nodes].sort(byId).map((node) => ({ data: { id: node.data.id } })),
    edges: [...graph.edges].sort(byId).map((edge) => ({ data: { id: edge.data.id, source: edge.data.source, target: edge.data.target } })),
  };
  // Styled, fcose reads node sizes; unstyled, every node measures 1 and an instance costs a tenth. destroy() or the process never exits.
  const cy = styled
    ? cytoscape({ headless: true, styleEnabled: true, elements, style: [{ selector: 'node', style: { width: NODE_SIZE, height: NODE_SIZE } }] })
    : cytoscape({ headless: true, styleEnabled: false, elements });
  try {
    place(cy);
    return new Map(cy.nodes().map((node) => [node.id(), { x: round(node.position('x')), y: round(node.position('y')) }] as const));
  } finally {
    cy.destroy();
  }
}

const round = (value: number) => Math.round(value * 10) / 10;

/** `G` with a position on every node. */
export type LaidOut<G extends GraphElements> = Omit<G, 'nodes'> & LaidOutGraph;

/** Attach positions to the nodes of `graph`. */
function withPositions<G extends GraphElements>(graph: G, positions: Map<string, Position>): LaidOut<G> {
  return { ...graph, nodes: graph.nodes.map((node) => ({ ...node, position: positions.get(node.data.id)! })) };
}

/** The whole graph laid out by fcose, its nodes then spaced at least MIN_NODE_DISTANCE apart (in `default` quality); deterministic for a given seed (positions rounded to 0.1). */
export function layoutGraph(graph: GraphElements, { seed = 1, quality }: LayoutOptions = {}): LaidOutGraph {
  const chosen = quality ?? (graph.nodes.length > DRAFT_ABOVE_NODES ? 'draft' : 'default');
  const positions = headless(
    graph,
    (cy) =>
      withSeededMathRandom(seed, () =>
        cy
          .layout({
            name: 'fcose',
            quality: chosen,
            randomize: true,
            animate: false,
            fit: false,
            nodeSeparation: 90,
            idealEdgeLength: () => 70,
            nodeRepulsion: () => 9000,
          } as cytoscape.LayoutOptions)
          .run()
      ),
    // The draft (spectral) layout ignores node sizes, and styling tens of thousands of elements costs a quarter of its time.
    { styled: chosen !== 'draft' }
  );
  // A draft layout of thousands of nodes is too dense to part locally (ten thousand nodes took minutes); such graphs draw no labels and are drawn whole.
  if (chosen === 'draft') return withPositions(graph, positions);
  const ids = [...positions.keys()];
  const spaced = spaceNodes([...positions.values()], MIN_NODE_DISTANCE);
  return withPositions(graph, new Map(ids.map((id, index) => [id, { x: round(spaced[index]!.x), y: round(spaced[index]!.y) }])));
}

/** A neighbourhood laid out as rings: the centre in the middle, each further hop on a wider ring. */
export function layoutNeighbourhood(slice: Neighbourhood): LaidOut<Neighbourhood> {
  const farthest = Math.max(...slice.hops.values());
  const positions = headless(slice, (cy) =>
    cy
      .layout({
        name: 'concentric',
        concentric: (node) => farthest - (slice.hops.get(node.id()) ?? farthest),
        levelWidth: () => 1,
        // Rings keep NODE_SIZE * 2 between nodes of NODE_SIZE: unstyled nodes measure 1, so the rest goes in the spacing.
        minNodeSpacing: NODE_SIZE * 3 - 1,
        animate: false,
        fit: false,
        startAngle: (3 / 2) * Math.PI,
      })
      .run(),
    { styled: false }
  );
  return withPositions(slice, positions);
}

/** The text of `/graph.json`: the laid-out whole graph in Cytoscape's elements format. */
export function graphJson({ nodes, edges }: LaidOutGraph): string {
  return JSON.stringify({ nodes, edges });
}

/** The text of `/graph/local/<id>.json`: a laid-out neighbourhood with its centre, as an entry page's local graph fetches it. */
export function localGraphJson({ centre, nodes, edges }: LaidOut<Neighbourhood>): string {
  return JSON.stringify({ centre, nodes, edges });
}

/** Every node's local graph file, `[id, text of /graph/local/<id>.json]`, laid out one at a time as they are taken, from the laid-out whole graph (as `/graph.json` holds it). */
export function* localGraphFiles(graph: GraphElements, options: NeighbourhoodOptions): Generator<[string, string]> {
  const sliceOf = neighbourhoods(graph, options);
  for (const node of graph.nodes) yield [node.data.id, localGraphJson(layoutNeighbourhood(sliceOf(node.data.id)))];
}
