/**
 * Draw a laid-out graph with Cytoscape in the browser: stored positions (`preset`, no force layout),
 * the site's stylesheet in the page's colours (following theme changes), a click on a node opens its page, and hovering a
 * node highlights its neighbourhood. Shared by the /graph/ explorer and the local graphs.
 */
import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import type { GraphElements } from '../lib/graph.ts';
import { GRAPH_CLASSES, graphStylesheet, rendererOptions, type GraphColours } from '../lib/graph-style.ts';
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

/** Draw `graph` into `container` at its stored positions and wire node links and hover highlights. */
export function drawGraph(container: GraphCanvasElement, graph: GraphElements, options: DrawOptions): Core {
  const cy = cytoscape({
    container,
    elements: graph as cytoscape.ElementsDefinition,
    layout: { name: 'preset', fit: true, padding: 24 },
    style: graphStylesheet(pageColours(container), graph.nodes.length),
    ...rendererOptions(graph.nodes.length),
    userZoomingEnabled: options.zoomable,
  });
  cy.on('tap', 'node', (event) => window.location.assign(withBase(event.target.data('url'), options.base)));
  cy.on('mouseover', 'node', (event) => {
    container.style.cursor = 'pointer';
    highlight(cy, event.target);
  });
  cy.on('mouseout', 'node', () => {
    container.style.cursor = '';
    highlight(cy, options.pinned?.());
  });
  const restyle = () => cy.style(graphStylesheet(pageColours(container), graph.nodes.length));
  document.getElementById('theme-toggle')?.addEventListener('change', restyle);
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', restyle);
  container.cy = cy;
  return cy;
}
