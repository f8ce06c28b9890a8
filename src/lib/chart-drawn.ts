/**
 * What a chart draws, said from its own spec and datasets: lines are fitted formulas (from the
 * published exponents alone, or from whole published fits), markers are printed values. The
 * sentence goes under every chart and into each panel's SVG description, wherever the chart is shown.
 */
import type { ChartSpec } from './schema.ts';
import type { DatasetLookup } from './datasets.ts';
import { SCALING_LAWS } from './scaling-laws.ts';
import { t, tFill } from '../i18n/index.ts';

/** A dataset a chart draws from, with where its numbers are published and how they were read. */
export interface DrawnSource {
  dataset: string;
  /** The publishing work, by id. */
  work: string;
  /** Table, figure or equation in that work. */
  locator: string;
  /** Whether the numbers were read in the work itself or only in a secondary copy of it. */
  reading: 'primary' | 'secondary';
}

/** The two kinds of series of a chart: fitted lines and printed points, each with the datasets they come from. */
export interface DrawnSeries {
  /** The chart's own dataset, whose source line and table sit right under the chart. */
  own: string;
  /** Datasets whose fits are drawn as lines. */
  fits: DrawnSource[];
  /** True when every line takes only exponents from its fit (no fitted constant): its level is a drawing choice. */
  exponentsOnly: boolean;
  /** Datasets whose printed values are drawn as markers. */
  printed: DrawnSource[];
}

/** The datasets behind a chart's lines and behind its markers, each once, in the order the spec names them. */
export function drawnSeries(ownId: string, chart: ChartSpec, lookup: DatasetLookup): DrawnSeries {
  const source = (id: string): DrawnSource => {
    const dataset = lookup(id);
    if (!dataset) throw new Error(`dataset "${ownId}": chart names unknown dataset "${id}"`);
    return { dataset: id, work: dataset.origin.work, locator: dataset.origin.locator, reading: dataset.origin.reading };
  };
  const curves = chart.panels.flatMap((panel) => panel.curves);
  const fitIds = [...new Set(curves.map((curve) => curve.dataset ?? ownId))];
  const pointIds = [...new Set(chart.panels.flatMap((panel) => panel.points.map((points) => points.dataset ?? ownId)))];
  return {
    own: ownId,
    fits: fitIds.map(source),
    exponentsOnly: curves.length > 0 && curves.every((curve) => SCALING_LAWS[curve.law].params.every((param) => param === 'exponent')),
    printed: pointIds.map(source),
  };
}

/**
 * Where a dataset's numbers are published, for a sentence: "Training Compute-Optimal Large Language
 * Models, Table 3", saying when they were read only in a secondary copy; or only the locator for the
 * chart's own dataset (its source line, which says how it was read, follows).
 */
function where(source: DrawnSource, own: string, workLabel: (id: string) => string): string {
  if (source.dataset === own) return source.locator;
  return `${workLabel(source.work)}, ${source.locator}${source.reading === 'secondary' ? ` (${t('chart.readSecondary')})` : ''}`;
}

/** One sentence saying what the chart draws: fitted lines and whether any point is measured, printed points and where they are printed. */
export function drawnSentence(drawn: DrawnSeries, workLabel: (id: string) => string): string {
  const parts: string[] = [];
  if (drawn.fits.length) {
    const from = drawn.fits.map((s) => (s.dataset === drawn.own ? t('chart.drawn.ownTable') : where(s, drawn.own, workLabel))).join('; ');
    parts.push(tFill(drawn.exponentsOnly ? 'chart.drawn.exponents' : 'chart.drawn.fits', { from }));
  }
  if (drawn.printed.length) parts.push(tFill('chart.drawn.printed', { from: drawn.printed.map((s) => where(s, drawn.own, workLabel)).join('; ') }));
  else parts.push(t('chart.drawn.noPoints'));
  return parts.join(' ');
}
