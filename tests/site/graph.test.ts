/** The built graph against the knowledge base: /graph.json, the local slices, /graph/'s list, and no Cytoscape on entry pages' first load. */
import { beforeAll, describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkContentFolder } from '../../src/lib/content-check.ts';
import { buildKnowledgeBase, type Entity, type KbEntry } from '../../src/lib/kb.ts';
import { buildGraph, GRAPH_EDGE_TYPES, type LaidOutGraph } from '../../src/lib/graph.ts';
import { notVerified } from '../../src/lib/entry-check.ts';
import { en } from '../../src/i18n/en.ts';
import { layoutGraph, MIN_NODE_DISTANCE } from '../../src/lib/graph-layout.ts';
import { DIST } from '../helpers/static-server.ts';
import { attributeValues } from '../helpers/dist-files.ts';
import { bundlesContaining, eagerBundles, CYTOSCAPE_MARKER } from '../helpers/bundles.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const kb = buildKnowledgeBase(checkContentFolder(ROOT).entries as KbEntry[]);
const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(DIST, path), 'utf8')) as T;
let graph: LaidOutGraph;

beforeAll(() => {
  if (!existsSync(join(DIST, 'graph.json'))) throw new Error('dist/graph.json is missing: run "npm run build" first (npm test does it for you).');
  graph = readJson<LaidOutGraph>('graph.json');
});

