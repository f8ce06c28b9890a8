/**
 * A dataset's chart spec turned into everything an SVG needs, at build time: log-log scales
 * (d3-scale), ticks and tick labels (d3-scale), curve paths sampled from the fit formulas and
 * point markers (d3-shape). Pure: the component only prints the model.
 */
import { scaleLog, type ScaleLogarithmic } from 'd3-scale';
import { line, symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, symbolTimes, type SymbolType } from 'd3-shape';
import type { ChartCurveSpec, ChartPanelSpec, ChartPointsSpec, ChartSpec } from './schema.ts';
import { SCALING_LAWS } from './scaling-laws.ts';
import { t } from '../i18n/index.ts';
import { powerOfTen, publishedValue, resolveCurve, type DatasetLookup } from './datasets.ts';

/** How one series is told apart: colour class, dash pattern and marker, never colour alone. */
export interface SeriesStyle {
  /** Colour number (CSS class `series-<n>`). */
  index: number;
  /** SVG `stroke-dasharray` for curves ('' for solid). */
  dash: string;
  /** Marker path centred on 0,0 (d3-shape symbol); drawn only for printed points and in their legend key. */
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
  /** Accessible name, different for every panel of a chart: chart title, panel title, what is plotted against what. */
  name: string;
  width: number;
  height: number;
  /** Plot area inside the panel. */
  plot: { left: number; top: number; width: number; height: number };
  x: AxisModel;
  y: AxisModel;
  curves: CurveModel[];
  points: PointsModel[];
  /** Pairs of curve labels drawn nearly on top of each other over their whole span (see NEAR_PX), which only the legend tells apart. */
  coinciding: [string, string][];
}

/** Curves never further apart than this, in panel units (a panel is 460 wide), read as one line. */
export const NEAR_PX = 6;

/** The pairs of curves whose drawn heights, sample by sample (all curves of a panel share their x samples), never differ by NEAR_PX or more. */
export function coincidingCurves(curves: readonly { label: string; heights: readonly number[] }[]): [string, string][] {
  const pairs: [string, string][] = [];
  curves.forEach((a, i) => {
    for (const b of curves.slice(i + 1)) if (a.heights.every((h, k) => Math.abs(h - b.heights[k]!) < NEAR_PX)) pairs.push([a.label, b.label]);
  });
  return pairs;
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

const PANEL = { width: 460, height: 350, margin: { top: 14, right: 26, bottom: 50, left: 66 } };
const DASHES = ['', '8 4', '2 3', '10 3 2 3', '4 4', '1 4', '12 4 4 4', '6 2 1 2'];
const SYMBOLS: SymbolType[] = [symbolCircle, symbolSquare, symbolTriangle, symbolDiamond, symbolCross, symbolStar, symbolWye, symbolTimes];
/** Number of distinct colours the component defines (`series-0` … `series-6`). */
export const SERIES_COLOURS = 7;

/** Style number n: colour n mod 7, dash and marker n mod 8. */
export function seriesStyle(index: number): SeriesStyle {
  return {
    index: index % SERIES_COLOURS,
    dash: DASHES[index % DASHES.length]!,
    marker: symbol(SYMBOLS[index % SYMBOLS.length]!, 56).digits(1)()!,
  };
}

/** What a series is, the same in every chart that draws it: the fit (dataset, row, fixed values) of a curve, the dataset of printed points. */
export function seriesIdentity(ownId: string, series: ChartCurveSpec | ChartPointsSpec): string {
  if (!('law' in series)) return `points:${series.dataset ?? ownId}`;
  const at = Object.entries(series.at)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, value]) => `${name}=${typeof value === 'number' ? value : `${value.dataset ?? series.dataset ?? ownId}#${value.row}#${value.column}`}`);
  return `fit:${series.dataset ?? ownId}#${series.row}${at.length ? `@${at.join(',')}` : ''}`;
}

/**
 * A style number for every series of every chart, so one series looks the same wherever it is
 * drawn. Charts are visited by id; a new series takes the lowest free number whose colour no other
 * series of its chart has yet (any free number once a chart has used every colour).
 */
