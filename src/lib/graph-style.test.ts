import { describe, expect, test } from 'vitest';
import cytoscape from 'cytoscape';
import { graphStylesheet, rendererOptions, edgeBatches, fittedViewport, isLargeGraph, EDGE_BATCHES, EDGE_LINE_STYLES, FIT_PADDING, FIXED_LABEL_PX, labelScaleAt, lineScaleAt, LABEL_MARGIN, STRONG_EDGES, LABEL_MAX_WIDTH, LABEL_SIDE_CLASSES, LABEL_SIZE, LARGE_GRAPH_NODES, LEAD_LABEL_MAX_WIDTH, LEAD_LABEL_SIZE, LEAD_LABEL_WIDTHS, LEAD_WIDTH_CLASSES, MIN_EDGE_BATCH, TWO_LINES_CLASS, TWO_LINES_DATA, NODE_SIZE, ZOOM_LIMITS } from './graph-style.ts';
import { LABEL_SIDE_DIRECTIONS, LABEL_SIDES } from './label-placement.ts';
import { GRAPH_EDGE_TYPES } from './graph.ts';
import { EDGE_COLOURS, KIND_STYLES } from './visual.ts';

const COLOURS = { text: '#111', background: '#fff', line: '#ccc', focus: '#b35900' };
const rule = (sheet: ReturnType<typeof graphStylesheet>, selector: string) =>
  sheet.filter((block) => 'selector' in block && block.selector === selector).reduce<Record<string, unknown>>((style, block) => ({ ...style, ...('style' in block ? block.style : {}) }), {});

describe('graphStylesheet', () => {
  test('draws each kind of entry in the colour and shape of visual.ts', () => {
    const sheet = graphStylesheet(COLOURS);
    for (const [kind, style] of Object.entries(KIND_STYLES)) {
      expect(rule(sheet, `node[type = "${kind}"]`), kind).toEqual({ 'background-color': style.color, shape: style.shape });
    }
  });

  test('gives every edge type a line style, so types differ by more than colour', () => {
    expect(Object.keys(EDGE_LINE_STYLES).sort()).toEqual([...GRAPH_EDGE_TYPES].sort());
    const sheet = graphStylesheet(COLOURS);
    for (const type of GRAPH_EDGE_TYPES) expect(rule(sheet, `edge[type = "${type}"]`)['line-style'], type).toBe(EDGE_LINE_STYLES[type]);
  });

  test('fills each kind with the page’s colour for it, and the common one where the page has none', () => {
    const sheet = graphStylesheet({ ...COLOURS, kinds: { work: 'rgb(147, 99, 0)' } });
    expect(rule(sheet, 'node[type = "work"]')['background-color']).toBe('rgb(147, 99, 0)');
    expect(rule(sheet, 'node[type = "person"]')['background-color']).toBe(KIND_STYLES.person.color);
  });

  test('draws evidence for and against in two colours of their own, the page’s where it gives them, arrowheads included', () => {
    const sheet = graphStylesheet({ ...COLOURS, edges: { supports: 'rgb(0, 115, 79)' } });
    expect(rule(sheet, 'edge[type = "supports"]')).toMatchObject({ 'line-color': 'rgb(0, 115, 79)', 'target-arrow-color': 'rgb(0, 115, 79)' });
    expect(rule(sheet, 'edge[type = "contradicts"]')).toMatchObject({ 'line-color': EDGE_COLOURS.contradicts!.color, 'target-arrow-color': EDGE_COLOURS.contradicts!.color });
    expect(EDGE_COLOURS.supports!.color).not.toBe(EDGE_COLOURS.contradicts!.color);
    expect(rule(sheet, 'edge[type = "influenced"]')['line-color'], 'influence, the story, has a colour of its own').toBe(EDGE_COLOURS.influenced!.color);
    expect(new Set([EDGE_COLOURS.supports!.color, EDGE_COLOURS.contradicts!.color, EDGE_COLOURS.influenced!.color]).size).toBe(3);
    expect(rule(sheet, 'edge[type = "cites"]')['line-color'], 'other kinds keep the common line colour').toBeUndefined();
  });

  test('colours a large graph’s evidence lines without adding rules to its stylesheet', () => {
    const large = graphStylesheet(COLOURS, LARGE_GRAPH_NODES);
    // A small graph has the labelled nodes' rule, one per label side but the default (below), one per lead's cut but the widest and the two-line labels' more.
    expect(large).toHaveLength(graphStylesheet(COLOURS, LARGE_GRAPH_NODES - 1).length - LABEL_SIDES.length - (LEAD_LABEL_WIDTHS.length - 1) - 1);
    expect(large.filter((block) => 'selector' in block && block.selector.includes('supports'))).toHaveLength(2);
    expect(rule(large, 'edge[type = "supports"]')).toEqual({ 'line-style': EDGE_LINE_STYLES.supports, 'line-color': EDGE_COLOURS.supports!.color });
  });

  test('uses the page colours it is given', () => {
    const sheet = graphStylesheet(COLOURS);
    expect(rule(sheet, 'node')).toMatchObject({ color: '#111', 'text-background-color': '#fff' });
    expect(rule(sheet, 'edge')).toMatchObject({ 'line-color': '#ccc' });
  });

  test('switches large graphs to cheap straight edges, names only the focused node, and a faster renderer', () => {
    expect(rule(graphStylesheet(COLOURS, LARGE_GRAPH_NODES - 1), 'edge')['curve-style']).toBe('bezier');
    expect(rule(graphStylesheet(COLOURS, LARGE_GRAPH_NODES - 1), 'node.labelled, node.hovered').label).toBe('data(label)');
    expect(graphStylesheet(COLOURS, LARGE_GRAPH_NODES).some((r) => 'selector' in r && r.selector.includes('labelled'))).toBe(false);
    expect(rule(graphStylesheet(COLOURS, LARGE_GRAPH_NODES), 'edge')['curve-style']).toBe('haystack');
    expect(rule(graphStylesheet(COLOURS, LARGE_GRAPH_NODES), 'node').label).toBeUndefined();
    expect(rule(graphStylesheet(COLOURS, LARGE_GRAPH_NODES), 'node.focused, node.centre').label).toBe('data(label)');
    expect(rule(graphStylesheet(COLOURS, LARGE_GRAPH_NODES - 1), 'node.focused, node.centre').label).toBe('data(label)');
    expect(rendererOptions(LARGE_GRAPH_NODES - 1)).toMatchObject({ hideEdgesOnViewport: false, pixelRatio: 'auto' });
    expect(rendererOptions(LARGE_GRAPH_NODES)).toMatchObject({ hideEdgesOnViewport: true, textureOnViewport: true, pixelRatio: 1 });
  });

  test('gives large graphs only the properties they draw: no label text, border or arrowhead', () => {
    const large = graphStylesheet(COLOURS, LARGE_GRAPH_NODES);
    expect(Object.keys(rule(large, 'node')).sort()).toEqual(['height', 'width']);
    expect(rule(large, 'edge')).toEqual({ width: 1, 'line-color': '#ccc', 'curve-style': 'haystack', 'haystack-radius': 0 });
    expect(rule(graphStylesheet(COLOURS), 'node')).toMatchObject({ 'border-width': 1.5, 'font-size': LABEL_SIZE });
    expect(rule(graphStylesheet(COLOURS), 'edge')).toMatchObject({ 'target-arrow-shape': 'triangle' });
  });
});

