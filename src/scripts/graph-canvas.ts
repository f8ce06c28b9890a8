/**
 * Draw a laid-out graph with Cytoscape in the browser: stored positions (`preset`, no force layout),
 * the site's stylesheet in the page's colours (following theme changes), a click on a node opens its page (a touch on the
 * explorer's drawing shows the node first, see `nodeTapAction`; a finger's swipe scrolls the page and two fingers move
 * the explorer's graph, see graph-touch.ts), and hovering a
 * node of a graph below LARGE_GRAPH_NODES highlights its neighbourhood and names it. Such a graph labels the nodes whose
 * labels fit without covering each other, again after every zoom. Shared by the /graph/ explorer, the local graphs and
 * the graph benchmark. A large graph shows its nodes first, ready to pan and zoom, and its edges a few frames later.
 */
import cytoscape, { type Core, type EdgeCollection, type NodeSingular } from 'cytoscape';
import type { GraphEdgeType, GraphElements } from '../lib/graph.ts';
import {
  edgeBatches,
  FIT_PADDING,
  FIXED_LABEL_PX,
  labelScaleAt,
  lineScaleAt,
  fittedViewport,
  GRAPH_CLASSES,
  graphStylesheet,
  isLargeGraph,
  LABEL_FONT_FAMILY,
  LABEL_MARGIN,
  LABEL_MAX_WIDTH,
  LABEL_SIDE_CLASSES,
  LABEL_SIZE,
  LEAD_LABEL_SIZE,
  LEAD_LABEL_WIDTHS,
  LEAD_WIDTH_CLASSES,
  MIN_LABEL_PX,
  NODE_SIZE,
  rendererOptions,
  TWO_LINES_CLASS,
  TWO_LINES_DATA,
  type GraphColours,
} from '../lib/graph-style.ts';
import { clearOfNodes, LABEL_SIDES, labelBox, placeLabels, type Box, type LabelCandidate, type LabelSide } from '../lib/label-placement.ts';
import { byLabelRank, leadTie, linkTypesToLeads } from '../lib/label-priority.ts';
import { twoLines } from '../lib/label-lines.ts';
import { isShown } from '../lib/graph-classes.ts';
import { EDGE_COLOURS, KIND_STYLES } from '../lib/visual.ts';
import { fingerAt, fingerMoved, isTouchInput, nodeTapAction, TOUCH_TAP_THRESHOLD, type ScreenPoint } from '../lib/graph-tap.ts';
import { letSwipesScroll, moveWithTwoFingers } from './graph-touch.ts';
import type { EntityKind } from '../lib/kb.ts';
import { withBase } from '../lib/urls.ts';

/** A canvas container; the Cytoscape instance is kept on it for tests and console debugging. */
export interface GraphCanvasElement extends HTMLElement {
  cy?: Core;
}

/** Options of `drawGraph`. */
export interface DrawOptions {
  /** Site base path, for node links. */
  base: string;
  /**
   * True where the reader can pan and zoom (the explorer): the mouse drags and wheel-zooms the graph,
   * two fingers drag and pinch it. False for small embedded graphs: the mouse wheel keeps scrolling the
   * page. A finger's swipe scrolls the page over both.
   */
  zoomable: boolean;
  /** Shown for a moment when a finger's swipe over a zoomable graph scrolls the page: it says that two fingers move the graph. */
  touchHint?: HTMLElement;
  /** Where the graph can show a node without leaving the page (the explorer's panel): a first touch on a node calls this instead of opening its page. */
  show?: (node: NodeSingular) => void;
  /** The node whose neighbourhood stays highlighted when the pointer leaves a node. */
  pinned?: () => NodeSingular | undefined;
  /** The node a local graph is drawn around: marked, and labelled first. */
  centre?: string;
}

/** The page's colours as the canvas needs them, read from the container's computed style and the custom properties of connections (`--graph-line`, or else the container's border colour) and kinds. */
export function pageColours(container: HTMLElement): GraphColours {
  const style = getComputedStyle(container);
  const kinds = Object.fromEntries((Object.keys(KIND_STYLES) as EntityKind[]).map((kind) => [kind, `--${kind}`]));
  const edges = Object.fromEntries(Object.entries(EDGE_COLOURS).map(([type, colour]) => [type, colour.property]));
  const line = themeColours({ line: '--graph-line' }).line ?? style.borderTopColor;
  return { text: style.color, background: style.backgroundColor, line, focus: style.outlineColor, kinds: themeColours(kinds), edges: themeColours(edges) };
}

