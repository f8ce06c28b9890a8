/** Astro integration: `/graph/local/<id>.json`, every entry's local graph, derived from the built `/graph.json`. */
import type { AstroIntegration } from 'astro';
import { LOCAL_GRAPH, type GraphElements } from '../lib/graph.ts';
import { localGraphFiles } from '../lib/graph-layout.ts';
import { derivedFiles } from './derived-files.ts';

/** Write (build) or serve (dev) every entry's local graph. */
export function localGraphsIntegration(): AstroIntegration {
  return derivedFiles({
    name: 'scaling-atlas:local-graphs',
    source: 'graph.json',
    files: (graph) => localGraphFiles(graph as GraphElements, LOCAL_GRAPH).map(([id, json]) => [`graph/local/${id}.json`, json]),
    devRoutes: [{ pattern: '/graph/local/[id].json', entrypoint: new URL('../routes/local-graph.json.ts', import.meta.url) }],
    label: 'local graphs',
  });
}
