import { describe, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { checkContentFolder } from './content-check.ts';
import { chartTexts, unpaintableTexts } from './chart-texts.ts';
import type { Dataset, Work } from './schema.ts';

const { entries } = checkContentFolder(resolve(import.meta.dirname, '../..'));
const datasets = new Map(entries.flatMap((entry) => (entry.collection === 'datasets' ? [[entry.id, entry.data as Dataset] as const] : [])));
const workTitle = (id: string) => (entries.find((entry) => entry.id === id)?.data as Work | undefined)?.title;

describe('chartTexts', () => {
  test('lists the words of a chart’s image by entry and field: its own title, panel titles, axes and legend, then each dataset’s locator, processing and work', () => {
    const id = 'besiroglu-2024-chinchilla-refit';
    const dataset = datasets.get(id)!;
    const texts = chartTexts(id, dataset.title, dataset.chart!, (other) => datasets.get(other), workTitle);
    expect(texts[0]).toEqual({ entry: id, field: 'title', text: 'Besiroglu et al. 2024: Chinchilla’s parametric fit, refitted' });
    expect(texts.map((text) => `${text.entry}: ${text.field}`)).toEqual(
      expect.arrayContaining([
        `${id}: chart.panels[0].title`,
        `${id}: chart.panels[0].x.label`,
        `${id}: chart.panels[1].y.unit`,
        `${id}: chart.panels[0].curves[0].label`,
        `${id}: chart.panels[0].points[0].label`,
        'hoffmann-2022-table-3: origin.locator',
        'hoffmann-2022-parametric-fit: processing',
        'hoffmann-2022-chinchilla: title',
      ]),
    );
    expect(texts.find((text) => text.field === 'title' && text.entry === 'hoffmann-2022-chinchilla')?.text).toBe('Training Compute-Optimal Large Language Models');
  });
});

describe('unpaintableTexts', () => {
  test('names every text the PNG’s font cannot paint by entry and field, with the fix', () => {
    const texts = [
      { entry: 'a', field: 'title', text: 'Loss against compute' },
      { entry: 'a', field: 'origin.locator', text: '表 1' },
      { entry: 'b', field: 'title', text: '规模定律' },
    ];
    const fix = "which the font of the chart's PNG image (DejaVu Sans) cannot draw; write this text in Latin script (a text column of the table may keep the original)";
    expect(unpaintableTexts(texts)).toEqual([
      { entry: 'a', field: 'origin.locator', message: `holds "表", ${fix}` },
      { entry: 'b', field: 'title', message: `holds "规", ${fix}` },
    ]);
  });

  test('lets Latin, Greek, sub- and superscripts and signs through', () => {
    expect(unpaintableTexts([{ entry: 'a', field: 'processing', text: 'ε(m)/ε(m₀) ≈ 10⁻³ × α, “as printed”' }])).toEqual([]);
  });
});
