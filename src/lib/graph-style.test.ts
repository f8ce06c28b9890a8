import { describe, expect, test } from 'vitest';
import { graphStylesheet, rendererOptions, EDGE_LINE_STYLES, LARGE_GRAPH_NODES } from './graph-style.ts';
import { GRAPH_EDGE_TYPES } from './graph.ts';
import { KIND_STYLES } from './visual.ts';

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

  test('uses the page colours it is given', () => {
    const sheet = graphStylesheet(COLOURS);
    expect(rule(sheet, 'node')).toMatchObject({ color: '#111', 'text-background-color': '#fff' });
    expect(rule(sheet, 'edge')).toMatchObject({ 'line-color': '#ccc' });
  });

  test('switches large graphs to cheap straight edges, names only the focused node, and a faster renderer', () => {
    expect(rule(graphStylesheet(COLOURS, LARGE_GRAPH_NODES - 1), 'edge')['curve-style']).toBe('bezier');
    expect(rule(graphStylesheet(COLOURS, LARGE_GRAPH_NODES - 1), 'node').label).toBe('data(label)');
    expect(rule(graphStylesheet(COLOURS, LARGE_GRAPH_NODES), 'edge')['curve-style']).toBe('haystack');
    expect(rule(graphStylesheet(COLOURS, LARGE_GRAPH_NODES), 'node').label).toBe('');
    expect(rule(graphStylesheet(COLOURS, LARGE_GRAPH_NODES), 'node.focused, node.centre').label).toBe('data(label)');
    expect(rendererOptions(LARGE_GRAPH_NODES - 1)).toMatchObject({ hideEdgesOnViewport: false, pixelRatio: 'auto' });
    expect(rendererOptions(LARGE_GRAPH_NODES)).toMatchObject({ hideEdgesOnViewport: true, textureOnViewport: true, pixelRatio: 1 });
  });
});
