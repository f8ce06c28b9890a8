/** A dataset's chart image as SVG text (src/components/ChartImage.astro, rendered outside a page by Astro's container API), for the image routes. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import ChartImage from '../components/ChartImage.astro';
import { loadKnowledgeBase } from './knowledge-base.ts';
import { siteConfig } from '../site.config.ts';

/** The ids of the datasets that have a chart, whose image routes are built. */
export async function chartImageIds(): Promise<string[]> {
  const kb = await loadKnowledgeBase();
  return kb.byCollection.datasets.filter((dataset) => dataset.data.chart).map((dataset) => dataset.id);
}

/** The SVG document of dataset `id`'s chart, crediting the site at `site` (siteConfig.site unless given). */
export async function chartImageSvg(id: string, site: URL | undefined): Promise<string> {
  const kb = await loadKnowledgeBase();
  const container = await AstroContainer.create();
  const svg = await container.renderToString(ChartImage, { props: { kb, dataset: id, site: (site ?? new URL(siteConfig.site)).href } });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}