describe('labels', () => {
  test('are drawn on the nodes placed as fitting, the hovered one and the focused one, not on every node', () => {
    const sheet = graphStylesheet(COLOURS);
    expect(rule(sheet, 'node').label).toBeUndefined();
    expect(rule(sheet, 'node.labelled, node.hovered').label).toBe('data(label)');
    expect(rule(sheet, 'node.focused, node.centre')).toMatchObject({ label: 'data(label)', 'font-size': LEAD_LABEL_SIZE, 'font-weight': 'bold', 'text-max-width': `${LEAD_LABEL_MAX_WIDTH}px` });
    expect(LEAD_LABEL_MAX_WIDTH, 'the lead’s name is cut later than the others’').toBeGreaterThan(LABEL_MAX_WIDTH);
  });

  test('a lead’s label may be cut narrower, widest first, never narrower than the others’, each cut by a class of its own', () => {
    expect(LEAD_LABEL_WIDTHS[0]).toBe(LEAD_LABEL_MAX_WIDTH);
    expect([...LEAD_LABEL_WIDTHS].sort((a, b) => b - a)).toEqual([...LEAD_LABEL_WIDTHS]);
    expect(LEAD_LABEL_WIDTHS.at(-1)).toBe(LABEL_MAX_WIDTH);
    const sheet = graphStylesheet(COLOURS, 10, 2);
    expect(LEAD_WIDTH_CLASSES[0]).toBeUndefined();
    LEAD_LABEL_WIDTHS.slice(1).forEach((width, index) => expect(rule(sheet, `node.${LEAD_WIDTH_CLASSES[index + 1]}`)).toEqual({ 'text-max-width': `${width * 2}px` }));
    const lead = sheet.findIndex((block) => 'selector' in block && block.selector === 'node.focused, node.centre');
    const cuts = sheet.findIndex((block) => 'selector' in block && block.selector === `node.${LEAD_WIDTH_CLASSES[1]}`);
    expect(cuts, 'the cuts come after the lead’s own width, so they win').toBeGreaterThan(lead);
  });

  test('a label placed on two lines is drawn from its two lines, wrapped there, the lead’s too; others keep their one line', () => {
    const lines = 'Deep Learning Scaling is\nPredictable, Empirically';
    const elements = ['labelled', 'centre labelled', 'focused labelled'].flatMap((classes) => [
      { data: { id: `${classes} two`, label: 'Deep Learning Scaling is Predictable, Empirically', [TWO_LINES_DATA]: lines }, classes: `${classes} ${TWO_LINES_CLASS}` },
      { data: { id: `${classes} one`, label: 'Deep Learning Scaling is Predictable, Empirically' }, classes },
    ]);
    const cy = cytoscape({ headless: true, styleEnabled: true, style: graphStylesheet(COLOURS), elements });
    try {
      for (const node of cy.nodes('.label-two-lines').toArray()) expect([node.style('label'), node.style('text-wrap')], node.id()).toEqual([lines, 'wrap']);
      for (const node of cy.nodes().not('.label-two-lines').toArray()) expect([node.style('label'), node.style('text-wrap')], node.id()).toEqual([node.data('label'), 'ellipsis']);
    } finally {
      cy.destroy();
    }
  });

  test('are drawn on the side of its node that placing them chose, the lead’s (focused, centre) too', () => {
    const classes = ['labelled', 'focused labelled', 'centre labelled'];
    const elements = LABEL_SIDES.flatMap((side) => classes.map((lead) => ({ data: { id: `${side} ${lead}`, label: side }, classes: `${lead} ${LABEL_SIDE_CLASSES[side] ?? ''}` })));
    const cy = cytoscape({ headless: true, styleEnabled: true, style: graphStylesheet(COLOURS, 10, 2), elements });
    const along = { x: { left: -1, center: 0, right: 1 }, y: { top: -1, center: 0, bottom: 1 } } as const;
    try {
      for (const node of cy.nodes().toArray()) {
        const halign = node.style('text-halign') as keyof typeof along.x;
        const valign = node.style('text-valign') as keyof typeof along.y;
        const drawn = { x: along.x[halign], y: along.y[valign], margin: [parseFloat(node.style('text-margin-x')), parseFloat(node.style('text-margin-y'))] };
        const { x, y } = LABEL_SIDE_DIRECTIONS[node.data('label') as keyof typeof LABEL_SIDE_DIRECTIONS];
        expect(drawn, node.id()).toEqual({ x, y, margin: [x * 2 * LABEL_MARGIN, y * 2 * LABEL_MARGIN] });
      }
    } finally {
      cy.destroy();
    }
  });

  test('scale with labelScale, so a graph that cannot zoom draws them at a fixed size on screen', () => {
    const sheet = graphStylesheet(COLOURS, 10, 2);
    expect(rule(sheet, 'node')).toMatchObject({ 'font-size': 2 * LABEL_SIZE, 'text-max-width': `${2 * LABEL_MAX_WIDTH}px`, 'text-margin-y': 2 * LABEL_MARGIN });
    expect(rule(sheet, 'node.focused, node.centre')['font-size']).toBe(2 * LEAD_LABEL_SIZE);
  });
});

