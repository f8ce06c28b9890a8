/**
 * How the graph is drawn, shared by the build-time layout (node sizes), the /graph/ explorer,
 * the local graphs and the benchmark: node kind by colour and shape (from visual.ts), edge type
 * by line style, and the highlight classes the scripts toggle.
 */
import type { Css, CytoscapeOptions, StylesheetJson, StylesheetStyle } from 'cytoscape';
import type { EntityKind } from './kb.ts';
import type { GraphEdgeType } from './graph.ts';
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

/** Renderer options for a graph of `nodeCount` nodes (positions are preset, nodes cannot be dragged). */
export function rendererOptions(nodeCount: number): CytoscapeOptions {
  const large = nodeCount >= LARGE_GRAPH_NODES;
  return {
    minZoom: 0.02,
    maxZoom: 4,
    boxSelectionEnabled: false,
    autoungrabify: true,
    hideEdgesOnViewport: large,
    textureOnViewport: large,
    pixelRatio: large ? 1 : 'auto',
  };
}

/**
 * The Cytoscape stylesheet of every graph on the site. Large graphs draw cheaper straight edges
 * without arrowheads and name only the focused node (the panel and the list name the rest).
 */
export function graphStylesheet(colours: GraphColours, nodeCount = 0): StylesheetJson {
  const kinds = Object.entries(KIND_STYLES) as [EntityKind, (typeof KIND_STYLES)[EntityKind]][];
  const edges = Object.entries(EDGE_LINE_STYLES) as [GraphEdgeType, Css.LineStyle][];
  const large: StylesheetStyle[] =
    nodeCount >= LARGE_GRAPH_NODES
      ? [
          { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0 } },
          { selector: 'node', style: { label: '' } },
        ]
      : [];
  return [
    {
      selector: 'node',
      style: {
        width: NODE_SIZE,
        height: NODE_SIZE,
        'border-width': 1.5,
        'border-color': colours.background,
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
      },
    },
    ...kinds.map(([kind, style]): StylesheetStyle => ({ selector: `node[type = "${kind}"]`, style: { 'background-color': style.color, shape: style.shape } })),
    {
      selector: 'edge',
      style: {
        width: 1,
        'line-color': colours.line,
        'target-arrow-color': colours.line,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.7,
        'curve-style': 'bezier',
        opacity: 0.8,
      },
    },
    ...edges.map(([type, line]): StylesheetStyle => ({ selector: `edge[type = "${type}"]`, style: { 'line-style': line } })),
    { selector: STRONG_EDGES.map((type) => `edge[type = "${type}"]`).join(', '), style: { width: 2 } },
    ...large,
    { selector: `.${GRAPH_CLASSES.faded}`, style: { opacity: 0.12 } },
    { selector: `.${GRAPH_CLASSES.filtered}`, style: { display: 'none' } },
    { selector: `node.${GRAPH_CLASSES.focused}, node.${GRAPH_CLASSES.centre}`, style: { label: 'data(label)', 'border-width': 4, 'border-color': colours.focus, 'font-size': 11, 'font-weight': 'bold' } },
    { selector: 'edge:selected', style: { width: 4, 'line-color': colours.focus, 'target-arrow-color': colours.focus, opacity: 1 } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': colours.focus } },
  ];
}
