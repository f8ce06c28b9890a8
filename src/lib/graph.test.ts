import { describe, expect, test } from 'vitest';
import { buildKnowledgeBase, type KbEntry } from './kb.ts';
import { buildGraph, localGraphPath, neighbourhood, yearSpan, type GraphElements } from './graph.ts';
import { checkFiles, validFiles, withEdit } from './test-fixtures.ts';

function fixtureGraph(files = validFiles()) {
  const { entries, issues } = checkFiles(files);
  expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  const kb = buildKnowledgeBase(entries as KbEntry[]);
  return { kb, graph: buildGraph(kb) };
}

/** A chain a - b - c - d plus a hub h linked to a and to n1..n5. */
function chain(): GraphElements {
  const ids = ['a', 'b', 'c', 'd', 'h', 'n1', 'n2', 'n3', 'n4', 'n5'];
  const links = [['a', 'b'], ['b', 'c'], ['c', 'd'], ['h', 'a'], ...['n1', 'n2', 'n3', 'n4', 'n5'].map((n) => ['h', n])];
  return {
    nodes: ids.map((id) => ({ data: { id, type: 'work', label: id.toUpperCase(), url: `/works/${id}/` } })),
    edges: links.map(([source, target]) => ({ data: { id: `cites:${source}->${target}`, source: source!, target: target!, type: 'cites', evidence: [] } })),
  };
}

describe('buildGraph', () => {
  test('makes one node per entity with its kind, label, other names, year and page', () => {
    const { kb, graph } = fixtureGraph();
    expect(graph.nodes.map((node) => node.data.id).sort()).toEqual([...kb.entities.keys()].sort());
    expect(graph.nodes.find((node) => node.data.id === 'baidu-svail')!.data).toEqual({
      id: 'baidu-svail',
      type: 'org',
      label: 'Baidu Silicon Valley AI Lab',
      native: { text: '百度硅谷人工智能实验室', lang: 'zh' },
      aliases: ['SVAIL'],
      year: 2014,
      url: '/orgs/baidu-svail/',
    });
    expect(graph.nodes.find((node) => node.data.id === 'joel-hestness')!.data).not.toHaveProperty('year');
    expect(graph.nodes.find((node) => node.data.id === 'joel-hestness')!.data, 'no other name than its label').not.toHaveProperty('aliases');
    expect(graph.nodes.find((node) => node.data.id === 'hestness-2017')!.data.aliases, 'a work is known by its short citation').toEqual(['Hestness & Narang 2017']);
  });

  test('gives a work its arXiv id and DOI, the find box’s identifiers, and no other entity either', () => {
    const files = withEdit('content/works/kaplan-2020.mdx', (text) => text.replace('identifiers: { arxiv: "2001.08361" }', 'identifiers: { arxiv: "2001.08361", doi: 10.5555/kaplan.2020 }'));
    const { graph } = fixtureGraph(files);
    const data = (id: string) => graph.nodes.find((node) => node.data.id === id)!.data;
    expect(data('kaplan-2020')).toMatchObject({ arxiv: '2001.08361', doi: '10.5555/kaplan.2020' });
    expect(data('hestness-2017')).toMatchObject({ arxiv: '1712.00409' });
    expect(data('hestness-2017'), 'no DOI recorded').not.toHaveProperty('doi');
    expect(data('joel-hestness')).not.toHaveProperty('arxiv');
  });

  test('gives a claim its verdict, and an entry not fully verified its verification status; a verified entry has neither', () => {
    const files = withEdit('content/people/joel-hestness.md', (text) => text.replace('sources:', 'verification: { status: secondary, note: Affiliation read in a profile only. }\nsources:'));
    files['content/orgs/baidu-svail.md'] = files['content/orgs/baidu-svail.md']!.replace('sources:', 'verification: { status: verified }\nsources:');
    const { graph } = fixtureGraph(files);
    const data = (id: string) => graph.nodes.find((node) => node.data.id === id)!.data;
    expect(data('baidu-first')).toMatchObject({ type: 'claim', verdict: 'partly-supported' });
    expect(data('baidu-first')).not.toHaveProperty('verification');
    expect(data('joel-hestness')).toMatchObject({ verification: 'secondary' });
    expect(data('joel-hestness')).not.toHaveProperty('verdict');
    expect(data('baidu-svail'), 'marked verified in so many words').not.toHaveProperty('verification');
    expect(data('hestness-2017'), 'no verification field: verified').not.toHaveProperty('verification');
  });

  test('turns every relation into an edge with the same id, ends, type and evidence', () => {
    const { kb, graph } = fixtureGraph();
    expect(kb.relations.length).toBeGreaterThan(0);
    for (const relation of kb.relations) {
      const edge = graph.edges.find((e) => e.data.id === relation.id);
      expect(edge, relation.id).toBeDefined();
      expect(edge!.data).toMatchObject({ source: relation.source, target: relation.target, type: relation.type });
      expect(edge!.data.evidence).toBe(relation.evidence);
      expect(edge!.data.evidence.length, relation.id).toBeGreaterThan(0);
    }
    expect(graph.edges).toHaveLength(kb.relations.length);
  });

  test('adds a notable citation that is not made as a does_not_cite edge with its source', () => {
    const files = withEdit('content/works/hestness-2017.mdx', (text) =>
      text.replace('summary:', 'doesNotCite:\n  - work: kaplan-2020\n    note: Cannot cite a later paper.\n    source: { url: "https://arxiv.org/abs/1712.00409", accessed: 2026-11-29 }\nsummary:')
    );
    const { graph } = fixtureGraph(files);
    expect(graph.edges.find((edge) => edge.data.type === 'does_not_cite')!.data).toEqual({
      id: 'does_not_cite:hestness-2017->kaplan-2020',
      source: 'hestness-2017',
      target: 'kaplan-2020',
      type: 'does_not_cite',
      note: 'Cannot cite a later paper.',
      evidence: [{ note: 'Cannot cite a later paper.', source: { url: 'https://arxiv.org/abs/1712.00409', accessed: '2026-11-29', reliability: 'primary' } }],
    });
  });

  test('leaves no dangling ends: every edge joins two nodes of the graph', () => {
    const { graph } = fixtureGraph();
    const ids = new Set(graph.nodes.map((node) => node.data.id));
    for (const { data } of graph.edges) expect([ids.has(data.source), ids.has(data.target)], data.id).toEqual([true, true]);
  });

  test('gives edge ids that are unique and lists nodes and edges in id order', () => {
    const { graph } = fixtureGraph();
    const edgeIds = graph.edges.map((edge) => edge.data.id);
    expect(new Set(edgeIds).size).toBe(edgeIds.length);
    expect(edgeIds).toEqual([...edgeIds].sort());
    expect(graph.nodes.map((node) => node.data.id)).toEqual(graph.nodes.map((node) => node.data.id).sort());
  });
});