describe('labelScaleAt', () => {
  test('where the reader can zoom, labels grow with the zoom but are never drawn below LABEL_SIZE on screen', () => {
    for (const zoom of [0.25, 0.5, 0.85, 1, 2, 4]) expect(LABEL_SIZE * labelScaleAt(zoom, true) * zoom).toBeCloseTo(Math.max(LABEL_SIZE, LABEL_SIZE * zoom));
  });

  test('a graph that cannot be zoomed draws its labels at FIXED_LABEL_PX on screen, whatever its fitted zoom', () => {
    for (const zoom of [0.5, 1, 2.1]) expect(LABEL_SIZE * labelScaleAt(zoom, false) * zoom).toBeCloseTo(FIXED_LABEL_PX);
  });
});

describe('lineScaleAt', () => {
  test('zoomed out, lines are never drawn thinner on screen than their width; zoomed in, they grow with the view', () => {
    for (const zoom of [0.1, 0.33, 0.78, 1, 2, 4]) expect(lineScaleAt(zoom) * zoom).toBeCloseTo(Math.max(1, zoom));
  });

  test('scales a graph’s lines, the story’s heavier ones and the selected one, opaque, but leaves a large graph’s as they are', () => {
    const sheet = graphStylesheet(COLOURS, 10, 1, 3);
    expect(rule(sheet, 'edge')).toMatchObject({ width: 3 });
    expect(rule(sheet, 'edge').opacity, 'drawn opaque, so the line keeps its contrast').toBeUndefined();
    expect(rule(sheet, STRONG_EDGES.map((type) => `edge[type = "${type}"]`).join(', '))).toMatchObject({ width: 6 });
    expect(rule(sheet, 'edge:selected')).toMatchObject({ width: 12 });
    const large = graphStylesheet(COLOURS, LARGE_GRAPH_NODES, 1, 3);
    expect(rule(large, 'edge')).toMatchObject({ width: 1 });
    expect(rule(large, 'edge:selected')).toMatchObject({ width: 4 });
  });
});