/** Each named custom property's colour in the current theme (resolved, `light-dark()` included), for the properties the page defines. */
function themeColours<K extends string>(properties: Record<K, string>): Partial<Record<K, string>> {
  const root = getComputedStyle(document.documentElement);
  const probe = Object.assign(document.createElement('span'), { hidden: true });
  document.body.append(probe);
  const colours: Partial<Record<K, string>> = {};
  for (const [name, property] of Object.entries(properties) as [K, string][]) {
    if (!root.getPropertyValue(property).trim()) continue;
    probe.style.color = `var(${property})`;
    colours[name] = getComputedStyle(probe).color;
  }
  probe.remove();
  return colours;
}

/** Highlight `node` and its neighbours (or clear the highlight when there is no node). */
export function highlight(cy: Core, node: NodeSingular | undefined): void {
  cy.batch(() => {
    cy.elements().removeClass(GRAPH_CLASSES.faded);
    if (node) cy.elements().not(node.closedNeighborhood()).addClass(GRAPH_CLASSES.faded);
  });
}

/** A graph on its canvas: ready to pan and zoom, possibly with edges still to add. */
export interface DrawnGraph {
  cy: Core;
  /**
   * Add the edges the first frame left out (see `edgeBatches`), a batch after each drawn frame,
   * handing each batch to `onBatch` as it is added; resolves once every edge is in the graph.
   */
  addLaterEdges(onBatch?: (edges: EdgeCollection) => void): Promise<void>;
  /** Choose again which labels fit, after nodes were hidden, shown or focused (zooming does this itself). */
  relabel(): void;
  /** Fit every node into view, as the graph was first drawn. */
  fit(): void;
}

/** Resolves in a task of its own right after the next frame is drawn. */
const afterNextFrame = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));

/** A canvas with its Cytoscape instance made (renderer and stylesheet), waiting for its graph. */
export interface PreparedGraph {
  /** Draw `graph` at its stored positions, a large graph first without its edges. */
  draw(graph: GraphElements): DrawnGraph;
}

/** A Cytoscape instance for a graph of `nodeCount` nodes in `container`, empty. */
function emptyCanvas(container: GraphCanvasElement, nodeCount: number, options: DrawOptions): Core {
  return cytoscape({
    container,
    style: graphStylesheet(pageColours(container), nodeCount),
    ...rendererOptions(nodeCount),
    userZoomingEnabled: options.zoomable,
    // Without panning Cytoscape leaves a swipe's touchmove alone, so the page scrolls (see also `touch-action` on the container).
    userPanningEnabled: options.zoomable,
  });
}

/**
 * Make the canvas for a graph of about `nodeCount` nodes before its data has arrived, so that
 * creating Cytoscape overlaps the download; `draw` then adds the elements and wires node links and
 * hover highlights. A graph on the other side of LARGE_GRAPH_NODES than announced gets a canvas
 * made again for its size.
 */
export function prepareGraph(container: GraphCanvasElement, nodeCount: number, options: DrawOptions): PreparedGraph {
  let cy = emptyCanvas(container, nodeCount, options);
  return {
    draw(graph) {
      if (isLargeGraph(graph.nodes.length) !== isLargeGraph(nodeCount)) {
        cy.destroy();
        cy = emptyCanvas(container, graph.nodes.length, options);
      }
      return fill(cy, container, graph, options);
    },
  };
}

/** Draw `graph` into `container` at its stored positions (a large graph first without its edges) and wire node links and hover highlights. */
export function drawGraph(container: GraphCanvasElement, graph: GraphElements, options: DrawOptions): DrawnGraph {
  return prepareGraph(container, graph.nodes.length, options).draw(graph);
}

/** Measures label text as Cytoscape will draw it. */
let textMeasure: CanvasRenderingContext2D | null | undefined;