describe('yearSpan', () => {
  test('spans the dated nodes and is undefined when none is dated', () => {
    expect(yearSpan(fixtureGraph().graph)).toEqual({ min: 2014, max: 2020 });
    expect(yearSpan(chain())).toBeUndefined();
  });
});

describe('neighbourhood', () => {
  test('takes the first ring and every edge among the nodes it keeps, with hop counts', () => {
    const slice = neighbourhood(chain(), 'b', { maxHops: 1, maxNodes: 50 });
    expect([...slice.hops]).toEqual([['b', 0], ['a', 1], ['c', 1]]);
    expect(slice.edges.map((edge) => edge.data.id).sort()).toEqual(['cites:a->b', 'cites:b->c']);
  });

  test('follows edges both ways up to maxHops', () => {
    const slice = neighbourhood(chain(), 'b', { maxHops: 2, maxNodes: 50 });
    expect(Object.fromEntries(slice.hops)).toEqual({ b: 0, a: 1, c: 1, d: 2, h: 2 });
    expect(slice.nodes.map((node) => node.data.id).sort()).toEqual(['a', 'b', 'c', 'd', 'h']);
  });

  test('keeps the first ring however large, but skips a further ring that would exceed maxNodes', () => {
    expect(neighbourhood(chain(), 'h', { maxHops: 2, maxNodes: 3 }).nodes).toHaveLength(7);
    expect(neighbourhood(chain(), 'a', { maxHops: 2, maxNodes: 5 }).nodes.map((node) => node.data.id).sort()).toEqual(['a', 'b', 'h']);
    expect(neighbourhood(chain(), 'a', { maxHops: 2, maxNodes: 9 }).nodes).toHaveLength(9);
  });

  test('names the missing node when asked for one that does not exist', () => {
    expect(() => neighbourhood(chain(), 'nobody', { maxHops: 1, maxNodes: 5 })).toThrow('no node "nobody"');
  });
});

test('a local graph file is named by its entry id under /graph/local/', () => {
  expect(localGraphPath('greg-diamos')).toBe('/graph/local/greg-diamos.json');
});
