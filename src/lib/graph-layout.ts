/**
 * Build-time layout with headless Cytoscape: the whole graph with fcose, seeded so the same graph
 * always gets the same positions; local graphs as rings around their centre. Browsers then only
 * draw the stored positions (`preset`), they never run a force layout.
 */
import cytoscape, { type ElementsDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { neighbourhoods, type GraphElements, type LaidOutGraph, type Neighbourhood, type NeighbourhoodOptions, type Position } from './graph.ts';
import { byLabelRank, leadTie, linkTypesToLeads } from './label-priority.ts';
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

/** Lay out `graph` (nodes and edges in id order, so input order does not matter) in a headless Cytoscape and read back every position. */
function headless(graph: GraphElements, layout: cytoscape.LayoutOptions, { styled = true } = {}): Map<string, Position> {
  const elements: ElementsDefinition = {
    nodes: [...graph.nodes].sort(byId).map((node) => ({ data: { id: node.data.id } })),
    edges: [...graph.edges].sort(byId).map((edge) => ({ data: { id: edge.data.id, source: edge.data.source, target: edge.data.target } })),
  };
  // The layout is given to the constructor, which otherwise runs one of its own (putting every node at 0, 0) first.
  // Styled, fcose reads node sizes; unstyled, every node measures 1 and an instance costs a tenth. destroy() or the process never exits.
  const cy = styled
    ? cytoscape({ headless: true, styleEnabled: true, elements, layout, style: [{ selector: 'node', style: { width: NODE_SIZE, height: NODE_SIZE } }] })
    : cytoscape({ headless: true, styleEnabled: false, elements, layout });
  try {
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
  const positions = withSeededMathRandom(seed, () =>
    headless(
      graph,
      {
        name: 'fcose',
        quality: chosen,
        randomize: true,
        animate: false,
        fit: false,
        nodeSeparation: 90,
        idealEdgeLength: () => 70,
        nodeRepulsion: () => 9000,
      } as cytoscape.LayoutOptions,
      // The draft (spectral) layout ignores node sizes, and styling tens of thousands of elements costs a quarter of its time.
      { styled: chosen !== 'draft' }
    )
  );
  // A draft layout of thousands of nodes is too dense to part locally (ten thousand nodes took minutes); such graphs draw no labels and are drawn whole.
  if (chosen === 'draft') return withPositions(graph, positions);
  const ids = [...positions.keys()];
  const spaced = spaceNodes([...positions.values()], MIN_NODE_DISTANCE);
  return withPositions(graph, new Map(ids.map((id, index) => [id, { x: round(spaced[index]!.x), y: round(spaced[index]!.y) }])));
}

/** Where a local graph's rings start, clockwise on screen: at the top. */
const RING_START = (3 / 2) * Math.PI;

/**
 * The places of a ring of `count` nodes (0 at the top, then clockwise) from the one with most room
 * for a label to the one with least. Labels run across: the node at the top and the one at the
 * bottom have the space above or below the ring to themselves; along the sides, neighbours lie
 * mostly above one another, so their labels stack; near the top and the bottom, neighbours lie
 * side by side and their labels collide.
 */
export function placesByLabelRoom(count: number): number[] {
  const room = (place: number) => {
    const angle = RING_START + (2 * Math.PI * place) / count;
    const atTopOrBottom = Math.abs(Math.cos(angle)) < 1e-9;
    return atTopOrBottom ? 2e6 : Math.round(Math.abs(Math.cos(angle)) * 1e6);
  };
  return [...Array(count).keys()].sort((a, b) => room(b) - room(a) || a - b);
}

/**
 * Each node's place on its ring, by id: the nodes of each ring in the order a drawing offers them a
 * label (`byLabelRank`, the centre being the lead) take its places from the one with most room for
 * a label (`placesByLabelRoom`), so the evidence around a claim is labelled before what it is only about.
 */
function ringPlaces(slice: Neighbourhood): Map<string, { place: number; count: number }> {
  const typesToCentre = linkTypesToLeads(slice.edges.map(({ data }) => data), (id) => id === slice.centre);
  const degrees = new Map<string, number>();
  for (const { data } of slice.edges) for (const end of [data.source, data.target]) degrees.set(end, (degrees.get(end) ?? 0) + 1);
  const places = new Map<string, { place: number; count: number }>();
  for (const hop of new Set(slice.hops.values())) {
    const ring = [...slice.hops]
      .filter(([, each]) => each === hop)
      .map(([id]) => ({ id, tie: leadTie(id === slice.centre, typesToCentre.get(id) ?? []), degree: degrees.get(id) ?? 0 }))
      .sort(byLabelRank);
    const byRoom = placesByLabelRoom(ring.length);
    ring.forEach(({ id }, rank) => places.set(id, { place: byRoom[rank]!, count: ring.length }));
  }
  return places;
}

/**
 * A neighbourhood laid out as rings: the centre in the middle, each further hop on a wider ring, its
 * nodes placed as `ringPlaces` says (Cytoscape places a ring's nodes clockwise by falling concentric
 * value, so a fraction below half a ring's step orders them within it).
 */
export function layoutNeighbourhood(slice: Neighbourhood): LaidOut<Neighbourhood> {
  const farthest = Math.max(...slice.hops.values());
  const places = ringPlaces(slice);
  const order = (id: string) => {
    const { place, count } = places.get(id)!;
    return (count - place) / (2 * count + 2);
  };
  const positions = headless(
    slice,
    {
      name: 'concentric',
      concentric: (node) => farthest - (slice.hops.get(node.id()) ?? farthest) + order(node.id()),
      levelWidth: () => 0.5,
      // Rings keep NODE_SIZE * 2 between nodes of NODE_SIZE: unstyled nodes measure 1, so the rest goes in the spacing.
      minNodeSpacing: NODE_SIZE * 3 - 1,
      animate: false,
      fit: false,
      startAngle: RING_START,
    },
    { styled: false }
  );
  return withPositions(slice, evenRings(positions, slice));
}

/**
 * The rings of `positions` spread evenly out to the outermost: Cytoscape makes each ring just wide
 * enough for its nodes, so a few direct neighbours sit close round the centre, under its label, while
 * their neighbours get a wide ring; each inner ring is widened to its share of the outermost's radius.
 */
function evenRings(positions: Map<string, Position>, slice: Neighbourhood): Map<string, Position> {
  const centre = positions.get(slice.centre)!;
  const radius = (id: string) => Math.hypot(positions.get(id)!.x - centre.x, positions.get(id)!.y - centre.y);
  const farthest = Math.max(...slice.hops.values());
  const outermost = Math.max(0, ...[...slice.hops].filter(([, hop]) => hop === farthest).map(([id]) => radius(id)));
  return new Map(
    [...positions].map(([id, { x, y }]) => {
      const hop = slice.hops.get(id) ?? 0;
      const own = radius(id);
      const scale = hop === 0 || own === 0 ? 1 : Math.max(1, (outermost * hop) / farthest / own);
      return [id, { x: round(centre.x + (x - centre.x) * scale), y: round(centre.y + (y - centre.y) * scale) }];
    })
  );
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
