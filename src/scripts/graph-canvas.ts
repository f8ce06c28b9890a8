/**
 * Draw a laid-out graph with Cytoscape in the browser: stored positions (`preset`, no force layout),
 * the site's stylesheet in the page's colours (following theme changes), a click on a node opens its page, and hovering a
 * node of a graph below LARGE_GRAPH_NODES highlights its neighbourhood. Shared by the /graph/ explorer, the local graphs and the graph
 * benchmark. A large graph shows its nodes first, ready to pan and zoom, and its edges a few frames later.
 */
import cytoscape, { type Core, type EdgeCollection, type NodeSingular } from 'cytoscape';
import type { GraphElements } from '../lib/graph.ts';
import { edgeBatches, FIT_PADDING, fittedViewport, GRAPH_CLASSES, graphStylesheet, isLargeGraph, rendererOptions, type GraphColours } from '../lib/graph-style.ts';
import { withBase } from '../lib/urls.ts';

/** A canvas container; the Cytoscape instance is kept on it for tests and console debugging. */
export interface GraphCanvasElement extends HTMLElement {
  cy?: Core;
}

/** Options of `drawGraph`. */
export interface DrawOptions {
  /** Site base path, for node links. */
  base: string;
  /** False for small embedded graphs: the mouse wheel keeps scrolling the page. */
  zoomable: boolean;
  /** The node whose neighbourhood stays highlighted when the pointer leaves a node. */
  pinned?: () => NodeSingular | undefined;
}

/** The page's colours as the canvas needs them, read from the container's computed style. */
export function pageColours(container: HTMLElement): GraphColours {
  const style = getComputedStyle(container);
  return { text: style.color, background: style.backgroundColor, line: style.borderTopColor, focus: style.outlineColor };
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

/** Add `graph` to the empty `cy`, fit it into view and wire its handlers. */
function fill(cy: Core, container: GraphCanvasElement, graph: GraphElements, options: DrawOptions): DrawnGraph {
  const { first, later } = edgeBatches(graph.nodes.length, graph.edges.length);
  const large = isLargeGraph(graph.nodes.length);
  cy.add({ nodes: graph.nodes, edges: graph.edges.slice(0, first) } as cytoscape.ElementsDefinition);
  // A large graph has no labels, so its box is its node positions: computing the fit from them spares
  // Cytoscape measuring every element before its first frame. Labels count in smaller graphs.
  if (large) cy.viewport(fittedViewport(graph.nodes.flatMap((node) => (node.position ? [node.position] : [])), container.clientWidth, container.clientHeight));
  else cy.fit(undefined, FIT_PADDING);
  cy.on('tap', 'node', (event) => window.location.assign(withBase(event.target.data('url'), options.base)));
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
    if (hovers && !buttonHeld(event)) highlight(cy, event.target);
  });
  cy.on('mouseout', 'node', (event) => {
    setCursor('');
    if (!hovers) return;
    if (buttonHeld(event)) unlitWhilePanning = true;
    else highlight(cy, options.pinned?.());
  });
  cy.on('tapend', () => {
    if (unlitWhilePanning) highlight(cy, options.pinned?.());
    unlitWhilePanning = false;
  });
  const restyle = () => cy.style(graphStylesheet(pageColours(container), graph.nodes.length));
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
  return { cy, addLaterEdges };
}