export function assignSeriesStyles(charts: Iterable<readonly [string, ChartSpec]>): Map<string, number> {
  const styles = new Map<string, number>();
  for (const [id, chart] of [...charts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const identities = [...new Set(chart.panels.flatMap((panel) => [...panel.curves, ...panel.points].map((series) => seriesIdentity(id, series))))];
    const colours = new Set(identities.flatMap((identity) => (styles.has(identity) ? [styles.get(identity)! % SERIES_COLOURS] : [])));
    for (const identity of identities) {
      if (styles.has(identity)) continue;
      const taken = new Set(styles.values());
      const free = (n: number) => !taken.has(n);
      let n = 0;
      while (!(free(n) && (!colours.has(n % SERIES_COLOURS) || colours.size >= SERIES_COLOURS))) n++;
      styles.set(identity, n);
      colours.add(n % SERIES_COLOURS);
    }
  }
  return styles;
}

/** A tick label: powers of ten as 10ⁿ (or m×10ⁿ) on axes spanning large or small numbers, plain numbers otherwise. */
export function tickLabel(value: number, domain: readonly [number, number]): string {
  const scientific = Math.max(...domain) >= 1e4 || Math.min(...domain) < 1e-2;
  if (!scientific) return String(Number(value.toPrecision(6)));
  const exponent = Math.floor(Math.log10(value) + 1e-9);
  const mantissa = Number((value / 10 ** exponent).toPrecision(6));
  return mantissa === 1 ? powerOfTen(exponent) : `${mantissa}×${powerOfTen(exponent)}`;
}

/** Mantissas to label within each decade, sparsest first: powers of ten, then 1-2-5, 1-2-3-5, every digit, every half. */
const LABEL_STEPS = [[1], [1, 2, 5], [1, 2, 3, 5], [1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 6, 7, 8, 9]];
/**
 * Room for tick labels, in SVG units at the largest tick font a chart uses (18 px, on narrow
 * panels): a y label needs its line height; an x label its width, about 11.5 units a digit, 7.5 a
 * superscript digit and 15 a times sign. `per`: the axis length that asks for one more label (at least 3).
 */
const TICK_ROOM = { x: { gap: 6, per: 120 }, y: { gap: 20, per: 70 } } as const;
const SUPERSCRIPT_DIGITS = /[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]/;

/** The width of a tick label in SVG units at the largest tick font, estimated from its characters. */
export function labelWidth(label: string): number {
  return [...label].reduce((sum, c) => sum + (SUPERSCRIPT_DIGITS.test(c) ? 7.5 : c === '×' ? 15 : c === '.' ? 6 : 11.5), 0);
}

/** The values m×10ᵏ within [lo, hi] for the given mantissas m, ascending. */
function logValues(lo: number, hi: number, mantissas: readonly number[]): number[] {
  const values: number[] = [];
  for (let k = Math.floor(Math.log10(lo)) - 1; k <= Math.ceil(Math.log10(hi)); k++) {
    for (const m of mantissas) {
      const value = Number((m * 10 ** k).toPrecision(12));
      if (value >= lo * (1 - 1e-9) && value <= hi * (1 + 1e-9)) values.push(value);
    }
  }
  return values;
}

/**
 * Ticks of a log axis: labelled at the sparsest of powers of ten, 1-2-5, 1-2-3-5, every digit or
 * every half that gives the axis enough labels for its length (at least 3) without crowding them;
 * every power of ten is labelled, or every second or third on very wide axes. Other digits of each
 * decade are unlabelled minor ticks.
 */
export function axisTicks(scale: ScaleLogarithmic<number, number>, length: number, axis: keyof typeof TICK_ROOM = 'y'): Tick[] {
  const domain = scale.domain() as [number, number];
  const [lo, hi] = [Math.min(...domain), Math.max(...domain)];
  const room = TICK_ROOM[axis];
  const wanted = Math.max(3, Math.round(length / room.per));
  // Labels fit when each pair of neighbours is apart by half their sizes plus a gap.
  const size = (value: number) => (axis === 'x' ? labelWidth(tickLabel(value, domain)) : 0);
  const fits = (values: number[]) => values.every((value, i) => i === 0 || Math.abs(scale(value) - scale(values[i - 1]!)) >= (size(value) + size(values[i - 1]!)) / 2 + room.gap);
  const sets = LABEL_STEPS.map((mantissas) => logValues(lo, hi, mantissas));
  let labelled = sets.find((values) => values.length >= wanted && fits(values)) ?? sets.filter((values) => values.length >= 2 && fits(values)).at(-1);
  // Even powers of ten crowd on a very wide axis: label every second (third…) one.
  for (let every = 2; !labelled && every <= 6; every++) {
    const thinned = sets[0]!.filter((value) => Math.round(Math.log10(value)) % every === 0);
    if (thinned.length >= 2 && fits(thinned)) labelled = thinned;
  }
  labelled ??= sets.at(-1)!;
  const decades = Math.log10(hi / lo);
  const minor = decades <= 7 ? sets[3]! : sets[0]!;
  const values = [...new Set([...labelled, ...minor])].sort((p, q) => p - q);
  const shown = new Set(labelled);
  return values.map((value) => ({ value, offset: toPixel(scale(value)), label: shown.has(value) ? tickLabel(value, domain) : '' }));
}

/** A coordinate rounded to a tenth of a pixel: finer detail is invisible and only makes pages heavier. */
function toPixel(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Range [min, max] of positive values widened on a log scale by `share` of its span either side (at least a factor 1.08), so nothing drawn sits on the frame. */
export function paddedExtent(values: readonly number[], share = 0.04): [number, number] {
  const min = Math.min(...values);
  const max = Math.max(...values);
  const pad = Math.max(1.08, (max / min) ** share);
  return [min / pad, max * pad];
}

/** The title of an axis: its label with its unit in brackets. */
function axisTitle(axis: { label: string; unit?: string }): string {
  return axis.unit ? `${axis.label} (${axis.unit})` : axis.label;
}

/** One panel's model, with series styles looked up by series identity. */
function panelModel(ownId: string, spec: ChartPanelSpec, lookup: DatasetLookup, chartTitle: string, styleOf: (series: ChartCurveSpec | ChartPointsSpec) => SeriesStyle): PanelModel {
  const { margin } = PANEL;
  const plot = { left: margin.left, top: margin.top, width: PANEL.width - margin.left - margin.right, height: PANEL.height - margin.top - margin.bottom };
  // Curves are drawn over exactly the spec's x domain; sampled in log space, a sample every 6 px of the drawn range.
  const [x0, x1] = spec.x.domain;
  const steps = Math.ceil(plot.width / 6);
  const sampleXs = Array.from({ length: steps + 1 }, (_, i) => (i === steps ? x1 : x0 * (x1 / x0) ** (i / steps)));

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

  // Printed points keep clear of the frame: with points, the x axis reaches a little beyond them.
  const pointXs = pointData.flatMap((p) => p.points.map((q) => q.x));
  const xDomain: [number, number] = pointXs.length ? paddedExtent([x0, x1, ...pointXs]) : [x0, x1];
  const x = scaleLog().domain(xDomain).range([0, plot.width]);
  const yDomain = spec.y.domain ?? paddedExtent([...curveData.flatMap((c) => c.samples.map((s) => s.y)), ...pointData.flatMap((p) => p.points.map((q) => q.y))]);
  const y = scaleLog().domain(yDomain).range([plot.height, 0]);
  const path = line<{ x: number; y: number }>()
    .x((d) => x(d.x))
    .y((d) => y(d.y))
    .digits(1);
  const xTitle = axisTitle(spec.x);
  const yTitle = axisTitle(spec.y);

  return {
    ...(spec.title ? { title: spec.title } : {}),
    name: `${chartTitle}${spec.title ? ` — ${spec.title}` : ''}: ${yTitle} ${t('chart.against')} ${xTitle}`,
    width: PANEL.width,
    height: PANEL.height,
    plot,
    x: { title: xTitle, ticks: axisTicks(x, plot.width, 'x'), domain: xDomain },
    y: { title: yTitle, ticks: axisTicks(y, plot.height, 'y'), domain: yDomain },
    curves: curveData.map(({ curve, samples }) => ({ label: curve.label, style: styleOf(curve), path: path(samples)!, samples })),
    coinciding: coincidingCurves(curveData.map(({ curve, samples }) => ({ label: curve.label, heights: samples.map((s) => y(s.y)) }))),
    points: pointData.map(({ series, points }) => ({
      label: series.label,
      style: styleOf(series),
      points: points.map((p) => ({ ...p, px: toPixel(x(p.x)), py: toPixel(y(p.y)) })),
    })),
  };
}

/**
 * The chart of dataset `id`, or undefined when it has no chart spec. `styles` gives every series
 * its style number by identity (see assignSeriesStyles over every chart of the site); without it,
 * the chart's own series are numbered alone.
 */
export function buildChartModel(id: string, lookup: DatasetLookup, styles?: ReadonlyMap<string, number>): ChartModel | undefined {
  const dataset = lookup(id);
  if (!dataset) throw new Error(`No dataset with id "${id}": check the <ScalingChart dataset="…"> attribute`);
  if (!dataset.chart) return undefined;
  const numbers = styles?.size ? styles : assignSeriesStyles([[id, dataset.chart]]);
  const legend: (LegendItem & { identity: string })[] = [];
  const styleOf = (series: ChartCurveSpec | ChartPointsSpec) => {
    const identity = seriesIdentity(id, series);
    const known = legend.find((item) => item.identity === identity);
    if (known) return known.style;
    const number = numbers.get(identity);
    if (number === undefined) throw new Error(`dataset "${id}": series "${series.label}" has no style; pass styles assigned over every chart, this one included`);
    const style = seriesStyle(number);
    legend.push({ identity, label: series.label, style, kind: 'law' in series ? 'curve' : 'points' });
    return style;
  };
  const panels = dataset.chart.panels.map((panel) => panelModel(id, panel, lookup, dataset.title, styleOf));
  return { id, title: dataset.title, description: dataset.chart.description, panels, legend: legend.map(({ identity: _, ...item }) => item) };
}