describe('/graph.json', () => {
  test('is in Cytoscape elements format with exactly the keys nodes and edges', () => {
    expect(Object.keys(graph)).toEqual(['nodes', 'edges']);
    for (const node of graph.nodes) expect(Object.keys(node).sort()).toEqual(['data', 'position']);
    for (const edge of graph.edges) expect(Object.keys(edge)).toEqual(['data']);
  });

  test('holds every entity as a node with its kind, label, page and a position', () => {
    expect(graph.nodes.map((node) => node.data.id).sort()).toEqual([...kb.entities.keys()].sort());
    for (const { data, position } of graph.nodes) {
      const entity = kb.get(data.id);
      expect(data, data.id).toMatchObject({ type: entity.kind, label: entity.label, url: entity.url });
      expect(Number.isFinite(position.x) && Number.isFinite(position.y), data.id).toBe(true);
    }
  });

  test('gives each node only fields the README documents: a claim its verdict, an entry not fully verified its status, a work its identifiers', () => {
    const documented = /^- node `data`:([\s\S]*?)^- edge/m.exec(readFileSync(join(ROOT, 'README.md'), 'utf8'))![1]!;
    for (const key of new Set(graph.nodes.flatMap((node) => Object.keys(node.data)))) expect(documented, `README documents node field ${key}`).toContain(`\`${key}\``);
    for (const { data } of graph.nodes) {
      const entity = kb.get(data.id);
      expect(data.verdict, data.id).toBe(entity.collection === 'claims' ? entity.data.verdict : undefined);
      expect(data.verification, data.id).toBe(notVerified('verification' in entity.data ? entity.data.verification : undefined));
      expect(data.arxiv, data.id).toBe(entity.collection === 'works' ? entity.data.identifiers.arxiv : undefined);
    }
    expect(graph.nodes.filter((node) => node.data.verification).length, 'the atlas has entries not fully verified').toBeGreaterThan(0);
  });

  test('holds every relation as an edge with its evidence, plus every notable absent citation', () => {
    const edges = new Map(graph.edges.map((edge) => [edge.data.id, edge.data]));
    for (const relation of kb.relations) {
      expect(edges.get(relation.id), relation.id).toMatchObject({ source: relation.source, target: relation.target, type: relation.type });
      expect(edges.get(relation.id)!.evidence, relation.id).toEqual(JSON.parse(JSON.stringify(relation.evidence)));
    }
    expect(graph.edges).toHaveLength(kb.relations.length + kb.absences.length);
    for (const { data } of graph.edges) {
      expect(data.evidence.length, data.id).toBeGreaterThan(0);
      for (const evidence of data.evidence) expect(evidence.source.url, data.id).toMatch(/^https?:\/\//);
    }
  });

  test('has no dangling edge ends', () => {
    const ids = new Set(graph.nodes.map((node) => node.data.id));
    expect(graph.edges.filter(({ data }) => !ids.has(data.source) || !ids.has(data.target)).map(({ data }) => data.id)).toEqual([]);
  });

  test('places no node over another: every two are at least MIN_NODE_DISTANCE apart', () => {
    const crowded = graph.nodes.flatMap((a, i) => graph.nodes.slice(i + 1).filter((b) => Math.hypot(a.position.x - b.position.x, a.position.y - b.position.y) < MIN_NODE_DISTANCE).map((b) => `${a.data.id} × ${b.data.id}`));
    expect(crowded).toEqual([]);
  });

  test('has the positions the seeded layout gives the same graph again', () => {
    const again = layoutGraph(buildGraph(kb));
    expect(graph.nodes.map((node) => [node.data.id, node.position])).toEqual(again.nodes.map((node) => [node.data.id, node.position]));
  });
});

describe('local graph slices', () => {
  test('exist for every entity, centred on it, with ends inside the slice', () => {
    for (const id of kb.entities.keys()) {
      const slice = readJson<LaidOutGraph & { centre: string }>(`graph/local/${id}.json`);
      expect(slice.centre).toBe(id);
      const ids = new Set(slice.nodes.map((node) => node.data.id));
      expect(ids.has(id), id).toBe(true);
      for (const neighbour of [...kb.outgoing(id).map((r) => r.target), ...kb.incoming(id).map((r) => r.source)]) expect(ids.has(neighbour), `${id} → ${neighbour}`).toBe(true);
      for (const { data } of slice.edges) expect(ids.has(data.source) && ids.has(data.target), data.id).toBe(true);
    }
  });
});

describe('entry pages against their connections', () => {
  const page = (url: string) => readFileSync(join(DIST, url, 'index.html'), 'utf8');
  /** The text of the page's Connections section. */
  const connections = (html: string) => html.match(/<section[^>]*aria-labelledby="relations-heading"[\s\S]*?<\/section>/)![0];

  test('no page with a connection in /graph.json says it has none, and a page whose connections are all shown above its list says so', () => {
    const touched = new Set(graph.edges.flatMap(({ data }) => [data.source, data.target]));
    const entries = [...kb.entities.values()].filter((entity) => existsSync(join(DIST, entity.url, 'index.html')));
    for (const entity of entries) expect(page(entity.url).includes('No connections recorded yet.'), entity.url).toBe(!touched.has(entity.id));
    // A work with authors only: its list names where they are instead of claiming there are none.
    const gpt3 = connections(page(kb.get('brown-2020-gpt3').url));
    expect(gpt3).toContain('No other connections recorded.');
    expect(gpt3).toMatch(/Shown above on this page:[^<]*Authors and credited organisations: 5 entries/);
  });

  test('a local graph draws only neighbours its page lists, and its caption counts them', () => {
    for (const id of kb.entities.keys()) {
      const slice = readJson<LaidOutGraph & { centre: string }>(`graph/local/${id}.json`);
      if (slice.edges.length === 0 || !existsSync(join(DIST, kb.get(id).url, 'index.html'))) continue;
      const html = page(kb.get(id).url);
      const hrefs = new Set(attributeValues(html, 'href'));
      const centreEdges = slice.edges.filter(({ data }) => data.source === id || data.target === id);
      const neighbours = new Set(centreEdges.map(({ data }) => (data.source === id ? data.target : data.source)));
      for (const neighbour of neighbours) expect(hrefs.has(kb.get(neighbour).url), `${id}: drawn neighbour ${neighbour} is linked on the page`).toBe(true);
      expect(html.match(/<span data-count="connected"[^>]*>(\d+)<\/span>/)?.[1], id).toBe(String(neighbours.size));
      const outer = slice.nodes.length - 1 - neighbours.size;
      expect(html.match(/<span data-count="outer"[^>]*>(\d+)<\/span>/)?.[1], id).toBe(outer > 0 ? String(outer) : undefined);
    }
    // The claim the review found drawing 11 neighbours beside a list of 8: the list names those its evidence shows above it.
    const claim = kb.get('baidu-found-scaling-laws-first') as Entity<'claims'>;
    const contradicting = new Set(claim.data.evidence.filter((item) => item.stance === 'contradicts').map((item) => item.work)).size;
    expect(contradicting).toBeGreaterThan(1);
    expect(connections(page(claim.url))).toMatch(new RegExp(`Shown above on this page:[^<]*Contradicted by: ${contradicting} entries`));
  });
});

describe('/graph/ page', () => {
  const html = () => readFileSync(join(DIST, 'graph/index.html'), 'utf8');

  test('lists every edge of the graph as a row with links to both ends and to every evidence source', () => {
    const page = html();
    const rows = new Map([...page.matchAll(/<tr data-edge-id="([^"]+)"[^>]*>([\s\S]*?)<\/tr>/g)].map((match) => [match[1]!.replace(/&gt;/g, '>').replace(/&amp;/g, '&'), match[2]!]));
    expect([...rows.keys()].sort()).toEqual(graph.edges.map((edge) => edge.data.id).sort());
    for (const { data } of graph.edges) {
      const hrefs = attributeValues(rows.get(data.id)!, 'href');
      expect(hrefs, data.id).toEqual(expect.arrayContaining([kb.get(data.source).url, kb.get(data.target).url, ...data.evidence.map((e) => e.source.url)]));
    }
  });

  /** Each kind with connections, and its name as entry pages head it ("Authored", a work's "Notable absences"). */
  const kinds = () =>
    GRAPH_EDGE_TYPES.map((type) => ({ type, count: graph.edges.filter((edge) => edge.data.type === type).length, name: type === 'does_not_cite' ? en['entry.absences'] : en[`relation.${type}.out`] })).filter((group) => group.count > 0);

  test('heads each kind’s list with the name entry pages head it with, capital first, and its size: "Authored (102)"', () => {
    const headings = [...html().matchAll(/<h3 id="edges-[^"]+"[^>]*>([\s\S]*?)<\/h3>/g)].map((match) => match[1]!.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&'));
    expect(headings).toEqual(kinds().map(({ name, count }) => `${name} (${count})`));
    expect(headings.filter((heading) => !/^\p{Lu}/u.test(heading))).toEqual([]);
  });

  test('makes each kind’s heading the toggle of its disclosure, said once, so tabbing through them tells them apart', () => {
    const summaries = [...html().matchAll(/<details open data-connection-group[^>]*>\s*<summary[^>]*>([\s\S]*?)<\/summary>/g)].map((match) => match[1]!);
    expect(summaries).toHaveLength(kinds().length);
    for (const summary of summaries) expect(summary, 'the summary is the heading alone').toMatch(/^\s*<h3 id="edges-[^"]+"[^>]*>[\s\S]*<\/h3>\s*$/);
    expect(html(), 'no line under a heading repeats it').not.toMatch(/\d connections?<\/summary>/);
  });

  test('gives the explorer’s panel a heading with words before the script names what is chosen', () => {
    expect(html()).toMatch(new RegExp(`<h2 id="graph-panel-heading"[^>]*>${en['graph.panel.heading']}</h2>`));
  });

  test('lays out each kind’s table only near the screen, held meanwhile at its own number of rows', () => {
    const boxes = [...html().matchAll(/<div class="table-scroll table-stack table-when-seen" style="--rows: (\d+)"[^>]*>([\s\S]*?)<\/table>/g)];
    const groups = GRAPH_EDGE_TYPES.map((type) => graph.edges.filter((edge) => edge.data.type === type).length).filter((count) => count > 0);
    expect(boxes.map((box) => Number(box[1]))).toEqual(groups);
    for (const [, rows, table] of boxes) expect(table!.match(/<tr data-edge-id=/g)).toHaveLength(Number(rows));
  });

  test('has one live region, the explorer’s short status line: the panel it describes is not one', () => {
    const page = html();
    expect(page.match(/<[^>]+(aria-live|role="status")[^>]*>/g)).toEqual([expect.stringMatching(/role="status"[^>]*data-find-status/)]);
    expect(page).toMatch(/<section class="graph-panel[^"]*" data-graph-panel aria-labelledby="graph-panel-heading" hidden/);
  });

  test('links the graph from the main navigation of every page', () => {
    expect(readFileSync(join(DIST, 'index.html'), 'utf8')).toMatch(/<nav[^>]*>[\s\S]*href="\/graph\/"[\s\S]*<\/nav>/);
  });
});

describe('scripts', () => {
  test('/graph/ and entry pages run only external module scripts (the CSP allows no inline script)', () => {
    for (const path of ['graph/index.html', 'people/greg-diamos/index.html', 'works/hestness-2017-scaling-predictable/index.html']) {
      const scripts = [...readFileSync(join(DIST, path), 'utf8').matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      const executable = scripts.filter(([, attributes]) => !/type="application\/ld\+json"/.test(attributes!));
      expect(executable.length, path).toBeGreaterThan(0);
      for (const [tag, attributes, body] of executable) expect({ attributes, body }, `${path}: ${tag.slice(0, 80)}`).toMatchObject({ attributes: expect.stringMatching(/type="module" src="\/_astro\//), body: '' });
    }
  });
});

describe('weight', () => {
  test('Cytoscape is in a bundle of its own that no page, /graph/ included, loads before a dynamic import', () => {
    const cytoscape = bundlesContaining(CYTOSCAPE_MARKER);
    expect(cytoscape).toHaveLength(1);
    expect(eagerBundles(readFileSync(join(DIST, 'graph/index.html'), 'utf8'))).not.toContain(cytoscape[0]);
    const entryPages = [...kb.entities.values()].filter((entity) => existsSync(join(DIST, entity.url, 'index.html')));
    expect(entryPages.length).toBeGreaterThan(100);
    for (const entity of entryPages) {
      const page = readFileSync(join(DIST, entity.url, 'index.html'), 'utf8');
      expect(eagerBundles(page), entity.url).not.toContain(cytoscape[0]);
    }
  });
});