/** The focused node and a local graph's centre: labelled first and larger. */
const isLead = (node: NodeSingular) => node.hasClass(GRAPH_CLASSES.focused) || node.hasClass(GRAPH_CLASSES.centre);

/** The types of the shown edges linking each node to a lead node, by node id. */
function linksToLeads(cy: Core): Map<string, GraphEdgeType[]> {
  const leads = cy.nodes().filter(isLead);
  const edges = leads.connectedEdges().toArray().filter(isShown).map((edge) => edge.data() as { source: string; target: string; type: GraphEdgeType });
  return linkTypesToLeads(edges, (id) => leads.getElementById(id).nonempty());
}

/**
 * Mark as `labelled` the shown nodes (not `filtered`) whose labels fit on the canvas without
 * covering another label or node, each on the first side of it where it fits and leaves later labels
 * room (see `placeLabels`), on two lines where one would cut it short and two take no later label's
 * room (see `twoLines`), in the order of `byLabelRank`: the lead nodes first, then their neighbours
 * by the story edges, their other neighbours, the rest, each by degree; nodes faded out around a
 * focused one get none, and labels may cover them. A lead's label is cut at the widest of
 * LEAD_LABEL_WIDTHS at which some side of it is clear of other nodes (`clearOfNodes`, as placing it
 * asks), and, drawn in any case, keeps its place below
 * where it fits nowhere.
 * Labels drawn `labelScale` times LABEL_SIZE at zoom 1.
 */
function labelWhatFits(cy: Core, container: HTMLElement, labelScale: number): void {
  textMeasure ??= document.createElement('canvas').getContext('2d');
  const zoom = cy.zoom();
  const radius = (NODE_SIZE / 2) * zoom;
  /** Label pixels on screen per pixel at zoom 1. */
  const scale = labelScale * zoom;
  const links = linksToLeads(cy);
  // Shown nodes are told by class (`isShown`), not by `:visible`, which lags a filter's change.
  // Each node's rank is read once: a comparator reading degrees would count edges on every comparison.
  const nodes = (cy.nodes().toArray() as NodeSingular[])
    .filter((node) => isShown(node) && !node.hasClass(GRAPH_CLASSES.faded))
    .map((node) => ({ node, rank: { id: node.id(), tie: leadTie(isLead(node), links.get(node.id()) ?? []), degree: node.degree(false) } }))
    .sort((a, b) => byLabelRank(a.rank, b.rank))
    .map(({ node }) => node);
  const bodies: LabelCandidate[] = nodes.map((node) => {
    const { x, y } = node.renderedPosition();
    return { id: node.id(), box: { x1: x - radius, y1: y - radius, x2: x + radius, y2: y + radius } };
  });
  const candidates: LabelOption[] = [];
  const onCanvas = (box: Box) => box.x1 >= 0 && box.y1 >= 0 && box.x2 <= container.clientWidth && box.y2 <= container.clientHeight;
  /** True when `box`, a label of the node `id`, lies on the canvas and may be drawn as far as the nodes go (`clearOfNodes`, as placing it asks). */
  const clear = (box: Box, id: string) => onCanvas(box) && clearOfNodes({ id, box }, bodies);
  /** Each lead's cut (one of LEAD_LABEL_WIDTHS), by node id. */
  const leadCuts = new Map<string, number>();
  for (const node of nodes) {
    const lead = isLead(node);
    const size = (lead ? LEAD_LABEL_SIZE : LABEL_SIZE) * scale;
    if (size < MIN_LABEL_PX || !textMeasure) continue;
    // Measured at the size Cytoscape lays the label out in (at zoom 1), as it measures to wrap it: text
    // widths do not scale exactly with the font size.
    textMeasure.font = `${lead ? 'bold ' : ''}${size / zoom}px ${LABEL_FONT_FAMILY}`;
    const measure = (line: string) => textMeasure!.measureText(line).width;
    const text = measure(String(node.data('label'))) * zoom;
    const { x, y } = node.renderedPosition();
    // Cytoscape's own label box starts at the node's edge, the margin inside it, and adds the text
    // background's padding (1px) above and below: the box claimed here covers all of that.
    const margin = LABEL_MARGIN * scale;
    // The text plus its background's padding on both sides, and a pixel of air: Cytoscape's own label
    // box comes out a fraction of a pixel wider than the measured text, and labels must not touch.
    // A label on two lines is as wide as its wider line, its height twice a line's.
    const boxOn = (side: LabelSide, cut: number, lines?: TwoLines) => {
      const width = lines ? Math.max(...lines.map(measure)) * zoom : Math.min(cut * scale, text);
      return labelBox(side, x, y, radius, 0, width + 4 + margin, size * 1.3 * (lines ? 2 : 1) + margin + 2);
    };
    const cut = lead ? (LEAD_LABEL_WIDTHS.find((each) => LABEL_SIDES.some((side) => clear(boxOn(side, each), node.id()))) ?? LEAD_LABEL_WIDTHS.at(-1)!) : LABEL_MAX_WIDTH;
    if (lead) leadCuts.set(node.id(), cut);
    // A pixel inside the cut, so Cytoscape, measuring the same text, wraps no line again.
    const lines = twoLines(String(node.data('label')), cut * labelScale - 1, measure);
    for (const option of lines ? [lines, undefined] : [undefined]) {
      for (const side of LABEL_SIDES) {
        const box = boxOn(side, cut, option);
        if (onCanvas(box)) candidates.push({ id: node.id(), box, side, lines: option });
      }
    }
    if (lead) candidates.push({ id: node.id(), box: boxOn('below', cut), side: 'below', coversNodes: true });
  }
  const shown = placeLabels(candidates, bodies);
  cy.batch(() =>
    cy.nodes().forEach((node) => {
      const placed = shown.get(node.id());
      const side = placed?.side;
      node.toggleClass(GRAPH_CLASSES.labelled, placed !== undefined);
      if (placed?.lines) node.data(TWO_LINES_DATA, placed.lines.join('\n'));
      node.toggleClass(TWO_LINES_CLASS, placed?.lines !== undefined);
      for (const each of LABEL_SIDES) {
        const name = LABEL_SIDE_CLASSES[each];
        if (name) node.toggleClass(name, side === each);
      }
      LEAD_LABEL_WIDTHS.forEach((cut, index) => {
        const name = LEAD_WIDTH_CLASSES[index];
        if (name) node.toggleClass(name, leadCuts.get(node.id()) === cut);
      });
    })
  );
}

