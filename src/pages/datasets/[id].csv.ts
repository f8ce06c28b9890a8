/** `/datasets/<id>.csv`: every dataset as a CSV file, written at build time. */
import type { APIRoute } from 'astro';
import { loadKnowledgeBase } from '../../data/knowledge-base.ts';
import { datasetCsv } from '../../lib/datasets.ts';

export async function getStaticPaths() {
  const kb = await loadKnowledgeBase();
  return kb.byCollection.datasets.map((entity) => ({ params: { id: entity.id }, props: { csv: datasetCsv(entity.data) } }));
}

export const GET: APIRoute = ({ props }) => new Response(props.csv as string, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
