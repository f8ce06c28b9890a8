/** The local graph of an entry page: its neighbourhood slice drawn at the ring positions computed at build time. */
import type { LaidOutGraph } from '../lib/graph.ts';
import { t } from '../i18n/index.ts';
import { drawGraph, type GraphCanvasElement } from './graph-canvas.ts';

/** Draw the slice `download` is fetching (the one `section`'s `data-src` names) into the section's canvas. */
export async function mountLocalGraph(section: HTMLElement, download: Promise<Response>): Promise<void> {
  const canvas = section.querySelector<GraphCanvasElement>('[data-local-graph-canvas]')!;
  canvas.hidden = false;
  try {
    const response = await download;
    if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status}`);
    const slice = (await response.json()) as LaidOutGraph & { centre: string };
    canvas.replaceChildren();
    const { addLaterEdges } = drawGraph(canvas, slice, { base: section.dataset.base ?? '/', zoomable: false, pinned: () => undefined, centre: slice.centre });
    canvas.dataset.state = 'ready';
    await addLaterEdges();
  } catch (error) {
    canvas.textContent = t('graph.canvas.failed');
    console.warn('local graph:', error);
  }
}
