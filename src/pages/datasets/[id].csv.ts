/** `/datasets/<id>.csv`: every dataset as a CSV file, written at build time, each row with its source (work, identifier, locator, page read, primary or secondary). */
import type { APIRoute } from 'astro';
import { loadKnowledgeBase } from '../../data/knowledge-base.ts';
import { datasetCsv } from '../../lib/datasets.ts';
import type { Entity } from '../../lib/kb.ts';

export async function getStaticPaths() {
  const kb = await loadKnowledgeBase();
  return kb.byCollection.datasets.map((entity) => {
    const work = kb.get(entity.data.origin.work) as Entity<'works'>;
    return { params: { id: entity.id }, props: { csv: datasetCsv(entity.data, { id: work.id, title: work.data.title, identifiers: work.data.identifiers }) } };
  });
}

export const GET: APIRoute = ({ props }) => new Response(props.csv as string, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
