/**
 * The influence graph as data: one node per entity and one edge per relation of the knowledge base
 * (plus notable citations that are not made), in Cytoscape's elements format, and the
 * neighbourhood slices the local graphs of entry pages show.
 */
import type { Entity, EntityKind, KnowledgeBase } from './kb.ts';
import type { Evidence } from './schema.ts';
import { RELATION_TYPES } from './references.ts';
import { otherNames, shortCitation } from './entry-names.ts';
import { entryCheck, type EntryCheck } from './entry-check.ts';

/** Every kind of edge: the knowledge base's relation types, then notable absent citations. */
export const GRAPH_EDGE_TYPES = [...RELATION_TYPES, 'does_not_cite'] as const;

/** One kind of edge in the graph. */
export type GraphEdgeType = (typeof GRAPH_EDGE_TYPES)[number];

/** What a node says about its entity (with a claim's `verdict` and, for an entry not fully verified, its `verification`). */
export interface GraphNodeData extends EntryCheck {
  /** The entity's id (its file name). */
  id: string;
  /** The entity's kind: person, org, work, claim, event or dataset. */
  type: EntityKind;
  /** Display name or title. */
  label: string;
  /** Name or title in the original script, when there is one. */
  native?: { text: string; lang: string };
  /** Other names the find box knows it by: aliases, a work's short citation ("Kaplan et al. 2020"). */
  aliases?: string[];
  /** Year the entity's own date starts in (published, founded, happened), when it has one. */
  year?: number;
  /** Page path from the site root, e.g. `/people/dario-amodei/`. */
  url: string;
  /** A work's arXiv id, e.g. `1712.00409`: the find box finds the work by it in any pasted form. */
  arxiv?: string;
  /** A work's DOI, e.g. `10.1145/3293883.3295710`: the find box finds the work by it. */
  doi?: string;
}

/** What an edge says: its ends, its type and the evidence that shows it. */
export interface GraphEdgeData {
  /** The relation's id, e.g. `cites:kaplan-2020->hestness-2017`. */
  id: string;
  /** Id of the node the edge starts at. */
  source: string;
  /** Id of the node the edge ends at. */
  target: string;
  type: GraphEdgeType;
  /** What shows the edge; never empty for edges made from the knowledge base. */
  evidence: Evidence[];
  /** Start of the relation (EDTF). */
  from?: string;
  /** End of the relation (EDTF). */
  to?: string;
  /** Short description: a role, a citation context, an influence. */
  note?: string;
}

/** A point on the layout plane. */
export interface Position {
  x: number;
  y: number;
}

/** A node in Cytoscape's elements format; `position` is set once the graph is laid out. */
export interface GraphNode {
  data: GraphNodeData;
  position?: Position;
}

/** An edge in Cytoscape's elements format. */
export interface GraphEdge {
  data: GraphEdgeData;
}

