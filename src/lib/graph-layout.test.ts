import { describe, expect, test } from 'vitest';
import { buildKnowledgeBase, type KbEntry } from './kb.ts';
import { buildGraph, LOCAL_GRAPH, neighbourhood, type GraphElements } from './graph.ts';
import { layoutGraph, layoutNeighbourhood, localGraphFiles, localGraphJson, MIN_NODE_DISTANCE, placesByLabelRoom } from './graph-layout.ts';
import { syntheticGraph } from './synthetic-graph.ts';
import { checkFiles, validFiles } from './test-fixtures.ts';

function fixtureGraph(): GraphElements {
  const { entries } = checkFiles(validFiles());
  return buildGraph(buildKnowledgeBase(entries as KbEntry[]));
}

const positions = (graph: { nodes: { data: { id: string }; position?: { x: number; y: number } }[] }) =>
  Object.fromEntries(graph.nodes.map((node) => [node.data.id, node.position]));

describe('layoutGraph', () => {
  test('gives every node a finite position and keeps nodes, edges and data as they were', () => {
    const graph = fixtureGraph();
    const laidOut = layoutGraph(graph);
    expect(laidOut.edges).toEqual(graph.edges);
    expect(laidOut.nodes.map((node) => node.data)).toEqual(graph.nodes.map((node) => node.data));
    for (const node of laidOut.nodes) {
      expect(Number.isFinite(node.position.x) && Number.isFinite(node.position.y), node.data.id).toBe(true);
    }
    expect(new Set(laidOut.nodes.map((node) => `${node.position.x},${node.position.y}`)).size).toBe(laidOut.nodes.length);
  });

  test('is deterministic: same graph, same positions, whatever the order of the input and on repeated runs', () => {
    const graph = syntheticGraph({ nodes: 40, edgesPerNode: 2, seed: 7 });
    const first = positions(layoutGraph(graph));
    const shuffled = { nodes: [...graph.nodes].reverse(), edges: [...graph.edges].reverse() };
    expect(positions(layoutGraph(graph))).toEqual(first);
    expect(positions(layoutGraph(shuffled))).toEqual(first);
    expect(positions(layoutGraph(graph, { quality: 'draft' }))).toEqual(positions(layoutGraph(graph, { quality: 'draft' })));
  });

  test('keeps every two nodes at least MIN_NODE_DISTANCE apart (default quality, the site\'s)', () => {
    const { nodes } = layoutGraph(syntheticGraph({ nodes: 300, edgesPerNode: 3, seed: 5 }), { quality: 'default' });
    expect(nodes).toHaveLength(300);
    const points = nodes.map((node) => node.position);
    let closest = Infinity;
    for (const [i, a] of points.entries()) for (const b of points.slice(i + 1)) closest = Math.min(closest, Math.hypot(a.x - b.x, a.y - b.y));
    expect(closest).toBeGreaterThanOrEqual(MIN_NODE_DISTANCE);
  });

  test('changes with the seed, and leaves Math.random unseeded afterwards', () => {
    const graph = syntheticGraph({ nodes: 30, edgesPerNode: 2, seed: 3 });
    expect(positions(layoutGraph(graph, { seed: 1 }))).not.toEqual(positions(layoutGraph(graph, { seed: 2 })));
    const random = Math.random;
    layoutGraph(graph);
    expect(Math.random).toBe(random);
  });

  // The draft (spectral only) layout is rougher: linked pairs are still well below the average distance, not at half of it.
  for (const [quality, factor] of [['default', 0.5], ['draft', 0.75]] as const) test(`puts linked nodes closer together than the average pair (${quality} quality)`, () => {
    const laidOut = layoutGraph(syntheticGraph({ nodes: 80, edgesPerNode: 2, seed: 11 }), { quality });
    const at = new Map(laidOut.nodes.map((node) => [node.data.id, node.position]));
    const distance = (a: string, b: string) => Math.hypot(at.get(a)!.x - at.get(b)!.x, at.get(a)!.y - at.get(b)!.y);
    const linked = laidOut.edges.map((edge) => distance(edge.data.source, edge.data.target));
    const ids = [...at.keys()];
    const all = ids.flatMap((a, i) => ids.slice(i + 1).map((b) => distance(a, b)));
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(mean(linked)).toBeLessThan(mean(all) * factor);
    expect(new Set(laidOut.nodes.map((node) => `${node.position.x},${node.position.y}`)).size).toBe(laidOut.nodes.length);
  });
});

