/**
 * How the graph is drawn, shared by the build-time layout (node sizes), the /graph/ explorer,
 * the local graphs and the benchmark: node kind by colour and shape (from visual.ts), edge type
 * by line style, and the highlight classes the scripts toggle.
 */
import type { Css, CytoscapeOptions, StylesheetJson, StylesheetStyle } from 'cytoscape';
import type { EntityKind } from './kb.ts';
import type { GraphEdgeType, Position } from './graph.ts';
import { KIND_STYLES } from './visual.ts';

/** Width and height of every node, in layout units. */
export const NODE_SIZE = 22;

/** Line style of each edge type, so types differ by more than colour. */
export const EDGE_LINE_STYLES: Record<GraphEdgeType, 'solid' | 'dashed' | 'dotted'> = {
  authored: 'solid',
  member_of: 'dotted',
  part_of: 'dotted',
  cites: 'solid',
  influenced: 'solid',
  made_claim: 'solid',
  about: 'dashed',
  supports: 'solid',
  contradicts: 'dashed',
  context: 'dotted',
  involved: 'dotted',
  does_not_cite: 'dashed',
};

/** Edge types drawn heavier because they carry the story: influence and evidence. */
const STRONG_EDGES: readonly GraphEdgeType[] = ['influenced', 'supports', 'contradicts'];

/** Page colours the canvas follows (read from CSS so light and dark themes both work). */
export interface GraphColours {
  /** Label text. */
  text: string;
  /** Page background, used as the halo behind labels. */
  background: string;
  /** Ordinary edges. */
  line: string;
  /** Focus ring and selected edge. */
  focus: string;
}

/** Class names the scripts put on elements. */
export const GRAPH_CLASSES = {
  /** Outside the highlighted neighbourhood. */
  faded: 'faded',
  /** The node whose neighbourhood is highlighted. */
  focused: 'focused',
  /** The centre of a local graph. */
  centre: 'centre',
  /** Removed by the explorer's filters. */
  filtered: 'filtered',
} as const;

/** From this many nodes on, drawing trades detail for speed (see `graphStylesheet` and `rendererOptions`). */
export const LARGE_GRAPH_NODES = 1000;

/** A large graph's edges are drawn after its first frame in at most this many batches (see `edgeBatches`). */
export const EDGE_BATCHES = 4;

/** A batch of edges is never smaller than this, so a graph of a few thousand edges is not split into slivers. */
export const MIN_EDGE_BATCH = 1000;

/**
 * How the edges of a graph of `nodeCount` nodes are drawn, as [start, end) ranges of its edge list:
 * none before the first frame of a large graph (which shows its nodes and can be panned and zoomed at
 * once), then every edge, in order, in a few batches drawn on later frames. Every frame redraws all
 * edges already added, so batches are few and large rather than many and small.
 */
export function edgeBatches(nodeCount: number, edgeCount: number): { first: number; later: [number, number][] } {
  if (!isLargeGraph(nodeCount)) return { first: edgeCount, later: [] };
  const size = Math.max(MIN_EDGE_BATCH, Math.ceil(edgeCount / EDGE_BATCHES));
  const later: [number, number][] = [];
  for (let start = 0; start < edgeCount; start += size) later.push([start, Math.min(edgeCount, start + size)]);
  return { first: 0, later };
}

/** True when a graph of `nodeCount` nodes is drawn the cheaper way (see `graphStylesheet` and `rendererOptions`). */
export const isLargeGraph = (nodeCount: number): boolean => nodeCount >= LARGE_GRAPH_NODES;

/** Zoom limits of every graph canvas. */
export const ZOOM_LIMITS = { min: 0.02, max: 4 } as const;

/** Space left between a fitted graph and the edge of its canvas, in pixels. */
export const FIT_PADDING = 24;

/** A Cytoscape viewport: zoom factor and the pan offset in pixels. */
export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/**
 * The viewport that fits nodes of NODE_SIZE at `positions` into a canvas of `width` × `height`
 * pixels with FIT_PADDING around them, centred, within ZOOM_LIMITS: what Cytoscape's `fit` gives for
 * unlabelled nodes, without its measuring every element first.
 */
