/**
 * The /graph/ explorer: draws /graph.json at its build-time positions and wires the filters, the
 * find box, the panel (an entry's connections, a connection's evidence) and the view state in the URL.
 * The connection list on the page stays the canonical view; the panel shows its rows.
 */
import type { EdgeCollection, EdgeSingular, NodeSingular } from 'cytoscape';
import type { LaidOutGraph, GraphNodeData, GraphEdgeType } from '../lib/graph.ts';
import { GRAPH_CLASSES, isShown } from '../lib/graph-classes.ts';
import { KIND_STYLES } from '../lib/visual.ts';
import type { EntityKind } from '../lib/kb.ts';
import { edgeTypeVisible, findNode, nodeVisible, parseViewState, revealNode, serializeViewState, withoutEdge, type GraphViewState, type Reveal } from '../lib/graph-view-state.ts';
import { edgeStatus, foundStatus, notFoundStatus } from '../lib/graph-find-status.ts';
import { labelText, notVerifiedLabel } from '../lib/check-labels.ts';
import { verdictBadge } from './verdict-badge.ts';
import { withBase } from '../lib/urls.ts';
import { connectionButtonText, relationSentence } from '../lib/relation-text.ts';
import { t } from '../i18n/index.ts';
import type { GraphCanvasElement, PreparedGraph } from './graph-canvas.ts';
import { foldWhenNarrow } from './fold-when-narrow.ts';
import { uncoveredCentre } from '../lib/uncovered-centre.ts';

