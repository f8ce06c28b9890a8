/**
 * In which order a graph drawing offers its nodes a label (see `placeLabels`, where the first come
 * get the room): the lead (the focused node, a local graph's centre) first, then the nodes linked to
 * it by an edge that carries the story (STRONG_EDGES: evidence for or against, influence), then its
 * other neighbours, then the rest; within each, the best-connected first.
 */
import { STRONG_EDGES } from './graph-style.ts';
import type { GraphEdgeType } from './graph.ts';

/** How a node is tied to the drawing's lead, closest first. */
export const LEAD_TIES = ['lead', 'story', 'neighbour', 'none'] as const;

/** How a node is tied to the drawing's lead: it is the lead, linked to it by a story edge, by another edge, or not at all. */
export type LeadTie = (typeof LEAD_TIES)[number];

/** What a node's place in the labelling order depends on. */
export interface LabelRank {
  /** The node's id: the last tie-break, so the order never depends on the drawing's. */
  id: string;
  /** How it is tied to the lead. */
  tie: LeadTie;
  /** How many edges it has. */
  degree: number;
}

/** The tie to the lead of a node that is the lead (`isLead`) or is linked to it by edges of `types` (none: not linked). */
export function leadTie(isLead: boolean, types: Iterable<GraphEdgeType>): LeadTie {
  if (isLead) return 'lead';
  const linked = [...types];
  if (linked.some((type) => STRONG_EDGES.includes(type))) return 'story';
  return linked.length > 0 ? 'neighbour' : 'none';
}

/** The types of the edges among `edges` that link each node to a lead (`isLead`), by node id; a lead's own edges are listed under it too. */
export function linkTypesToLeads(edges: Iterable<{ source: string; target: string; type: GraphEdgeType }>, isLead: (id: string) => boolean): Map<string, GraphEdgeType[]> {
  const links = new Map<string, GraphEdgeType[]>();
  for (const { source, target, type } of edges) {
    if (!isLead(source) && !isLead(target)) continue;
    for (const end of [source, target]) links.set(end, [...(links.get(end) ?? []), type]);
  }
  return links;
}

/** Sort comparator putting the node to label first first: closest tie to the lead, then most edges, then id. */
export function byLabelRank(a: LabelRank, b: LabelRank): number {
  return LEAD_TIES.indexOf(a.tie) - LEAD_TIES.indexOf(b.tie) || b.degree - a.degree || a.id.localeCompare(b.id);
}
