/** `/charts/<id>.png`: the same image as `/charts/<id>.svg`, painted as PNG at twice its size (src/lib/chart-image-png.ts). */
import type { APIRoute } from 'astro';
import { chartImageIds, chartImageSvg } from '../../data/chart-image-svg.ts';
import { chartImagePng } from '../../lib/chart-image-png.ts';

export async function getStaticPaths() {
  return (await chartImageIds()).map((id) => ({ params: { id } }));
}

export const GET: APIRoute = async ({ params, site }) => new Response(await chartImagePng(await chartImageSvg(params.id!, site)), { headers: { 'Content-Type': 'image/png' } });
