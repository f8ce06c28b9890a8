/**
 * A work's citation as a downloadable file, /works/<id>/<id>.bib, .ris and .json (CSL-JSON), in
 * `astro dev` only (injected by src/integrations/derived-files.ts): a build makes them all in a worker.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadEntity, loadKnowledgeBase } from '../data/knowledge-base.ts';
import { citableWorks, formatCitations, workToCsl } from '../lib/cite.ts';
import { CITATION_FORMAT_NAMES, CITATION_FORMATS } from '../lib/citation-formats.ts';

/** Works withheld from citation (see citableWorks) have no files. */
export const getStaticPaths = (async () => citableWorks(await loadKnowledgeBase()).map(({ id }) => ({ params: { id, file: id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, url }) => {
  const format = CITATION_FORMAT_NAMES.find((name) => url.pathname.endsWith(`.${CITATION_FORMATS[name].extension}`))!;
  const { kb, entity } = await loadEntity('works', params.id);
  return new Response(formatCitations([workToCsl(kb, entity)], format), {
    headers: { 'Content-Type': `${CITATION_FORMATS[format].mediaType}; charset=utf-8` },
  });
};
