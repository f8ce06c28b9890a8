/**
 * A dataset's chart spec turned into everything an SVG needs, at build time: log-log scales
 * (d3-scale), ticks and tick labels (d3-scale), curve paths sampled from the fit formulas and
 * point markers (d3-shape). Pure: the component only prints the model.
 */
import { scaleLog, type ScaleLogarithmic } from 'd3-scale';
import { line, symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, symbolTimes, type SymbolType } from 'd3-shape';
import type { ChartPanelSpec } from './schema.ts';
import { SCALING_LAWS } from './scaling-laws.ts';
import { powerOfTen, publishedValue, resolveCurve, type DatasetLookup } from './datasets.ts';

/** How one series is told apart: colour class, dash pattern and marker, never colour alone. */
export interface SeriesStyle {
  /** Position in the chart's legend; picks the colour (CSS class `series-<n>`). */
  index: number;
  /** SVG `stroke-dasharray` for curves ('' for solid). */
  dash: string;
  /** Marker path centred on 0,0 (d3-shape symbol). */
  marker: string;
}

/** A tick on an axis. */
export interface Tick {
  value: number;
  /** Pixel offset along the axis from the plot's left (x) or top (y). */
  offset: number;
  /** Label text; '' for an unlabelled minor tick. */
  label: string;
}

/** An axis ready to draw. */
export interface AxisModel {
  /** Label with its unit, e.g. "Test loss (nats/token)". */
  title: string;
  ticks: Tick[];
  /** Drawn range. */
  domain: [number, number];
}

/** A fit curve ready to draw. */
export interface CurveModel {
  label: string;
  style: SeriesStyle;
  /** SVG path of the curve in plot coordinates. */
  path: string;
  /** The sampled points in data coordinates, in x order. */
  samples: { x: number; y: number }[];
  /** Marker positions along the curve, in plot coordinates. */
  markers: { px: number; py: number }[];
}

/** A published point ready to draw. */
export interface PointModel {
  x: number;
  y: number;
  px: number;
  py: number;
  /** The row it comes from. */
  row: string;
}

/** A series of published points. */
export interface PointsModel {
  label: string;
  style: SeriesStyle;
  points: PointModel[];
}

/** One panel: size, plot area, axes and series. */
export interface PanelModel {
  title?: string;
  width: number;
  height: number;
  /** Plot area inside the panel. */
  plot: { left: number; top: number; width: number; height: number };
  x: AxisModel;
  y: AxisModel;
  curves: CurveModel[];
  points: PointsModel[];
}

/** One legend entry. */
export interface LegendItem {
  label: string;
  style: SeriesStyle;
  kind: 'curve' | 'points';
}

/** A whole chart: the dataset's title and description, its panels and one legend. */
export interface ChartModel {
  id: string;
  title: string;
  description: string;
  panels: PanelModel[];
  legend: LegendItem[];
}

const PANEL = { width: 460, height: 350, margin: { top: 14, right: 18, bottom: 50, left: 66 } };
const DASHES = ['', '8 4', '2 3', '10 3 2 3', '4 4', '1 4', '12 4 4 4', '6 2 1 2'];
const SYMBOLS: SymbolType[] = [symbolCircle, symbolSquare, symbolTriangle, symbolDiamond, symbolCross, symbolStar, symbolWye, symbolTimes];
/** Number of distinct colours the component defines (`series-0` … `series-6`). */
export const SERIES_COLOURS = 7;

/** The style of the n-th series of a chart. */
export function seriesStyle(index: number): SeriesStyle {
  return {
    index: index % SERIES_COLOURS,
    dash: DASHES[index % DASHES.length]!,
    marker: symbol(SYMBOLS[index % SYMBOLS.length]!, 56).digits(1)()!,
  };
}

/** A tick label: powers of ten as 10ⁿ (or m×10ⁿ) on axes spanning large or small numbers, plain numbers otherwise. */
export function tickLabel(value: number, domain: readonly [number, number]): string {
  const scientific = Math.max(...domain) >= 1e4 || Math.min(...domain) < 1e-2;
  if (!scientific) return String(Number(value.toPrecision(6)));
  const exponent = Math.floor(Math.log10(value) + 1e-9);
  const mantissa = Number((value / 10 ** exponent).toPrecision(6));
  return mantissa === 1 ? powerOfTen(exponent) : `${mantissa}×${powerOfTen(exponent)}`;
}

/** Ticks of a log scale, labelled where d3 chooses to label for the axis length (at least two labelled). */
export function axisTicks(scale: ScaleLogarithmic<number, number>, length: number): Tick[] {
  const count = Math.max(2, Math.round(length / 70));
  const domain = scale.domain() as [number, number];
  // d3's log tickFormat takes a formatter function as its specifier (it then only picks which ticks get a label); its types list strings only.
  const tickFormat = scale.tickFormat as unknown as (count: number, specifier: (value: number) => string) => (value: number) => string;
  const format = tickFormat.call(scale, count, (value: number) => tickLabel(value, domain));
  const ticks = scale.ticks(count).map((value) => ({ value, offset: toPixel(scale(value)), label: format(value) }));
  // Within a single decade d3 may label only one tick; then every tick is labelled (there are few).
  return ticks.filter((tick) => tick.label).length >= 2 ? ticks : ticks.map((tick) => ({ ...tick, label: tickLabel(tick.value, domain) }));
}