/** Create an element with text. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** Start the explorer inside `root` (the element marked `data-graph-explorer`). */
export async function mountExplorer(root: HTMLElement): Promise<void> {
  const form = root.querySelector<HTMLFormElement>('[data-graph-controls]')!;
  const canvas = root.querySelector<GraphCanvasElement>('[data-graph-canvas]')!;
  const canvasStatus = root.querySelector<HTMLElement>('[data-canvas-status]')!;
  const findStatus = root.querySelector<HTMLElement>('[data-find-status]')!;
  const goToPanel = root.querySelector<HTMLButtonElement>('[data-panel-go]')!;
  const panel = root.querySelector<HTMLElement>('[data-graph-panel]')!;
  const panelHeading = panel.querySelector<HTMLElement>('[data-panel-heading]')!;
  const panelBody = panel.querySelector<HTMLElement>('[data-panel-body]')!;
  const base = root.dataset.base ?? '/';
  canvas.hidden = false;

  let graph: LaidOutGraph;
  let canvasModule: typeof import('./graph-canvas.ts');
  let prepared: PreparedGraph;
  let pinned: NodeSingular | undefined;
  try {
    // Cytoscape comes with the canvas module, fetched alongside the data rather than with the page;
    // the canvas is made as soon as the module is in, while the data may still be downloading.
    const data = fetch(root.dataset.src!).then((response) => {
      if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status}`);
      return response.json() as Promise<LaidOutGraph>;
    });
    data.catch(() => undefined); // reported below, once the module is in
    canvasModule = await import('./graph-canvas.ts');
    const touchHint = root.querySelector<HTMLElement>('[data-touch-hint]') ?? undefined;
    prepared = canvasModule.prepareGraph(canvas, Number(root.dataset.nodes), { base, zoomable: true, touchHint, pinned: () => pinned, show: (node) => focusFound(node.id(), true, true) });
    graph = await data;
  } catch (error) {
    canvasStatus.textContent = t('graph.canvas.failed');
    console.warn('graph explorer:', error);
    return;
  }
  canvasStatus.remove();
  form.hidden = false;
  // The page's layout breakpoint: below it the controls sit above the drawing.
  foldWhenNarrow(form.querySelector<HTMLDetailsElement>('[data-graph-filters]'), '50rem');

  const { highlight } = canvasModule;
  let state: GraphViewState = parseViewState(window.location.search);
  const { cy, addLaterEdges, relabel, fit } = prepared.draw(graph);
  /** The entry the panel shows, if it shows one: its list of connections grows as a large graph's edges arrive. */
  let shownNode: NodeSingular | undefined;
  /** The connection the panel shows, if it shows one: the entry it was chosen from (which Escape goes back to) and whether that entry's button opened it (which gets the focus back). */
  let shownEdge: { edge: EdgeSingular; from?: NodeSingular; byButton: boolean } | undefined;

  const writeUrl = () => window.history.replaceState(null, '', `${window.location.pathname}${serializeViewState(state)}${window.location.hash}`);

  const filterEdges = (edges: EdgeCollection) => edges.forEach((edge) => void edge.toggleClass(GRAPH_CLASSES.filtered, !edgeTypeVisible(edge.data('type'), state)));
  const applyFilters = () => {
    let nodesChanged = false;
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const hidden = !nodeVisible(node.data() as GraphNodeData, state);
        if (hidden !== isShown(node)) return;
        node.toggleClass(GRAPH_CLASSES.filtered, hidden);
        nodesChanged = true;
      });
      filterEdges(cy.edges());
    });
    // Labels go where they fit among the nodes shown: only a change of those moves them (the drawing
    // placed them when it was made, so a page opened with no filter places them once).
    if (nodesChanged) relabel();
  };

  const showForm = () => {
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name="kind"]')) box.checked = !state.hiddenKinds.includes(box.value as EntityKind);
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name="edge"]')) box.checked = !state.hiddenEdges.includes(box.value as GraphEdgeType);
    for (const name of ['from', 'to'] as const) {
      const input = form.querySelector<HTMLInputElement>(`input[name="${name}"]`);
      if (input) input.value = state[name] === undefined ? '' : String(state[name]);
    }
  };

  /** The view the form describes, read the same way as a shared link. */
  const readForm = (): GraphViewState => {
    const unchecked = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].filter((box) => !box.checked).map((box) => box.value);
    const year = (name: string) => form.querySelector<HTMLInputElement>(`input[name="${name}"]`)?.value ?? '';
    const query = new URLSearchParams({ focus: state.focus ?? '', edge: state.edge ?? '', hideKinds: unchecked('kind').join(','), hideEdges: unchecked('edge').join(','), from: year('from'), to: year('to') });
    return parseViewState(query.toString());
  };

  const closePanel = () => {
    shownNode = undefined;
    shownEdge = undefined;
    panel.hidden = true;
    goToPanel.hidden = true;
    cy.elements().unselect();
  };

  /** Fill and show the panel, and the button by the status line that goes to it (named `goLabel`); the focus moves to its heading only when `moveFocus`. */
  const openPanel = (heading: string, body: Node[], moveFocus: boolean, goLabel: string) => {
    panelHeading.textContent = heading;
    panelBody.replaceChildren(...body);
    panel.hidden = false;
    goToPanel.textContent = goLabel;
    goToPanel.hidden = false;
    if (moveFocus) panelHeading.focus();
  };

  /**
   * Show an edge's type, ends, dates and evidence: the cells of its row in the connection list. Chosen
   * with a button of the panel (`how` is 'button') the focus moves to the panel's heading; tapped on
   * the drawing the status line names it; opened by a shared link it is shown silently.
   */
  const showEdge = (edge: EdgeSingular, how: 'button' | 'tap' | 'link') => {
    shownEdge = { edge, from: shownNode ?? shownEdge?.from ?? pinned, byButton: how === 'button' };
    shownNode = undefined;
    cy.elements().unselect();
    edge.select();
    const row = document.querySelector<HTMLTableRowElement>(`tr[data-edge-id="${CSS.escape(edge.id())}"]`);
    const list = element('dl', '', 'facts');
    const add = (term: string, cell: string) => {
      const source = row?.querySelector(`[data-cell="${cell}"]`);
      if (!source || !source.textContent?.trim()) return;
      const definition = element('dd');
      definition.append(...[...source.childNodes].map((child) => child.cloneNode(true)));
      list.append(element('dt', term), definition);
    };
    add(t('graph.list.from'), 'source');
    add(t('graph.list.to'), 'target');
    add(t('graph.list.details'), 'details');
    add(t('graph.list.evidence'), 'evidence');
    const type = edge.data('type') as GraphEdgeType;
    openPanel(`${t('graph.panel.connection')}: ${t(`edge.${type}`)}`, [list], how === 'button', t('graph.panel.goToEdge'));
    findStatus.textContent = how === 'tap' ? edgeStatus(relationSentence(edge.source().data('label'), type, edge.target().data('label'))) : '';
    state = { ...state, edge: edge.id() };
    writeUrl();
  };

  /** A claim's verdict as the entry pages' badge shows it, and the mark of an entry not fully verified: a line each, where they apply. */
  const checkLines = ({ verdict, verification }: GraphNodeData): HTMLElement[] => {
    const lines: HTMLElement[] = [];
    if (verdict) {
      const line = element('p', `${t('entry.verdict')}: `, 'graph-panel-verdict');
      line.append(verdictBadge(verdict));
      lines.push(line);
    }
    if (verification) {
      const label = notVerifiedLabel(verification);
      const line = element('p', labelText(label), `graph-panel-verification notice-${verification}`);
      line.title = label.help;
      lines.push(line);
    }
    return lines;
  };

  /** The connections of `node` the panel lists: those the filters leave drawn, both ends included (see `isShown`). */
  const listedEdges = (node: NodeSingular) => node.connectedEdges().filter((edge) => [edge, edge.source(), edge.target()].every(isShown));

  /** Show an entry: its kind, its verdict or verification where they apply, a link to its page and its visible connections as buttons. */
  const showNode = (node: NodeSingular, moveFocus: boolean) => {
    shownNode = node;
    shownEdge = undefined;
    const data = node.data() as GraphNodeData;
    const kind = element('p', `${t(`kind.${data.type}`)}${data.year === undefined ? '' : ` · ${data.year}`}`, 'meta');
    kind.prepend(element('span', `${KIND_STYLES[data.type].symbol} `, `kind-${data.type}`));
    const link = element('a', t('graph.panel.openPage'));
    link.href = withBase(data.url, base);
    const linkLine = element('p');
    linkLine.append(link);
    const list = element('ul', '', 'plain-list graph-panel-edges');
    listedEdges(node).forEach((edge) => {
      // The panel names its node already: each button names the relation, which way it runs and the other end.
      const outgoing = edge.source().same(node);
      const button = element('button', connectionButtonText(edge.data('type') as GraphEdgeType, outgoing ? 'out' : 'in', (outgoing ? edge.target() : edge.source()).data('label')));
      button.type = 'button';
      button.dataset.edgeId = edge.id();
      button.addEventListener('click', () => showEdge(edge, 'button'));
      const item = element('li');
      item.append(button);
      list.append(item);
    });
    openPanel(data.label, [kind, ...checkLines(data), linkLine, element('p', t('graph.panel.connections'), 'meta'), list], moveFocus, t('graph.panel.goToNode'));
  };

  /** The status line's words for the entry the panel shows. */
  const nodeStatus = (node: NodeSingular, reveal: Omit<Reveal, 'state'> = {}) => foundStatus(node.data('label') as string, listedEdges(node).length, reveal);

  /**
   * Close the connection the panel shows (Escape): the panel goes back to the entry it was chosen from
   * (or closes), the address loses the connection, and the focus goes back to the button that opened it.
   */
  const closeEdge = () => {
    if (!shownEdge) return;
    const { edge, from, byButton } = shownEdge;
    const focusWasInPanel = panel.contains(document.activeElement);
    state = withoutEdge(state);
    writeUrl();
    if (from) {
      cy.elements().unselect();
      showNode(from, false);
    } else {
      closePanel();
    }
    findStatus.textContent = from && !byButton ? nodeStatus(from) : '';
    const opener = byButton ? panelBody.querySelector<HTMLElement>(`[data-edge-id="${CSS.escape(edge.id())}"]`) : null;
    if (opener) opener.focus();
    else if (focusWasInPanel) (from ? panelHeading : form.querySelector<HTMLElement>('#graph-find-input')!).focus();
  };

  /**
   * Where the panel's heading is out of sight (on a phone, below the drawing), scroll the page until
   * the drawing's top meets the screen's, which brings the panel below it in; the distance scrolled, in pixels.
   */
  const scrollPanelIntoSight = (): number => {
    const heading = panelHeading.getBoundingClientRect();
    if (heading.top >= 0 && heading.bottom <= window.innerHeight) return 0;
    const distance = canvas.getBoundingClientRect().top;
    const instant = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    window.scrollBy({ top: distance, behavior: instant ? 'instant' : 'smooth' });
    return distance;
  };

  /**
   * Centre on a node, keep its neighbourhood highlighted, show it in the panel and record it in the URL;
   * `bringIntoSight` (a node tapped on the drawing) scrolls the panel into sight too.
   */
  const focusNode = (id: string | undefined, moveFocus: boolean, bringIntoSight = false) => {
    // What the find box said was about the entry it found: any other focus makes it stale.
    findStatus.textContent = '';
    cy.nodes().removeClass(GRAPH_CLASSES.focused);
    const node = id ? cy.getElementById(id) : undefined;
    pinned = node && node.nonempty() ? (node as NodeSingular) : undefined;
    highlight(cy, pinned);
    if (pinned) {
      pinned.addClass(GRAPH_CLASSES.focused);
      cy.zoom({ level: Math.max(cy.zoom(), 1.2), position: pinned.position() });
      showNode(pinned, moveFocus);
      const scrolled = bringIntoSight ? scrollPanelIntoSight() : 0;
      // The node goes to the middle of the part of the drawing in sight once the page has scrolled and
      // not under the panel (which floats over the drawing's right side, except on a phone).
      const screen = { left: 0, top: scrolled, right: window.innerWidth, bottom: window.innerHeight + scrolled };
      const target = uncoveredCentre(canvas.getBoundingClientRect(), screen, panel.getBoundingClientRect());
      const { x, y } = pinned.renderedPosition();
      cy.panBy({ x: target.x - x, y: target.y - y });
    } else {
      closePanel();
    }
    const { focus: _previous, edge: _shown, ...filters } = state;
    state = pinned ? { ...filters, focus: pinned.id() } : filters;
    writeUrl();
    relabel();
  };

  /**
   * Focus the entry `id` names, first showing it again if the filters hide it (its kind, the year
   * range), and say so in the status line; `announce` says what is shown even when nothing was hidden;
   * `bringIntoSight` as for `focusNode`.
   */
  const focusFound = (id: string, announce: boolean, bringIntoSight = false) => {
    const data = graph.nodes.find((node) => node.data.id === id)?.data;
    if (!data) return focusNode(undefined, false);
    const { state: shown, ...changed } = revealNode(data, state);
    const revealed = changed.kindShown !== undefined || changed.yearIncluded !== undefined;
    if (revealed) {
      state = shown;
      showForm();
      applyFilters();
    }
    focusNode(id, false, bringIntoSight);
    if (pinned && (announce || revealed)) findStatus.textContent = nodeStatus(pinned, changed);
  };

  showForm();
  applyFilters();
  // A shared link may name a focused node and a connection: focusing the node forgets the connection, so it is read first.
  const sharedEdge = state.edge ? cy.getElementById(state.edge) : undefined;
  if (state.focus) focusFound(state.focus, false);
  if (sharedEdge?.nonempty() && sharedEdge.isEdge()) showEdge(sharedEdge, 'link');

  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).id === 'graph-find-input') return;
    state = readForm();
    applyFilters();
    writeUrl();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = new FormData(form).get('find')?.toString() ?? '';
    const match = findNode(graph.nodes.map((node) => node.data), query);
    // A failed search keeps the entry shown (a typo should not lose the reader's place) and says which it is.
    if (match) focusFound(match.id, true);
    else findStatus.textContent = notFoundStatus(pinned?.data('label') as string | undefined);
  });
  root.querySelector('[data-graph-reset]')!.addEventListener('click', () => {
    state = { hiddenKinds: [], hiddenEdges: [] };
    showForm();
    applyFilters();
    focusNode(undefined, false);
    fit();
  });
  // The whole view without the filters' reset, which a phone keeps folded away.
  const fitButton = root.querySelector<HTMLButtonElement>('[data-graph-fit]')!;
  fitButton.hidden = false;
  fitButton.addEventListener('click', fit);
  panel.querySelector('[data-panel-close]')!.addEventListener('click', () => focusNode(undefined, false));
  goToPanel.addEventListener('click', () => panelHeading.focus());
  // Escape in the panel (or with the focus nowhere, after a tap on the drawing) closes the connection it
  // shows; with an entry shown, Escape in the panel closes it as Close does, the focus going to the find box.
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const inPanel = panel.contains(event.target as Node);
    if (shownEdge && (inPanel || event.target === document.body)) {
      event.preventDefault();
      closeEdge();
    } else if (shownNode && inPanel) {
      event.preventDefault();
      focusNode(undefined, false);
      form.querySelector<HTMLElement>('#graph-find-input')!.focus();
    }
  });
  cy.on('tap', 'edge', (event) => showEdge(event.target, 'tap'));
  cy.on('tap', (event) => {
    if (event.target === cy) focusNode(undefined, false);
  });
  canvas.dataset.state = 'ready';
  // A large graph's edges arrive after its first frame: each batch follows the filters and the highlight.
  await addLaterEdges((edges) =>
    cy.batch(() => {
      filterEdges(edges);
      if (pinned) highlight(cy, pinned);
    })
  );
  if (shownNode && !panel.hidden) showNode(shownNode, false);
  canvas.dataset.edges = 'complete';
}