/** A label's two lines (see `twoLines`). */
type TwoLines = NonNullable<ReturnType<typeof twoLines>>;

/** A place a label could go, drawn on one line or, with `lines`, on two. */
interface LabelOption extends LabelCandidate {
  /** The label's two lines, where it is offered on two. */
  lines?: TwoLines;
}

/** Room left at each side of a local graph for the labels of its outermost nodes, in pixels. */
const LABEL_SIDE_ROOM = ((LABEL_MAX_WIDTH * FIXED_LABEL_PX) / LABEL_SIZE) / 2;

/** Add `graph` to the empty `cy`, fit it into view and wire its handlers. */
function fill(cy: Core, container: GraphCanvasElement, graph: GraphElements, options: DrawOptions): DrawnGraph {
  const { first, later } = edgeBatches(graph.nodes.length, graph.edges.length);
  const large = isLargeGraph(graph.nodes.length);
  // Where the reader can pan, the mouse dragged from a node pans too (nodes cannot be dragged).
  // Set on the definitions: \`panify()\` afterwards would restyle every node before the first frame.
  const nodes = options.zoomable ? graph.nodes.map((node) => ({ ...node, pannable: true })) : graph.nodes;
  cy.add({ nodes, edges: graph.edges.slice(0, first) } as cytoscape.ElementsDefinition);
  if (options.centre) cy.getElementById(options.centre).addClass(GRAPH_CLASSES.centre);
  const positions = () => graph.nodes.flatMap((node) => (node.position ? [node.position] : []));
  // Labels and lines are drawn labelScale and lineScale times their size at zoom 1 (see `labelScaleAt`,
  // `lineScaleAt`), the stylesheet made again when either changes.
  let [labelScale, lineScale] = [1, 1];
  const stylesheet = () => graphStylesheet(pageColours(container), graph.nodes.length, labelScale, lineScale);
  // The view fits the node positions: labels come after it and go only where they fit, and asking
  // Cytoscape to fit would have it measure every element twice before the first frame (again once labels are chosen).
  // A graph that cannot be zoomed leaves room beside it for its outermost labels.
  const fit = () => cy.viewport(fittedViewport(positions(), container.clientWidth, container.clientHeight, options.zoomable ? undefined : { x: LABEL_SIDE_ROOM, y: FIT_PADDING }));
  fit();
  // A large graph draws no labels but the focused node's, so it places none and keeps its scale.
  const relabel = () => {
    if (large || cy.destroyed()) return;
    const scales = [labelScaleAt(cy.zoom(), options.zoomable), lineScaleAt(cy.zoom())] as const;
    if (Math.abs(scales[0] - labelScale) > 0.01 || Math.abs(scales[1] - lineScale) > 0.01) {
      [labelScale, lineScale] = scales;
      cy.style(stylesheet());
    }
    labelWhatFits(cy, container, labelScale);
  };
  relabel();
  if (!large) {
    let relabelTimer: ReturnType<typeof setTimeout> | undefined;
    cy.on('viewport', () => {
      clearTimeout(relabelTimer);
      relabelTimer = setTimeout(relabel, 120);
    });
  }
  if (options.zoomable) moveWithTwoFingers(cy, container, options.touchHint);
  else letSwipesScroll(container);
  // Cytoscape fires no `tap` for a touch that moved past its touchTapThreshold: a swipe over a node opens nothing.
  let fingerDown: ScreenPoint | undefined;
  cy.on('tapstart', (event) => void (fingerDown = fingerAt(event.originalEvent)));
  cy.on('tap', 'node', (event) => {
    const node = event.target as NodeSingular;
    const touch = isTouchInput(event.originalEvent as Event & { pointerType?: string });
    const moved = fingerMoved(fingerDown, fingerAt(event.originalEvent), TOUCH_TAP_THRESHOLD);
    const action = nodeTapAction({ touch, canShow: options.show !== undefined, shown: node.same(options.pinned?.() ?? cy.collection()), moved });
    if (action === 'show') options.show!(node);
    else if (action === 'open') window.location.assign(withBase(node.data('url'), options.base));
  });
  // Hovering highlights a node's neighbourhood, in graphs below LARGE_GRAPH_NODES only: a highlight
  // restyles every element, and Cytoscape then redraws the whole graph, which takes seconds at ten
  // thousand nodes. Not while a button is held either (the graph is being panned and nodes pass under
  // the pointer): the highlight is cleared once the button is released.
  const hovers = !large;
  let unlitWhilePanning = false;
  const buttonHeld = (event: cytoscape.EventObject) => ((event.originalEvent as MouseEvent | undefined)?.buttons ?? 0) !== 0;
  // The pointer cursor goes on Cytoscape's own element: Cytoscape watches the container's attributes
  // and redraws the whole graph when one of them changes.
  const setCursor = (cursor: string) => void ((container.firstElementChild as HTMLElement | null) ?? container).style.setProperty('cursor', cursor);
  cy.on('mouseover', 'node', (event) => {
    setCursor('pointer');
    if (hovers) event.target.addClass(GRAPH_CLASSES.hovered);
    if (hovers && !buttonHeld(event)) highlight(cy, event.target);
  });
  cy.on('mouseout', 'node', (event) => {
    setCursor('');
    if (!hovers) return;
    event.target.removeClass(GRAPH_CLASSES.hovered);
    if (buttonHeld(event)) unlitWhilePanning = true;
    else highlight(cy, options.pinned?.());
  });
  cy.on('tapend', () => {
    if (unlitWhilePanning) highlight(cy, options.pinned?.());
    unlitWhilePanning = false;
  });
  const restyle = () => cy.style(stylesheet());
  document.getElementById('theme-toggle')?.addEventListener('change', restyle);
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', restyle);
  container.cy = cy;
  const addLaterEdges = async (onBatch?: (edges: EdgeCollection) => void) => {
    for (const [start, end] of later) {
      await afterNextFrame();
      if (cy.destroyed()) return;
      const added = cy.add(graph.edges.slice(start, end) as cytoscape.ElementDefinition[]).edges();
      onBatch?.(added);
    }
  };
  return { cy, addLaterEdges, relabel, fit };
}
