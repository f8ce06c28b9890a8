/** `/charts/<id>.svg`: every drawn chart as an image file of its own, with its legend, notes, sources and credit (src/components/ChartImage.astro). */
import type { APIRoute } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import ChartImage from '../../components/ChartImage.astro';
import { loadKnowledgeBase } from '../../data/knowledge-base.ts';
import { siteConfig } from '../../site.config.ts';

export async function getStaticPaths() {
  const kb = await loadKnowledgeBase();
  return kb.byCollection.datasets.filter((dataset) => dataset.data.chart).map((dataset) => ({ params: { id: dataset.id } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const kb = await loadKnowledgeBase();
  const container = await AstroContainer.create();
  const svg = await container.renderToString(ChartImage, { props: { kb, dataset: params.id!, site: (site ?? new URL(siteConfig.site)).href } });
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
