/**
 * How the graph is drawn, shared by the build-time layout (node sizes), the /graph/ explorer,
 * the local graphs and the benchmark: node kind by colour and shape (from visual.ts), edge type
 * by line style (evidence for and against also by colour, from visual.ts), and the highlight classes the scripts toggle.
 */
import type { Css, CytoscapeOptions, StylesheetJson, StylesheetStyle } from 'cytoscape';
import type { EntityKind } from './kb.ts';
import type { GraphEdgeType, Position } from './graph.ts';
import { LABEL_SIDE_DIRECTIONS, LABEL_SIDES, type LabelSide } from './label-placement.ts';
import { EDGE_COLOURS, KIND_STYLES } from './visual.ts';
import { GRAPH_CLASSES } from './graph-classes.ts';

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
export const STRONG_EDGES: readonly GraphEdgeType[] = ['influenced', 'supports', 'contradicts'];

/** Page colours the canvas follows (read from CSS so light and dark themes both work). */
export interface GraphColours {
  /** Label text. */
  text: string;
  /** Page background, used as the halo behind labels. */
  background: string;
  /** Ordinary edges: the page's `--graph-line`, at least 3:1 against the background. */
  line: string;
  /** Focus ring and selected edge. */
  focus: string;
  /** Fill of each kind's nodes as the page's legend draws it (`--person`, `--work`…), where the page defines it; KIND_STYLES otherwise. */
  kinds?: Partial<Record<EntityKind, string>>;
  /** Line colour of the connection kinds that have one (EDGE_COLOURS), as the page's legend draws it; EDGE_COLOURS otherwise. */
  edges?: Partial<Record<GraphEdgeType, string>>;
}

export { GRAPH_CLASSES };

/** The class that puts a node's label on each side of it; below, the default, needs none. */
export const LABEL_SIDE_CLASSES = Object.fromEntries(LABEL_SIDES.map((side) => [side, side === 'below' ? undefined : `label-${side}`])) as Record<LabelSide, string | undefined>;

/** Cytoscape's alignment of a label on each side of its node: towards -1, centred (0) or towards 1, across and down. */
const LABEL_ALIGN = { x: ['left', 'center', 'right'], y: ['top', 'center', 'bottom'] } as const;

/** The style that draws a label on `side` of its node, `margin` pixels off it: every property of its position, so no other rule's are left in force. */
function labelSideStyle(side: LabelSide, margin: number): Css.Node {
  const { x, y } = LABEL_SIDE_DIRECTIONS[side];
  return { 'text-halign': LABEL_ALIGN.x[x + 1], 'text-valign': LABEL_ALIGN.y[y + 1], 'text-margin-x': x * margin, 'text-margin-y': y * margin };
}

/** Label text size at zoom 1, in pixels (the focused node and a local graph's centre: LEAD_LABEL_SIZE). */
export const LABEL_SIZE = 9;

/** Label text size of the focused node and of a local graph's centre at zoom 1, in pixels. */
export const LEAD_LABEL_SIZE = 11;

/** Widest a label is drawn at zoom 1, in pixels; a longer one ends in an ellipsis. */
export const LABEL_MAX_WIDTH = 110;

/** Widest the focused node's or a local graph's centre's label is drawn at zoom 1, in pixels: the name the reader came for, so mostly whole ("Baidu Silicon Valley AI Lab"). */
export const LEAD_LABEL_MAX_WIDTH = 240;

/**
 * Widths at zoom 1, in pixels, that the focused node's or a local graph's centre's label may be cut
 * to, widest first: it gets the widest at which it covers no other node, so a crowded neighbourhood
 * keeps every node in sight; the narrowest where none does.
 */
export const LEAD_LABEL_WIDTHS = [LEAD_LABEL_MAX_WIDTH, 170, LABEL_MAX_WIDTH] as const;

/** The class that cuts a lead's label to each of LEAD_LABEL_WIDTHS but the widest, which needs none. */
export const LEAD_WIDTH_CLASSES: readonly (string | undefined)[] = LEAD_LABEL_WIDTHS.map((width, index) => (index === 0 ? undefined : `lead-width-${width}`));

