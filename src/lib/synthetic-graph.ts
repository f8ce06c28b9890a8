/** Synthetic graphs of any size for the benchmark: seeded, connected, about `edgesPerNode` edges per node. */
import type { GraphElements, GraphEdgeType } from './graph.ts';
import { GRAPH_EDGE_TYPES } from './graph.ts';
import { GRAPH_NODE_TYPES } from './graph-view-state.ts';
import { seededRandom } from './random.ts';

/** Size and seed of a synthetic graph. */
export interface SyntheticGraphOptions {
  /** Number of nodes. */
  nodes: number;
  /** Edges added per node after the first few (each to an earlier node, so the graph is connected). */
  edgesPerNode: number;
  /** Seed: the same options always give the same graph. */
  seed: number;
}

/**
 * A graph grown node by node, each new node linked to `edgesPerNode` distinct earlier nodes chosen
 * mostly by degree (preferential attachment), so it has hubs like a real citation graph.
 * Its evidence points at example.org: it is test data, not knowledge.
 */
export function syntheticGraph({ nodes, edgesPerNode, seed }: SyntheticGraphOptions): GraphElements {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const ends: number[] = [];
  const graph: GraphElements = { nodes: [], edges: [] };
  for (let i = 0; i < nodes; i++) {
    graph.nodes.push({ data: { id: `n${i}`, type: pick(GRAPH_NODE_TYPES), label: `Node ${i}`, year: 1990 + Math.floor(random() * 36), url: `/works/n${i}/` } });
    const targets = new Set<number>();
    while (targets.size < Math.min(edgesPerNode, i)) targets.add(random() < 0.8 && ends.length ? pick(ends) : Math.floor(random() * i));
    for (const target of [...targets].sort((a, b) => a - b)) {
      const type: GraphEdgeType = pick(GRAPH_EDGE_TYPES);
      graph.edges.push({
        data: { id: `${type}:n${i}->n${target}`, source: `n${i}`, target: `n${target}`, type, evidence: [{ note: 'synthetic', source: { url: `https://example.org/synthetic/${i}`, accessed: '2026-11-29', reliability: 'primary' } }] },
      });
      ends.push(i, target);
    }
  }
  return graph;
}