describe('edgeBatches', () => {
  /** Every edge index once, in order, from the first frame and the later batches. */
  const covered = ({ first, later }: ReturnType<typeof edgeBatches>) => [...Array(first).keys(), ...later.flatMap(([start, end]) => Array.from({ length: end - start }, (_, i) => start + i))];

  test('draws a small graph whole in its first frame', () => {
    expect(edgeBatches(LARGE_GRAPH_NODES - 1, 5000)).toEqual({ first: 5000, later: [] });
    expect(edgeBatches(0, 0)).toEqual({ first: 0, later: [] });
  });

  test('draws a large graph first without edges, then every edge once, in order, in a few batches', () => {
    for (const edges of [0, 1, MIN_EDGE_BATCH, 2994, 29_994]) {
      const batches = edgeBatches(LARGE_GRAPH_NODES, edges);
      expect(batches.first, `${edges} edges`).toBe(0);
      expect(covered(batches), `${edges} edges`).toEqual([...Array(edges).keys()]);
      expect(batches.later.length, `${edges} edges`).toBeLessThanOrEqual(EDGE_BATCHES);
    }
  });

  test('keeps batches of at least MIN_EDGE_BATCH edges, except the last', () => {
    expect(edgeBatches(LARGE_GRAPH_NODES, 2994).later).toEqual([[0, 1000], [1000, 2000], [2000, 2994]]);
    expect(edgeBatches(LARGE_GRAPH_NODES, 29_994).later).toEqual([[0, 7499], [7499, 14_998], [14_998, 22_497], [22_497, 29_994]]);
  });
});

describe('isLargeGraph', () => {
  test('is true from LARGE_GRAPH_NODES nodes on', () => {
    expect(isLargeGraph(LARGE_GRAPH_NODES - 1)).toBe(false);
    expect(isLargeGraph(LARGE_GRAPH_NODES)).toBe(true);
  });
});

describe('fittedViewport', () => {
  /** Where a point of the graph lands on the canvas under `viewport`. */
  const onCanvas = (viewport: ReturnType<typeof fittedViewport>, x: number, y: number) => ({ x: x * viewport.zoom + viewport.pan.x, y: y * viewport.zoom + viewport.pan.y });

  test('fits the nodes, their whole size included, into the canvas with the padding on the tighter side', () => {
    const positions = [{ x: -100, y: 0 }, { x: 300, y: 50 }, { x: 100, y: -50 }];
    const viewport = fittedViewport(positions, 800, 600);
    const topLeft = onCanvas(viewport, -100 - NODE_SIZE / 2, -50 - NODE_SIZE / 2);
    const bottomRight = onCanvas(viewport, 300 + NODE_SIZE / 2, 50 + NODE_SIZE / 2);
    // Wider than tall: the width decides the zoom, the height is centred.
    expect(topLeft.x).toBeCloseTo(FIT_PADDING);
    expect(bottomRight.x).toBeCloseTo(800 - FIT_PADDING);
    expect((topLeft.y + bottomRight.y) / 2).toBeCloseTo(300);
    expect(topLeft.y).toBeGreaterThan(FIT_PADDING);
  });

  test('takes its own padding across and down, e.g. room for labels at the sides', () => {
    const positions = [{ x: 0, y: 0 }, { x: 1000, y: 100 }];
    const viewport = fittedViewport(positions, 800, 600, { x: 70, y: 24 });
    expect(onCanvas(viewport, -NODE_SIZE / 2, 0).x).toBeCloseTo(70);
    expect(onCanvas(viewport, 1000 + NODE_SIZE / 2, 0).x).toBeCloseTo(730);
  });

  test('keeps the zoom within the canvas limits', () => {
    expect(fittedViewport([{ x: 0, y: 0 }], 800, 600).zoom).toBe(ZOOM_LIMITS.max);
    expect(fittedViewport([{ x: 0, y: 0 }, { x: 1e7, y: 1e7 }], 800, 600).zoom).toBe(ZOOM_LIMITS.min);
  });

  test('centres a single node', () => {
    const viewport = fittedViewport([{ x: 40, y: -20 }], 800, 600);
    expect(onCanvas(viewport, 40, -20)).toEqual({ x: 400, y: 300 });
  });

  test('shows the origin in the middle when there is nothing to fit', () => {
    expect(fittedViewport([], 800, 600)).toEqual({ zoom: 1, pan: { x: 400, y: 300 } });
  });
});