/** The class that draws a node's label on the two lines in its TWO_LINES_DATA, where the label placement found them room (see `twoLines`). */
export const TWO_LINES_CLASS = 'label-two-lines';

/** The node data field that holds a label's two lines, joined by a line break. */
export const TWO_LINES_DATA = 'labelLines';

/** Space between a node and its label at zoom 1, in pixels. */
export const LABEL_MARGIN = 3;

/** Below this size on screen, in pixels, Cytoscape draws no label. */
export const MIN_LABEL_PX = 7;

/** Label text size on screen in graphs that cannot be zoomed (the local graphs), in pixels. */
export const FIXED_LABEL_PX = 11;

/**
 * How many times LABEL_SIZE (and the label widths) a graph's labels are drawn at zoom 1 when the view
 * is at `zoom`: where the reader can zoom, labels grow with the zoom but never shrink below LABEL_SIZE
 * on screen (the whole graph in view stays readable); a graph that cannot be zoomed draws them at
 * FIXED_LABEL_PX.
 */
export function labelScaleAt(zoom: number, zoomable: boolean): number {
  return zoomable ? lineScaleAt(zoom) : FIXED_LABEL_PX / (LABEL_SIZE * zoom);
}

/** How many times its width at zoom 1 a graph's line is drawn when the view is at `zoom`: zoomed out, never thinner on screen than that width. */
export function lineScaleAt(zoom: number): number {
  return Math.max(1, 1 / zoom);
}

/** Cytoscape's default font, the one labels are drawn in. */
export const LABEL_FONT_FAMILY = 'Helvetica Neue, Helvetica, sans-serif';

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
 * pixels with `padding` around them (FIT_PADDING unless given), centred, within ZOOM_LIMITS: what
 * Cytoscape's `fit` gives for unlabelled nodes, without its measuring every element first.
 */
export function fittedViewport(positions: Iterable<Position>, width: number, height: number, padding = { x: FIT_PADDING, y: FIT_PADDING }): Viewport {
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { x, y } of positions) {
    left = Math.min(left, x);
    right = Math.max(right, x);
    top = Math.min(top, y);
    bottom = Math.max(bottom, y);
  }
  if (left > right) return { zoom: 1, pan: { x: width / 2, y: height / 2 } };
  const [boxWidth, boxHeight] = [right - left + NODE_SIZE, bottom - top + NODE_SIZE];
  const fit = Math.min((width - 2 * padding.x) / boxWidth, (height - 2 * padding.y) / boxHeight);
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

/** The line (and, where arrows are drawn, arrowhead) colour of an edge kind that has one of its own (EDGE_COLOURS), or nothing. */
function edgeColour(type: GraphEdgeType, colours: GraphColours, large: boolean): Css.Edge {
  const own = EDGE_COLOURS[type];
  if (!own) return {};
  const colour = colours.edges?.[type] ?? own.color;
  return large ? { 'line-color': colour } : { 'line-color': colour, 'target-arrow-color': colour };
}

/**
 * The Cytoscape stylesheet of every graph on the site. Other graphs label the nodes whose labels fit
 * (`labelled`), the hovered one and the focused one; large graphs draw cheaper straight edges without
 * arrowheads or borders and name only the focused node (the panel and the list name the
 * rest): Cytoscape applies every property of a rule to every element it matches, so at thousands of
 * elements each property left out of the common rules saves load time. `labelScale` scales label
 * text and width, so a graph that cannot be zoomed can draw its labels at FIXED_LABEL_PX; `lineScale`
 * scales the lines of other graphs, so a zoomed-out view keeps them at least a pixel wide.
 */