describe('layoutNeighbourhood', () => {
  test('puts the centre in the middle and each ring farther out', () => {
    const graph = fixtureGraph();
    const slice = layoutNeighbourhood(neighbourhood(graph, 'hestness-2017', { maxHops: 2, maxNodes: 50 }));
    const centre = slice.nodes.find((node) => node.data.id === 'hestness-2017')!.position;
    const radius = (id: string) => {
      const { x, y } = slice.nodes.find((node) => node.data.id === id)!.position;
      return Math.hypot(x - centre.x, y - centre.y);
    };
    const ring = (hop: number) => [...slice.hops].filter(([, h]) => h === hop).map(([id]) => radius(id));
    expect(ring(1).length).toBeGreaterThan(0);
    expect(ring(2).length).toBeGreaterThan(0);
    expect(Math.max(...ring(1))).toBeLessThan(Math.min(...ring(2)));
    expect(slice.centre).toBe('hestness-2017');
    expect(positions(layoutNeighbourhood(neighbourhood(graph, 'hestness-2017', { maxHops: 2, maxNodes: 50 })))).toEqual(positions(slice));
  });
});

describe('where a ring puts its nodes', () => {
  test('the places with most room for a label come first: the top and the bottom, then the sides, where labels stack, and next to the top and the bottom last', () => {
    expect(placesByLabelRoom(10)).toEqual([0, 5, 2, 3, 7, 8, 1, 4, 6, 9]);
    expect(placesByLabelRoom(6)).toEqual([0, 3, 1, 2, 4, 5]);
    expect(placesByLabelRoom(4)).toEqual([0, 2, 1, 3]);
    expect(placesByLabelRoom(1)).toEqual([0]);
  });

  test('a claim’s evidence for and against takes the top and the bottom of its ring, ahead of entries it is only about', () => {
    const slice = layoutNeighbourhood({
      centre: 'claim',
      hops: new Map([['claim', 0], ['about-a', 1], ['about-b', 1], ['about-c', 1], ['against', 1], ['for', 1], ['about-d', 1]]),
      nodes: ['claim', 'about-a', 'about-b', 'about-c', 'against', 'for', 'about-d'].map((id) => ({ data: { id, type: 'work', label: id, year: null, url: `/${id}/` } })),
      edges: [
        ...['about-a', 'about-b', 'about-c', 'about-d'].map((id) => ({ data: { id: `claim-${id}`, source: 'claim', target: id, type: 'about' as const, evidence: [] } })),
        { data: { id: 'against-claim', source: 'against', target: 'claim', type: 'contradicts' as const, evidence: [] } },
        { data: { id: 'for-claim', source: 'for', target: 'claim', type: 'supports' as const, evidence: [] } },
      ],
    } as unknown as Parameters<typeof layoutNeighbourhood>[0]);
    const at = Object.fromEntries(slice.nodes.map((node) => [node.data.id, node.position]));
    const centre = at.claim!;
    const uppermost = [...slice.nodes].sort((a, b) => a.position.y - b.position.y);
    expect(new Set([uppermost[0]!.data.id, uppermost.at(-1)!.data.id]), 'the two nodes on the vertical through the centre').toEqual(new Set(['against', 'for']));
    expect(Math.abs(at.against!.x - centre.x) + Math.abs(at.for!.x - centre.x)).toBeLessThan(1);
  });
});

describe('rings of a local graph', () => {
  test('spread evenly out to the outermost, so a few direct neighbours are not crowded round the centre under its label', () => {
    const direct = ['a', 'b', 'c'];
    const further = direct.flatMap((id) => Array.from({ length: 8 }, (_, index) => [id, `${id}${index}`] as const));
    const node = (id: string) => ({ data: { id, type: 'work', label: id, year: null, url: `/${id}/` } });
    const edge = (source: string, target: string) => ({ data: { id: `${source}-${target}`, source, target, type: 'cites' as const, evidence: [] } });
    const slice = layoutNeighbourhood({
      centre: 'centre',
      hops: new Map([['centre', 0], ...direct.map((id) => [id, 1] as const), ...further.map(([, id]) => [id, 2] as const)]),
      nodes: ['centre', ...direct, ...further.map(([, id]) => id)].map(node),
      edges: [...direct.map((id) => edge('centre', id)), ...further.map(([from, id]) => edge(from, id))],
    } as unknown as Parameters<typeof layoutNeighbourhood>[0]);
    const at = Object.fromEntries(slice.nodes.map((each) => [each.data.id, each.position]));
    const radius = (id: string) => Math.hypot(at[id]!.x - at.centre!.x, at[id]!.y - at.centre!.y);
    const outer = Math.max(...further.map(([, id]) => radius(id)));
    for (const id of direct) expect(radius(id), id).toBeCloseTo(outer / 2, 0);
  });
});

describe('localGraphFiles', () => {
  test('gives every node of the laid-out graph one file, the same text its dev route serves, even after a JSON round trip', () => {
    const graph = layoutGraph(fixtureGraph());
    const files = [...localGraphFiles(JSON.parse(JSON.stringify(graph)), LOCAL_GRAPH)];
    expect(files.map(([id]) => id)).toEqual(graph.nodes.map((node) => node.data.id));
    for (const [id, text] of files) {
      expect(text).toBe(localGraphJson(layoutNeighbourhood(neighbourhood(graph, id, LOCAL_GRAPH))));
      expect(JSON.parse(text).centre).toBe(id);
    }
  });
});
