/**
 * The /graph/ explorer's view state (focused node or shown connection, and filters) and its form in
 * the URL, so a view can be shared: `?focus=dario-amodei&hideKinds=event&hideEdges=cites&from=2010&to=2020`,
 * `?edge=cites:kaplan-2020-scaling-laws->hestness-2017-scaling-predictable`.
 * Only what differs from the default view is written.
 */
import type { EntityKind } from './kb.ts';
import { KIND_STYLES } from './visual.ts';
import { GRAPH_EDGE_TYPES, type GraphEdgeType, type GraphNodeData } from './graph.ts';
import { indexedQuery } from './search-query.ts';

/** Every node kind, in a fixed order. */
export const GRAPH_NODE_TYPES = Object.keys(KIND_STYLES) as readonly EntityKind[];

/** What the explorer shows. */
export interface GraphViewState {
  /** The node whose neighbourhood is highlighted. */
  focus?: string;
  /** The connection whose type, ends and evidence the panel shows, by edge id. */
  edge?: string;
  /** Node kinds that are hidden. */
  hiddenKinds: EntityKind[];
  /** Edge types that are hidden. */
  hiddenEdges: GraphEdgeType[];
  /** Hide dated nodes from before this year. */
  from?: number;
  /** Hide dated nodes from after this year. */
  to?: number;
}

const listParam = <T extends string>(value: string | null, allowed: readonly T[]): T[] =>
  (value ?? '').split(',').filter((item): item is T => (allowed as readonly string[]).includes(item));

const yearParam = (value: string | null): number | undefined => (value && /^-?\d{1,4}$/.test(value) ? Number(value) : undefined);

/** The view a query string describes; unknown kinds, types and malformed years are ignored. */
export function parseViewState(search: string): GraphViewState {
  const params = new URLSearchParams(search);
  const focus = params.get('focus') || undefined;
  const edge = params.get('edge') || undefined;
  const from = yearParam(params.get('from'));
  const to = yearParam(params.get('to'));
  return {
    ...(focus ? { focus } : {}),
    ...(edge ? { edge } : {}),
    hiddenKinds: listParam(params.get('hideKinds'), GRAPH_NODE_TYPES),
    hiddenEdges: listParam(params.get('hideEdges'), GRAPH_EDGE_TYPES),
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
  };
}

/** The query string of a view (with its leading `?`), or '' for the default view. */
export function serializeViewState(state: GraphViewState): string {
  const params = new URLSearchParams();
  if (state.focus) params.set('focus', state.focus);
  if (state.edge) params.set('edge', state.edge);
  if (state.hiddenKinds.length) params.set('hideKinds', GRAPH_NODE_TYPES.filter((k) => state.hiddenKinds.includes(k)).join(','));
  if (state.hiddenEdges.length) params.set('hideEdges', GRAPH_EDGE_TYPES.filter((e) => state.hiddenEdges.includes(e)).join(','));
  if (state.from !== undefined) params.set('from', String(state.from));
  if (state.to !== undefined) params.set('to', String(state.to));
  const query = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return query ? `?${query}` : '';
}

/** The view with its connection closed (Escape in the panel): the focused entry and the filters stay. */
export function withoutEdge(state: GraphViewState): GraphViewState {
  const { edge: _closed, ...rest } = state;
  return rest;
}

/** Whether a node passes the filters: its kind is shown and, when dated, its year is in range (undated nodes always pass the years). */
export function nodeVisible(node: Pick<GraphNodeData, 'type' | 'year'>, state: GraphViewState): boolean {
  if (state.hiddenKinds.includes(node.type)) return false;
  if (node.year === undefined) return true;
  return (state.from === undefined || node.year >= state.from) && (state.to === undefined || node.year <= state.to);
}