export function fittedViewport(positions: Iterable<Position>, width: number, height: number): Viewport {
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { x, y } of positions) {
    left = Math.min(left, x);
    right = Math.max(right, x);
    top = Math.min(top, y);
    bottom = Math.max(bottom, y);
  }
  if (left > right) return { zoom: 1, pan: { x: width / 2, y: height / 2 } };
  const [boxWidth, boxHeight] = [right - left + NODE_SIZE, bottom - top + NODE_SIZE];
  const fit = Math.min((width - 2 * FIT_PADDING) / boxWidth, (height - 2 * FIT_PADDING) / boxHeight);
  const zoom = Math.min(ZOOM_LIMITS.max, Math.max(ZOOM_LIMITS.min, fit));
  return { zoom, pan: { x: (width - zoom * (left + right)) / 2, y: (height - zoom * (top + bottom)) / 2 } };
}

/** Renderer options for a graph of `nodeCount` nodes (positions are preset, nodes cannot be dragged). */
export function rendererOptions(nodeCount: number): CytoscapeOptions {
  const large = isLargeGraph(nodeCount);
  return {
    minZoom: ZOOM_LIMITS.min,
    maxZoom: ZOOM_LIMITS.max,
    boxSelectionEnabled: false,
    autoungrabify: true,
    hideEdgesOnViewport: large,
    textureOnViewport: large,
    pixelRatio: large ? 1 : 'auto',
  };
}

/**
 * The Cytoscape stylesheet of every graph on the site. Large graphs draw cheaper straight edges
 * without arrowheads, borders or translucency and name only the focused node (the panel and the list
 * name the rest): Cytoscape applies every property of a rule to every element it matches, so at
 * thousands of elements each property left out of the common rules saves load time.
 */
export function graphStylesheet(colours: GraphColours, nodeCount = 0): StylesheetJson {
  const kinds = Object.entries(KIND_STYLES) as [EntityKind, (typeof KIND_STYLES)[EntityKind]][];
  const edges = Object.entries(EDGE_LINE_STYLES) as [GraphEdgeType, Css.LineStyle][];
  const large = isLargeGraph(nodeCount);
  const label: Css.Node = {
    label: 'data(label)',
    'font-size': 9,
    color: colours.text,
    'text-valign': 'bottom',
    'text-margin-y': 3,
    'text-wrap': 'ellipsis',
    'text-max-width': '110px',
    'text-background-color': colours.background,
    'text-background-opacity': 0.7,
    'text-background-padding': '1px',
    'min-zoomed-font-size': 7,
  };
  const size: Css.Node = { width: NODE_SIZE, height: NODE_SIZE };
  const edge: Css.Edge = large
    ? { width: 1, 'line-color': colours.line, 'curve-style': 'haystack', 'haystack-radius': 0 }
    : { width: 1, 'line-color': colours.line, 'target-arrow-color': colours.line, 'target-arrow-shape': 'triangle', 'arrow-scale': 0.7, 'curve-style': 'bezier', opacity: 0.8 };
  return [
    { selector: 'node', style: large ? size : { ...size, 'border-width': 1.5, 'border-color': colours.background, ...label } },
    ...kinds.map(([kind, style]): StylesheetStyle => ({ selector: `node[type = "${kind}"]`, style: { 'background-color': style.color, shape: style.shape } })),
    { selector: 'edge', style: edge },
    ...edges.map(([type, line]): StylesheetStyle => ({ selector: `edge[type = "${type}"]`, style: { 'line-style': line } })),
    { selector: STRONG_EDGES.map((type) => `edge[type = "${type}"]`).join(', '), style: { width: 2 } },
    { selector: `.${GRAPH_CLASSES.faded}`, style: { opacity: 0.12 } },
    { selector: `.${GRAPH_CLASSES.filtered}`, style: { display: 'none' } },
    { selector: `node.${GRAPH_CLASSES.focused}, node.${GRAPH_CLASSES.centre}`, style: { ...label, 'border-width': 4, 'border-color': colours.focus, 'font-size': 11, 'font-weight': 'bold' } },
    { selector: 'edge:selected', style: { width: 4, 'line-color': colours.focus, 'target-arrow-color': colours.focus, opacity: 1 } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': colours.focus } },
  ];
}