export function graphStylesheet(colours: GraphColours, nodeCount = 0, labelScale = 1, lineScale = 1): StylesheetJson {
  const kinds = Object.entries(KIND_STYLES) as [EntityKind, (typeof KIND_STYLES)[EntityKind]][];
  const edges = Object.entries(EDGE_LINE_STYLES) as [GraphEdgeType, Css.LineStyle][];
  const large = isLargeGraph(nodeCount);
  /** A line's width at zoom 1 times this: a large graph's lines are never rescaled. */
  const widths = large ? 1 : lineScale;
  const labelText: Css.Node = {
    'font-size': LABEL_SIZE * labelScale,
    color: colours.text,
    ...labelSideStyle('below', LABEL_MARGIN * labelScale),
    'text-wrap': 'ellipsis',
    'text-max-width': `${LABEL_MAX_WIDTH * labelScale}px`,
    'text-background-color': colours.background,
    'text-background-opacity': 0.7,
    'text-background-padding': '1px',
    'min-zoomed-font-size': MIN_LABEL_PX,
  };
  const label: Css.Node = { ...labelText, label: 'data(label)' };
  const size: Css.Node = { width: NODE_SIZE, height: NODE_SIZE };
  const edge: Css.Edge = large
    ? { width: 1, 'line-color': colours.line, 'curve-style': 'haystack', 'haystack-radius': 0 }
    : { width: widths, 'line-color': colours.line, 'target-arrow-color': colours.line, 'target-arrow-shape': 'triangle', 'arrow-scale': 0.7, 'curve-style': 'bezier' };
  return [
    { selector: 'node', style: large ? size : { ...size, 'border-width': 1.5, 'border-color': colours.background, ...labelText } },
    ...kinds.map(([kind, style]): StylesheetStyle => ({ selector: `node[type = "${kind}"]`, style: { 'background-color': colours.kinds?.[kind] ?? style.color, shape: style.shape } })),
    { selector: 'edge', style: edge },
    // A kind's colour goes into its line-style rule rather than a rule of its own: a large graph gets no more rules to match.
    ...edges.map(([type, line]): StylesheetStyle => ({ selector: `edge[type = "${type}"]`, style: { 'line-style': line, ...edgeColour(type, colours, large) } })),
    { selector: STRONG_EDGES.map((type) => `edge[type = "${type}"]`).join(', '), style: { width: 2 * widths } },
    { selector: `.${GRAPH_CLASSES.faded}`, style: { opacity: 0.12 } },
    { selector: `.${GRAPH_CLASSES.filtered}`, style: { display: 'none' } },
    ...(large
      ? []
      : [
          { selector: `node.${GRAPH_CLASSES.labelled}, node.${GRAPH_CLASSES.hovered}`, style: { label: 'data(label)' } },
        ] satisfies StylesheetStyle[]),
    { selector: `node.${GRAPH_CLASSES.focused}, node.${GRAPH_CLASSES.centre}`, style: { ...label, 'border-width': 4, 'border-color': colours.focus, 'font-size': LEAD_LABEL_SIZE * labelScale, 'font-weight': 'bold', 'text-max-width': `${LEAD_LABEL_MAX_WIDTH * labelScale}px` } },
    // After the lead's rule, which repeats the label's position below and its widest cut: a lead placed on another side, or cut narrower, is drawn so.
    ...(large
      ? []
      : [
          ...LABEL_SIDES.flatMap((side): StylesheetStyle[] => {
            const name = LABEL_SIDE_CLASSES[side];
            return name ? [{ selector: `node.${name}`, style: labelSideStyle(side, LABEL_MARGIN * labelScale) }] : [];
          }),
          ...LEAD_LABEL_WIDTHS.flatMap((width, index): StylesheetStyle[] => {
            const name = LEAD_WIDTH_CLASSES[index];
            return name ? [{ selector: `node.${name}`, style: { 'text-max-width': `${width * labelScale}px` } }] : [];
          }),
          // After the lead's rule, whose label would otherwise be the one-line one.
          { selector: `node.${TWO_LINES_CLASS}`, style: { label: `data(${TWO_LINES_DATA})`, 'text-wrap': 'wrap' } satisfies Css.Node },
        ]),
    { selector: 'edge:selected', style: { width: 4 * widths, 'line-color': colours.focus, 'target-arrow-color': colours.focus, opacity: 1 } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': colours.focus } },
  ];
}