/** A coordinate rounded to a tenth of a pixel: finer detail is invisible and only makes pages heavier. */
function toPixel(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Range [min, max] of positive values widened by `pad` on a log scale (a factor either side). */
function paddedExtent(values: readonly number[], pad = 1.08): [number, number] {
  const min = Math.min(...values);
  const max = Math.max(...values);
  return [min / pad, max * pad];
}

/** The title of an axis: its label with its unit in brackets. */
function axisTitle(axis: { label: string; unit?: string }): string {
  return axis.unit ? `${axis.label} (${axis.unit})` : axis.label;
}

/** One panel's model, with series styles looked up by legend label. */
function panelModel(ownId: string, spec: ChartPanelSpec, lookup: DatasetLookup, styleOf: (label: string, kind: LegendItem['kind']) => SeriesStyle): PanelModel {
  const { margin } = PANEL;
  const plot = { left: margin.left, top: margin.top, width: PANEL.width - margin.left - margin.right, height: PANEL.height - margin.top - margin.bottom };
  const x = scaleLog().domain(spec.x.domain).range([0, plot.width]);
  // A sample every 6 px: the curves are smooth on log-log axes, and finer sampling only adds bytes.
  const steps = Math.ceil(plot.width / 6);
  const sampleXs = Array.from({ length: steps + 1 }, (_, i) => x.invert((i / steps) * plot.width));

  const curveData = spec.curves.map((curve) => {
    const { values, problems } = resolveCurve(curve, ownId, lookup);
    if (problems.length) throw new Error(`dataset "${ownId}": chart curve "${curve.label}": ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    const law = SCALING_LAWS[curve.law];
    const samples = sampleXs.map((value) => ({ x: value, y: law.evaluate(value, values) }));
    const bad = samples.find((s) => !Number.isFinite(s.y) || s.y <= 0);
    if (bad) throw new Error(`dataset "${ownId}": chart curve "${curve.label}" has no positive finite value at x = ${bad.x}; check its parameters and the panel's x domain`);
    return { curve, samples };
  });
  const pointData = spec.points.map((series) => {
    const dataset = lookup(series.dataset ?? ownId)!;
    const points = dataset.rows.flatMap((row) => {
      const px = publishedValue(row[series.x]);
      const py = publishedValue(row[series.y]);
      return px === undefined || py === undefined ? [] : [{ x: px, y: py, row: String(row[dataset.columns[0]!.key]) }];
    });
    return { series, points };
  });

  const yDomain = spec.y.domain ?? paddedExtent([...curveData.flatMap((c) => c.samples.map((s) => s.y)), ...pointData.flatMap((p) => p.points.map((q) => q.y))]);
  const y = scaleLog().domain(yDomain).range([plot.height, 0]);
  const path = line<{ x: number; y: number }>()
    .x((d) => x(d.x))
    .y((d) => y(d.y))
    .digits(1);

  return {
    ...(spec.title ? { title: spec.title } : {}),
    width: PANEL.width,
    height: PANEL.height,
    plot,
    x: { title: axisTitle(spec.x), ticks: axisTicks(x, plot.width), domain: spec.x.domain },
    y: { title: axisTitle(spec.y), ticks: axisTicks(y, plot.height), domain: yDomain },
    curves: curveData.map(({ curve, samples }) => {
      const style = styleOf(curve.label, 'curve');
      const markerAt = [0, 1, 2].map((k) => Math.round(((k + 0.25 + 0.5 * ((style.index * 0.37) % 1)) / 3) * (samples.length - 1)));
      return {
        label: curve.label,
        style,
        path: path(samples)!,
        samples,
        markers: markerAt.map((i) => ({ px: toPixel(x(samples[i]!.x)), py: toPixel(y(samples[i]!.y)) })),
      };
    }),
    points: pointData.map(({ series, points }) => ({
      label: series.label,
      style: styleOf(series.label, 'points'),
      points: points.map((p) => ({ ...p, px: toPixel(x(p.x)), py: toPixel(y(p.y)) })),
    })),
  };
}

/** The chart of dataset `id`, or undefined when it has no chart spec. */
export function buildChartModel(id: string, lookup: DatasetLookup): ChartModel | undefined {
  const dataset = lookup(id);
  if (!dataset) throw new Error(`No dataset with id "${id}": check the <ScalingChart dataset="…"> attribute`);
  if (!dataset.chart) return undefined;
  const legend: LegendItem[] = [];
  const styleOf = (label: string, kind: LegendItem['kind']) => {
    const known = legend.find((item) => item.label === label && item.kind === kind);
    if (known) return known.style;
    const style = seriesStyle(legend.length);
    legend.push({ label, style, kind });
    return style;
  };
  const panels = dataset.chart.panels.map((panel) => panelModel(id, panel, lookup, styleOf));
  return { id, title: dataset.title, description: dataset.chart.description, panels, legend };
}


