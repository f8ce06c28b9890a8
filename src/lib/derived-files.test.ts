import { describe, expect, test } from 'vitest';
import { buildKnowledgeBase, type KbEntry } from './kb.ts';
import { buildGraph, GRAPH_JSON_PATH, LOCAL_GRAPH, localGraphPath, neighbourhood } from './graph.ts';
import { graphJson, layoutGraph, layoutNeighbourhood, localGraphJson } from './graph-layout.ts';
import { citableWorks, formatCitations, workToCsl } from './cite.ts';
import { CITATION_FORMAT_NAMES, citationFilePath } from './citation-formats.ts';
import { derivedFiles } from './derived-files.ts';
import { checkFiles, validFiles } from './test-fixtures.ts';

/** A work whose title is our description: withheld from citation. */
const WITHHELD = `---
title: Learning curves for machine translation
titleStatus: description
type: paper
date: 2012
summary: A study known only from lecture slides.
verification: { status: secondary, note: "The title is a description. What would settle it: the paper itself." }
sources:
  - { url: "https://github.com/stanford-cs336/lectures/blob/main/lecture_09.pdf", accessed: 2026-11-29 }
---
`;
const kb = buildKnowledgeBase(checkFiles({ ...validFiles(), 'content/works/kolachina-2012.md': WITHHELD }).entries as KbEntry[]);
const files = new Map(derivedFiles(kb));

describe('derivedFiles', () => {
  test('gives /graph.json the laid-out whole graph, as its dev route serves it', () => {
    const graph = layoutGraph(buildGraph(kb));
    expect(files.get(GRAPH_JSON_PATH)).toBe(graphJson(graph));
    expect(JSON.parse(files.get(GRAPH_JSON_PATH)!)).toEqual({ nodes: graph.nodes, edges: graph.edges });
  });

  test('gives every entry its local graph, as its dev route serves it', () => {
    const graph = buildGraph(kb);
    for (const id of kb.entities.keys()) {
      expect(files.get(localGraphPath(id)), id).toBe(localGraphJson(layoutNeighbourhood(neighbourhood(graph, id, LOCAL_GRAPH))));
    }
  });

  test('gives every work offered as a citation one citation file per format, as its dev route serves it, and a withheld work none', () => {
    expect(citableWorks(kb).length).toBeGreaterThan(0);
    for (const work of citableWorks(kb)) {
      for (const format of CITATION_FORMAT_NAMES) expect(files.get(citationFilePath(work.id, format)), `${work.id} ${format}`).toBe(formatCitations([workToCsl(kb, work)], format));
    }
    expect(kb.entities.has('kolachina-2012')).toBe(true);
    for (const format of CITATION_FORMAT_NAMES) expect(files.has(citationFilePath('kolachina-2012', format))).toBe(false);
  });

  test('gives nothing else, each path once and from the site root', () => {
    const expected = 1 + kb.entities.size + citableWorks(kb).length * CITATION_FORMAT_NAMES.length;
    expect([...derivedFiles(kb)].length).toBe(expected);
    expect(files.size).toBe(expected);
    for (const path of files.keys()) expect(path.startsWith('/')).toBe(true);
  });
});