/** What it took to show a node the filters hid. */
export interface Reveal {
  /** The view with the node visible. */
  state: GraphViewState;
  /** The node's kind, when that kind had been hidden and is shown again. */
  kindShown?: EntityKind;
  /** The node's year, when the year range had left it out and now reaches it. */
  yearIncluded?: number;
}

/** The view with `node` visible: its kind shown again if it was hidden, the year range widened just to its year if it left it out; and what changed. */
export function revealNode(node: Pick<GraphNodeData, 'type' | 'year'>, state: GraphViewState): Reveal {
  const { type, year } = node;
  const before = year !== undefined && state.from !== undefined && year < state.from;
  const after = year !== undefined && state.to !== undefined && year > state.to;
  return {
    state: { ...state, hiddenKinds: state.hiddenKinds.filter((kind) => kind !== type), ...(before ? { from: year } : {}), ...(after ? { to: year } : {}) },
    ...(state.hiddenKinds.includes(type) ? { kindShown: type } : {}),
    ...(before || after ? { yearIncluded: year } : {}),
  };
}

/** Whether an edge's type is shown (an edge is drawn only when both its ends are visible too). */
export function edgeTypeVisible(type: GraphEdgeType, state: GraphViewState): boolean {
  return !state.hiddenEdges.includes(type);
}

/** Text as words between single spaces, lower case, with a space in front: punctuation separates words. */
const asWords = (text: string) => ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()}`;

/** A query written as a citation: it has a year or "et al." ("Kaplan 2020", "Hestness et al."). */
const CITATION_STYLE = /\b(1[89]|20)\d\d\b|\bet al\b/;

/**
 * The node a find-box query names: an exact id or name (or original-script name, or another name
 * such as "Chinchilla" or "Kaplan et al. 2020") first, then names with a word starting with the query
 * ("Hestness" finds Joel Hestness), then names in which every word of the query starts a word, then
 * names containing it; among those the shortest name wins. A query written as a citation ("Kaplan
 * 2020") takes the last two alike and prefers a name that starts with its first word: the paper
 * Kaplan leads before "Sharma & Kaplan 2020". A work's identifier counts as an exact name, in any
 * form the site search reads it (`1712.00409`, `arXiv:1712.00409`, an arxiv.org or doi.org link, a DOI).
 */
export function findNode<N extends Pick<GraphNodeData, 'id' | 'label' | 'native' | 'aliases' | 'arxiv' | 'doi'>>(nodes: readonly N[], query: string): N | undefined {
  const needle = query.trim().toLowerCase();
  if (!needle) return undefined;
  const identifier = indexedQuery(query).toLowerCase();
  // Both sides as the site search reads them: arXiv's own DOI (10.48550/arXiv.…) is the arXiv id.
  const identifies = (node: N) => [node.arxiv, node.doi].some((id) => id !== undefined && indexedQuery(id).toLowerCase() === identifier);
  const names = (node: N) => [node.label, node.native?.text ?? '', ...(node.aliases ?? [])].map((name) => name.toLowerCase()).filter(Boolean);
  const wordStart = asWords(needle);
  const queryWords = wordStart.trim().split(' ');
  const citation = CITATION_STYLE.test(needle);
  const rank = (node: N) => {
    if (node.id === needle || names(node).includes(needle) || identifies(node)) return 0;
    if (names(node).some((name) => asWords(name).includes(wordStart))) return 1;
    if (names(node).some((name) => queryWords.every((word) => asWords(name).includes(` ${word}`)))) return citation ? 1 : 2;
    return names(node).some((name) => name.includes(needle)) ? 3 : 4;
  };
  const leads = (node: N) => (citation && names(node).some((name) => asWords(name).startsWith(` ${queryWords[0]} `)) ? 0 : 1);
  const best = nodes.map((node) => ({ node, rank: rank(node), leads: leads(node) })).filter((match) => match.rank < 4);
  best.sort((a, b) => a.rank - b.rank || a.leads - b.leads || a.node.label.length - b.node.label.length);
  return best[0]?.node;
}
