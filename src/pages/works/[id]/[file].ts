/** A work's citation as a downloadable file: /works/<id>/citation.bib, .ris and .json (CSL-JSON). */
import type { APIRoute } from 'astro';
import { entryPaths, loadEntity } from '../../../data/knowledge-base.ts';
import { CITATION_FORMATS, citationFileName, type CitationFormat } from '../../../lib/cite.ts';
import { workCitation } from '../../../data/citations.ts';

const FORMATS = Object.keys(CITATION_FORMATS) as CitationFormat[];

export async function getStaticPaths() {
  const works = await entryPaths('works');
  return works.flatMap(({ params }) => FORMATS.map((format) => ({ params: { id: params.id, file: citationFileName(format) }, props: { format } })));
}

export const GET: APIRoute<{ format: CitationFormat }> = async ({ params, props }) => {
  const { kb, entity } = await loadEntity('works', params.id);
  return new Response(workCitation(kb, entity, props.format), {
    headers: { 'Content-Type': `${CITATION_FORMATS[props.format].mediaType}; charset=utf-8` },
  });
};
