/** After-build step: `/works/<id>/citation.bib`, `.ris` and `.json`, every work's citation files, derived from the built `/bibliography.json`. */
import { CITATION_FORMAT_NAMES, citationFilePath, formatCitations, type CslItem } from '../lib/cite.ts';
import type { AfterBuildStep } from './after-build.ts';
import { derivedFiles } from './derived-files.ts';

/** Write (build) or serve (dev) every work's citation in every format. */
export function citationFiles(): AfterBuildStep {
  return derivedFiles({
    name: 'scaling-atlas:citation-files',
    source: 'bibliography.json',
    files: (items) => (items as CslItem[]).flatMap((item) => CITATION_FORMAT_NAMES.map((format): [string, string] => [citationFilePath(item.id, format).slice(1), formatCitations([item], format)])),
    devRoutes: CITATION_FORMAT_NAMES.map((format) => ({ pattern: citationFilePath('[id]', format), entrypoint: new URL('../routes/work-citation.ts', import.meta.url) })),
    label: 'citation files',
  });
}