/** A graph in Cytoscape's elements format. */
export interface GraphElements {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** A graph whose every node has its position: what `/graph.json` holds. */
export interface LaidOutGraph extends GraphElements {
  nodes: Required<GraphNode>[];
}

/** The part of a graph around one node, with each node's distance from it. */
export interface Neighbourhood extends GraphElements {
  /** The node the slice is centred on. */
  centre: string;
  /** Hops from the centre to each node of the slice (the centre is 0). */
  hops: Map<string, number>;
}

/** The names besides its label and original-script name that the find box knows an entity by: its other names and a work's short citation. */
function findNames(kb: KnowledgeBase, entity: Entity): string[] {
  const names = [...otherNames(entity), ...(entity.collection === 'works' ? [shortCitation(kb, entity)] : [])];
  return names.filter((name): name is string => Boolean(name) && name !== entity.label && name !== entity.nativeLabel?.text);
}

/** The `aliases` field of a node: left out when there are none. */
const withAliases = (aliases: string[]) => (aliases.length > 0 ? { aliases } : {});

/** A work's `arxiv` and `doi` fields, each left out when the work has none (other entities have none). */
function identifiers(entity: Entity): Pick<GraphNodeData, 'arxiv' | 'doi'> {
  if (entity.collection !== 'works') return {};
  const { arxiv, doi } = entity.data.identifiers;
  return { ...(arxiv ? { arxiv } : {}), ...(doi ? { doi } : {}) };
}

const byId = <T extends { data: { id: string } }>(a: T, b: T) => (a.data.id < b.data.id ? -1 : a.data.id > b.data.id ? 1 : 0);

/** The graph of the knowledge base: every entity a node, every relation an edge with its evidence (sorted by id). */
export function buildGraph(kb: KnowledgeBase): GraphElements {
  const nodes: GraphNode[] = [...kb.entities.values()].map((entity) => ({
    data: {
      id: entity.id,
      type: entity.kind,
      label: entity.label,
      ...(entity.nativeLabel ? { native: entity.nativeLabel } : {}),
      ...withAliases(findNames(kb, entity)),
      ...(entity.year !== undefined ? { year: entity.year } : {}),
      url: entity.url,
      ...identifiers(entity),
      ...entryCheck(entity),
    },
  }));
  const relations: GraphEdge[] = kb.relations.map(({ id, source, target, type, evidence, from, to, note }) => ({
    data: { id, source, target, type, evidence, ...(from ? { from } : {}), ...(to ? { to } : {}), ...(note ? { note } : {}) },
  }));
  const absences: GraphEdge[] = kb.absences.map((absence) => ({
    data: {
      id: `does_not_cite:${absence.source}->${absence.target}`,
      source: absence.source,
      target: absence.target,
      type: 'does_not_cite',
      evidence: [{ note: absence.note, source: absence.evidence }],
      note: absence.note,
    },
  }));
  return { nodes: nodes.sort(byId), edges: [...relations, ...absences].sort(byId) };
}

/** Earliest and latest node year, or undefined when no node is dated. */
export function yearSpan(graph: GraphElements): { min: number; max: number } | undefined {
  const years = graph.nodes.flatMap((node) => (node.data.year === undefined ? [] : [node.data.year]));
  return years.length ? { min: Math.min(...years), max: Math.max(...years) } : undefined;
}

/** Options of `neighbourhood`. */
export interface NeighbourhoodOptions {
  /** Farthest ring to include, in hops (edges followed either way). */
  maxHops: number;
  /** A ring beyond the first is added only if the slice then stays within this many nodes. */
  maxNodes: number;
}

/** Where the whole graph's file is, from the site root. */
export const GRAPH_JSON_PATH = '/graph.json';

/** Where an entry's local graph file is, from the site root: `/graph/local/<id>.json`. */
export function localGraphPath(id: string): string {
  return `/graph/local/${id}.json`;
}

/** How far an entry's local graph reaches: one hop always, two while it stays small enough to read. */
export const LOCAL_GRAPH: NeighbourhoodOptions = { maxHops: 2, maxNodes: 30 };

/**
 * A function giving each node's neighbourhood slice (see `neighbourhood`), with the adjacency
 * indexed once so a slice per entry page costs only the slice, not the whole graph.
 */
export function neighbourhoods(graph: GraphElements, { maxHops, maxNodes }: NeighbourhoodOptions): (centre: string) => Neighbourhood {
  const nodeOrder = new Map(graph.nodes.map((node, index) => [node.data.id, index]));
  const adjacent = new Map<string, Set<string>>();
  const degrees = new Map<string, number>();
  for (const { data } of graph.edges) {
    for (const [a, b] of [[data.source, data.target], [data.target, data.source]] as const) {
      adjacent.set(a, (adjacent.get(a) ?? new Set()).add(b));
      degrees.set(a, (degrees.get(a) ?? 0) + 1);
    }
  }
  // Each edge is looked up from its end with fewer edges only: a slice holding a hub then does not
  // walk all of the hub's edges to find the few inside it.
  const degree = (id: string) => degrees.get(id) ?? 0;
  const ownedEdges = new Map<string, number[]>();
  graph.edges.forEach(({ data: { source, target } }, index) => {
    const owner = degree(source) < degree(target) || (degree(source) === degree(target) && source <= target) ? source : target;
    if (!ownedEdges.has(owner)) ownedEdges.set(owner, []);
    ownedEdges.get(owner)!.push(index);
  });
  /** The sorted nodes one step beyond `ring` not yet in `hops`, or undefined once they would be more than `room` (a hub's second ring is not collected whole only to be dropped). */
  const nextRing = (ring: readonly string[], hops: ReadonlyMap<string, number>, room: number): string[] | undefined => {
    const next = new Set<string>();
    for (const id of ring) {
      for (const neighbour of adjacent.get(id) ?? []) {
        if (hops.has(neighbour)) continue;
        next.add(neighbour);
        if (next.size > room) return undefined;
      }
    }
    return [...next].sort();
  };
  return (centre) => {
    if (!nodeOrder.has(centre)) throw new Error(`neighbourhood: no node "${centre}" in the graph`);
    const hops = new Map([[centre, 0]]);
    let ring = [centre];
    for (let hop = 1; hop <= maxHops && ring.length > 0; hop++) {
      const next = nextRing(ring, hops, hop > 1 ? maxNodes - hops.size : Infinity);
      if (!next) break;
      for (const id of next) hops.set(id, hop);
      ring = next;
    }
    const edges = new Set<number>();
    for (const id of hops.keys()) {
      for (const edge of ownedEdges.get(id) ?? []) if (hops.has(graph.edges[edge]!.data.source) && hops.has(graph.edges[edge]!.data.target)) edges.add(edge);
    }
    return {
      centre,
      hops,
      nodes: [...hops.keys()].map((id) => nodeOrder.get(id)!).sort((a, b) => a - b).map((index) => graph.nodes[index]!),
      edges: [...edges].sort((a, b) => a - b).map((index) => graph.edges[index]!),
    };
  };
}

/**
 * The nodes within `maxHops` of `centre` and every edge between them. The first ring is always
 * included; each further ring only while the slice stays within `maxNodes`, so hubs stay readable.
 */
export function neighbourhood(graph: GraphElements, centre: string, options: NeighbourhoodOptions): Neighbourhood {
  return neighbourhoods(graph, options)(centre);
}
