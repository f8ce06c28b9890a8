import { describe, expect, test } from 'vitest';
import { syntheticGraph } from './synthetic-graph.ts';

describe('syntheticGraph', () => {
  test('has the asked number of nodes and about edgesPerNode edges per node, none dangling or repeated', () => {
    const graph = syntheticGraph({ nodes: 1000, edgesPerNode: 3, seed: 1 });
    expect(graph.nodes).toHaveLength(1000);
    expect(graph.edges).toHaveLength(3 * 1000 - 6);
    const ids = new Set(graph.nodes.map((node) => node.data.id));
    for (const { data } of graph.edges) expect(ids.has(data.source) && ids.has(data.target), data.id).toBe(true);
    expect(new Set(graph.edges.map((edge) => edge.data.id)).size).toBe(graph.edges.length);
  });

  test('is the same for the same seed and differs for another', () => {
    const options = { nodes: 50, edgesPerNode: 3, seed: 5 };
    expect(syntheticGraph(options)).toEqual(syntheticGraph(options));
    expect(syntheticGraph({ ...options, seed: 6 })).not.toEqual(syntheticGraph(options));
  });
});
