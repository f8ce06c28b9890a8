import { describe, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { checkContentFolder } from './content-check.ts';
import { buildKnowledgeBase, type KbEntry } from './kb.ts';
import { siteChart } from './site-chart.ts';

const kb = buildKnowledgeBase(checkContentFolder(resolve(import.meta.dirname, '../..')).entries as KbEntry[]);

describe('siteChart', () => {
  test('a chart drawn from other datasets uses its own first, then each other once', () => {
    const chart = siteChart(kb, 'besiroglu-2024-chinchilla-refit');
    expect(chart.model?.panels.length).toBe(2);
    expect(chart.used.map((dataset) => dataset.id)).toEqual(['besiroglu-2024-chinchilla-refit', 'hoffmann-2022-parametric-fit', 'hoffmann-2022-table-3']);
    expect(chart.drawn?.printed.map((source) => source.dataset)).toEqual(['hoffmann-2022-table-3']);
  });

  test('a series looks the same in every chart that draws it', () => {
    const style = (id: string) => siteChart(kb, id).model!.legend.find((item) => item.kind === 'points')!.style;
    expect(style('besiroglu-2024-chinchilla-refit')).toEqual(style('hoffmann-2022-table-3'));
  });

  test('names the curves drawn on top of each other', () => {
    expect(siteChart(kb, 'hestness-2017-exponents-by-domain').coinciding.length).toBeGreaterThan(0);
    expect(siteChart(kb, 'kaplan-2020-combined-fit').coinciding).toEqual([]);
  });

  test('a dataset without a chart of its own is a table: no drawing, only itself used', () => {
    expect(siteChart(kb, 'hoffmann-2022-parametric-fit')).toMatchObject({ model: undefined, drawn: undefined, coinciding: [] });
    expect(siteChart(kb, 'hoffmann-2022-parametric-fit').used.map((dataset) => dataset.id)).toEqual(['hoffmann-2022-parametric-fit']);
  });

  test('an entry that is not a dataset is refused, naming its folder', () => {
    expect(() => siteChart(kb, 'dario-amodei')).toThrow('"dario-amodei" is an entry of content/people/, not a dataset');
  });
});

