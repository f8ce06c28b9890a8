/** A dataset's chart as the site draws it, on a page and as an image file: the model, what it draws and the datasets it uses. */
import { assignSeriesStyles, buildChartModel, type ChartModel } from './charts.ts';
import { drawnSeries, type DrawnSeries } from './chart-drawn.ts';
import { chartDatasetIds, datasetsIn } from './datasets.ts';
import type { Entity, KnowledgeBase } from './kb.ts';

/** Everything the site shows of one dataset's chart. */
export interface SiteChart {
  dataset: Entity<'datasets'>;
  /** The drawing, or undefined for a dataset shown as a table only. */
  model: ChartModel | undefined;
  /** Where its lines and markers come from, for a dataset with a chart. */
  drawn: DrawnSeries | undefined;
  /** Every dataset the chart draws from, its own first (only its own for a table). */
  used: Entity<'datasets'>[];
  /** Curves drawn nearly on top of each other (near-equal published exponents), over all panels. */
  coinciding: [string, string][];
}

/** The chart of dataset `id` in `kb`, its series styled as in every other chart of the site. */
export function siteChart(kb: KnowledgeBase, id: string): SiteChart {
  const dataset = kb.get(id) as Entity<'datasets'>;
  if (dataset.collection !== 'datasets') throw new Error(`"${id}" is an entry of content/${dataset.collection}/, not a dataset: only a dataset (content/datasets/) has a chart`);
  const lookup = datasetsIn(kb);
  // Styles are numbered over every chart of the site, so a series looks the same wherever it is drawn.
  const styles = assignSeriesStyles(kb.byCollection.datasets.flatMap((d) => (d.data.chart ? [[d.id, d.data.chart] as const] : [])));
  const model = buildChartModel(id, lookup, styles);
  const chart = dataset.data.chart;
  return {
    dataset,
    model,
    drawn: chart && drawnSeries(id, chart, lookup),
    used: (chart ? chartDatasetIds(id, chart) : [id]).map((other) => kb.get(other) as Entity<'datasets'>),
    coinciding: model ? model.panels.flatMap((panel) => panel.coinciding) : [],
  };
}
