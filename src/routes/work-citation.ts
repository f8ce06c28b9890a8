/**
 * A work's citation as a downloadable file, /works/<id>/<id>.bib, .ris and .json (CSL-JSON), in
 * `astro dev` only (injected by src/integrations/derived-files.ts): a build makes them all in a worker.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { entryPaths, loadEntity } from '../data/knowledge-base.ts';
import { formatCitations, workToCsl } from '../lib/cite.ts';
import { CITATION_FORMAT_NAMES, CITATION_FORMATS } from '../lib/citation-formats.ts';

export const getStaticPaths = (async () => (await entryPaths('works')).map(({ params }) => ({ params: { ...params, file: params.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, url }) => {
  const format = CITATION_FORMAT_NAMES.find((name) => url.pathname.endsWith(`.${CITATION_FORMATS[name].extension}`))!;
  const { kb, entity } = await loadEntity('works', params.id);
  return new Response(formatCitations([workToCsl(kb, entity)], format), {
    headers: { 'Content-Type': `${CITATION_FORMATS[format].mediaType}; charset=utf-8` },
  });
};
