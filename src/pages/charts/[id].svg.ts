/** `/charts/<id>.svg`: every drawn chart as an image file of its own, with its legend, notes, sources and credit (src/components/ChartImage.astro). */
import type { APIRoute } from 'astro';
import { chartImageIds, chartImageSvg } from '../../data/chart-image-svg.ts';

export async function getStaticPaths() {
  return (await chartImageIds()).map((id) => ({ params: { id } }));
}

export const GET: APIRoute = async ({ params, site }) => new Response(await chartImageSvg(params.id!, site), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
