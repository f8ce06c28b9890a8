/** After-build step: `/graph/local/<id>.json`, every entry's local graph, derived from the built `/graph.json`. */
import { LOCAL_GRAPH, localGraphPath, type GraphElements } from '../lib/graph.ts';
import { localGraphFiles } from '../lib/graph-layout.ts';
import type { AfterBuildStep } from './after-build.ts';
import { derivedFiles } from './derived-files.ts';

/** Write (build) or serve (dev) every entry's local graph. */
export function localGraphs(): AfterBuildStep {
  return derivedFiles({
    name: 'scaling-atlas:local-graphs',
    source: 'graph.json',
    *files(graph) {
      for (const [id, json] of localGraphFiles(graph as GraphElements, LOCAL_GRAPH)) yield [localGraphPath(id).slice(1), json];
    },
    devRoutes: [{ pattern: localGraphPath('[id]'), entrypoint: new URL('../routes/local-graph.json.ts', import.meta.url) }],
    label: 'local graphs',
  });
}
