/**
 * The files derived from the whole knowledge base rather than from one page: `/graph.json`, every
 * entry's local graph and the citation files of every work offered as a citation. A build makes them
 * in a worker thread while Astro renders the pages (src/integrations/derived-files.ts); `astro dev`
 * serves each through a route.
 */
import type { KnowledgeBase } from './kb.ts';
import { buildGraph, GRAPH_JSON_PATH, LOCAL_GRAPH, localGraphPath } from './graph.ts';
import { graphJson, layoutGraph, localGraphFiles } from './graph-layout.ts';
import { bibliographyItems, formatCitations } from './cite.ts';
import { CITATION_FORMAT_NAMES, citationFilePath } from './citation-formats.ts';

/** Every derived file as `[path from the site root, text]`, each computed as it is taken. */
export function* derivedFiles(kb: KnowledgeBase): Generator<[string, string]> {
  const graph = layoutGraph(buildGraph(kb));
  yield [GRAPH_JSON_PATH, graphJson(graph)];
  for (const [id, text] of localGraphFiles(graph, LOCAL_GRAPH)) yield [localGraphPath(id), text];
  for (const item of bibliographyItems(kb)) {
    for (const format of CITATION_FORMAT_NAMES) yield [citationFilePath(item.id, format), formatCitations([item], format)];
  }
}
