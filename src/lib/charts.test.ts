import { describe, expect, test } from 'vitest';
import { scaleLog } from 'd3-scale';
import { assignSeriesStyles, axisTicks, buildChartModel, coincidingCurves, labelWidth, NEAR_PX, paddedExtent, seriesIdentity, seriesStyle, tickLabel } from './charts.ts';
import { datasetSchema, type Dataset } from './schema.ts';

const source = { url: 'https://arxiv.org/abs/2203.15556', accessed: '2026-11-29' };
const fit = datasetSchema.parse({
  title: 'Fit',
  summary: 's',
  origin: { work: 'hoffmann-2022', locator: 'Appendix D.2', reading: 'primary', source },
  columns: [{ key: 'fit', label: 'Fit', type: 'text' }, { key: 'A', label: 'A' }, { key: 'B', label: 'B' }, { key: 'alpha', label: 'α' }, { key: 'beta', label: 'β' }],
  rows: [{ fit: 'Published', A: '406.4', B: '410.7', alpha: '0.34', beta: '0.28' }],
});
const table = datasetSchema.parse({
  title: 'Table 3',
  summary: 's',
  origin: { work: 'hoffmann-2022', locator: 'Table 3', reading: 'primary', source },
  columns: [{ key: 'parameters', label: 'Parameters' }, { key: 'flops', label: 'FLOPs' }],
  rows: [{ parameters: '400M', flops: '1.92e19' }, { parameters: '10T', flops: '1.3e28' }, { parameters: '1B', flops: null }],
  chart: {
    description: 'N_opt against C.',
    panels: [
      {
        x: { label: 'Compute', unit: 'FLOP', domain: [1.92e19, 1.3e28] },
        y: { label: 'Parameters' },
        curves: [
          { label: 'Frontier', law: 'chinchilla-optimal-params', dataset: 'fit', row: 'Published', params: { A: 'A', B: 'B', alpha: 'alpha', beta: 'beta' } },
          { label: 'Kaplan slope', law: 'anchored-power', dataset: 'fit', row: 'Published', params: { exponent: 'alpha' }, at: { x0: { dataset: 'table', row: '400M', column: 'flops' }, y0: 4e8 } },
        ],
        points: [{ label: 'Table 3', x: 'flops', y: 'parameters' }],
      },
    ],
  },
});
const datasets: Record<string, Dataset> = { fit, table };
const lookup = (id: string) => datasets[id];

describe('buildChartModel', () => {
  const model = buildChartModel('table', lookup)!;
  const panel = model.panels[0]!;

  test('curve samples equal the formula at every sampled x, over exactly the x domain', () => {
    const [frontier, slope] = panel.curves;
    const G = ((0.34 * 406.4) / (0.28 * 410.7)) ** (1 / 0.62);
    for (const s of frontier!.samples) expect(s.y / (G * (s.x / 6) ** (0.28 / 0.62))).toBeCloseTo(1, 10);
    for (const s of slope!.samples) expect(s.y / (4e8 * (s.x / 1.92e19) ** 0.34)).toBeCloseTo(1, 10);
    expect(frontier!.samples[0]!.x).toBeCloseTo(1.92e19, -10);
    expect(frontier!.samples.at(-1)!.x / 1.3e28).toBeCloseTo(1, 10);
  });

  test('paths are non-empty and free of NaN; points come from rows with both values', () => {
    for (const curve of panel.curves) {
      expect(curve.path).toMatch(/^M[\d.]/);
      expect(curve.path).not.toMatch(/NaN|Infinity/);
    }
    expect(panel.points[0]!.points.map((p) => [p.row, p.x, p.y])).toEqual([['400M', 1.92e19, 4e8], ['10T', 1.3e28, 1e13]]);
  });

  test('printed points keep clear of the frame: the axes reach beyond the first and last point', () => {
    const [first, last] = panel.points[0]!.points;
    expect(first!.px).toBeGreaterThan(8);
    expect(last!.px).toBeLessThan(panel.plot.width - 8);
    expect(first!.py).toBeLessThan(panel.plot.height - 8);
    expect(last!.py).toBeGreaterThan(8);
  });

  test('curves are lines only, drawn over exactly the spec\'s x range even when the axis reaches further', () => {
    for (const curve of panel.curves) expect(curve).not.toHaveProperty('markers');
    expect(panel.x.domain[0]).toBeLessThan(1.92e19);
    expect(panel.curves[0]!.samples[0]!.x).toBe(1.92e19);
    expect(panel.curves[0]!.samples.at(-1)!.x).toBe(1.3e28);
  });

  test('each panel has its own accessible name, saying what is plotted against what', () => {
    expect(panel.name).toBe('Table 3: Parameters against Compute (FLOP)');
    const two = datasetSchema.parse({ ...table, chart: { description: 'd', panels: [0, 1].map((i) => ({ title: `P${i}`, x: { label: 'x', domain: [1, 10] }, y: { label: 'y' }, points: [{ label: 'T', dataset: 'table', x: 'flops', y: 'parameters' }] })) } });
    const names = buildChartModel('two', (id) => (id === 'two' ? two : lookup(id)))!.panels.map((p) => p.name);
    expect(new Set(names).size).toBe(2);
  });

  test('the y axis spans everything drawn, and axis titles carry units', () => {
    const ys = [...panel.curves.flatMap((c) => c.samples.map((s) => s.y)), 4e8, 1e13];
    expect(panel.y.domain[0]).toBeLessThan(Math.min(...ys));
    expect(panel.y.domain[1]).toBeGreaterThan(Math.max(...ys));
    expect(panel.x.title).toBe('Compute (FLOP)');
  });

  test('every series differs from the others by dash or marker, not by colour alone, and the legend lists each once', () => {
    expect(model.legend.map((item) => [item.label, item.kind])).toEqual([['Frontier', 'curve'], ['Kaplan slope', 'curve'], ['Table 3', 'points']]);
    const keys = Array.from({ length: 8 }, (_, i) => { const s = seriesStyle(i); return `${s.dash}|${s.marker}`; });
    expect(new Set(keys).size).toBe(8);
    const styles = model.legend.map((item) => `${item.style.index}|${item.style.dash}`);
    expect(new Set(styles).size).toBe(styles.length);
  });

  test('one series looks the same in every chart that draws it, whatever its place in the legend', () => {
    // `other` draws the same fit and the same printed points as `table`, in a different order and under other labels.
    const other = datasetSchema.parse({
      ...table,
      chart: { description: 'd', panels: [{ x: { label: 'x', domain: [1e20, 1e27] }, y: { label: 'y' }, points: [{ label: 'Printed', dataset: 'table', x: 'flops', y: 'parameters' }], curves: [{ label: 'Own', law: 'anchored-power', dataset: 'fit', row: 'Published', params: { exponent: 'beta' }, at: { x0: 1e20, y0: 1e9 } }, { label: 'Printed fit', law: 'chinchilla-optimal-tokens', dataset: 'fit', row: 'Published', params: { A: 'A', B: 'B', alpha: 'alpha', beta: 'beta' } }] }] },
    });
    const all: Record<string, Dataset> = { ...datasets, other };
    const styles = assignSeriesStyles(Object.entries(all).flatMap(([id, d]) => (d.chart ? [[id, d.chart] as const] : [])));
    const a = buildChartModel('table', (id) => all[id], styles)!;
    const b = buildChartModel('other', (id) => all[id], styles)!;
    const style = (m: typeof a, label: string) => m.legend.find((item) => item.label === label)!.style;
    expect(style(b, 'Printed fit')).toEqual(style(a, 'Frontier'));
    expect(style(b, 'Printed')).toEqual(style(a, 'Table 3'));
    expect(style(b, 'Own')).not.toEqual(style(a, 'Kaplan slope'));
    expect(new Set(b.legend.map((item) => item.style.index)).size).toBe(3);
  });

  test('a series is identified by what it draws: the fit and its fixed values, or the points\' dataset', () => {
    const curve = table.chart!.panels[0]!.curves[0]!;
    expect(seriesIdentity('table', curve)).toBe('fit:fit#Published');
    expect(seriesIdentity('x', { ...curve, at: { N: 1e6 } })).not.toBe(seriesIdentity('x', { ...curve, at: { N: 1e7 } }));
    expect(seriesIdentity('table', table.chart!.panels[0]!.points[0]!)).toBe('points:table');
  });

  test('a dataset without a chart has no model; an unknown dataset is an error naming it', () => {
    expect(buildChartModel('fit', lookup)).toBeUndefined();
    expect(() => buildChartModel('nope', lookup)).toThrow('No dataset with id "nope"');
  });

  test('a formula with no positive value over the range is an error, not a NaN path', () => {
    const bad = datasetSchema.parse({ ...table, chart: { description: 'd', panels: [{ x: { label: 'x', domain: [1, 10] }, y: { label: 'y' }, curves: [{ label: 'c', law: 'anchored-power', dataset: 'fit', row: 'Published', params: { exponent: 'alpha' }, at: { x0: 1, y0: -1 } }] }] } });
    expect(() => buildChartModel('bad', (id) => (id === 'bad' ? bad : lookup(id)))).toThrow(/chart curve "c" has no positive finite value/);
  });
});

describe('coincidingCurves', () => {
  test('pairs the curves drawn less than NEAR_PX apart at every sample, and only those', () => {
    const curves = [
      { label: 'Adam', heights: [0, 40, 80] },
      { label: 'SGD', heights: [0, 41, 80 + NEAR_PX - 0.5] },
      { label: 'Speech', heights: [0, 40, 80 + NEAR_PX] },
      { label: 'Word LM', heights: [100, 120, 140] },
    ];
    expect(coincidingCurves(curves)).toEqual([['Adam', 'SGD'], ['SGD', 'Speech']]);
    expect(coincidingCurves([curves[0]!])).toEqual([]);
  });

  test('a chart model names no pair when its curves stay apart', () => {
    expect(buildChartModel('table', lookup)!.panels[0]!.coinciding).toEqual([]);
  });
});

describe('ticks', () => {
  const labels = (domain: [number, number], length: number, axis: 'x' | 'y') => axisTicks(scaleLog().domain(domain).range(axis === 'x' ? [0, length] : [length, 0]), length, axis).filter((t) => t.label).map((t) => t.label);

  test('wide axes are labelled at every power of ten, with the other digits as unlabelled ticks', () => {
    const wide = axisTicks(scaleLog().domain([768, 1.5e9]).range([0, 400]), 400, 'x');
    expect(wide.filter((t) => t.label).map((t) => t.label)).toEqual(['10³', '10⁴', '10⁵', '10⁶', '10⁷', '10⁸', '10⁹']);
    expect(wide.filter((t) => !t.label).map((t) => t.value)).toContain(2000);
    expect(wide.every((t) => Number.isFinite(t.offset))).toBe(true);
  });

  test('a short axis gets 1-2-5 labels, a shorter one every digit or half, so at least three labels show', () => {
    expect(labels([0.0319, 1.08], 286, 'y')).toEqual(['0.05', '0.1', '0.2', '0.5', '1']);
    expect(labels([2.19, 4.64], 266, 'y')).toEqual(['2.5', '3', '3.5', '4', '4.5']);
    expect(labels([2.1, 7.5], 250, 'y')).toEqual(['3', '4', '5', '6', '7']);
  });

  test('x labels never overlap: a wide axis labels every second or third power of ten, a short one not every 1-2-5 step', () => {
    const crowded = labels([1e-12, 1e12], 376, 'x');
    expect(crowded).toContain('10⁰');
    expect(crowded).not.toContain('10¹');
    for (const [domain, length] of [[[1e-12, 1e12], 376], [[1.5e19, 1.6e28], 376], [[2.2e7, 2.3e10], 376], [[4.8e-9, 18], 376]] as const) {
      const scale = scaleLog().domain(domain).range([0, length]);
      const shown = axisTicks(scale, length, 'x').filter((t) => t.label);
      expect(shown.length).toBeGreaterThanOrEqual(3);
      shown.slice(1).forEach((tick, i) => expect(tick.offset - shown[i]!.offset).toBeGreaterThan((labelWidth(tick.label) + labelWidth(shown[i]!.label)) / 2));
    }
  });

  test('labelWidth counts superscript digits narrower than digits', () => {
    expect(labelWidth('10²⁰')).toBeLessThan(labelWidth('1020'));
    expect(labelWidth('5×10⁷')).toBeGreaterThan(labelWidth('10⁷'));
  });

  test('paddedExtent keeps both ends off the frame, by at least a factor 1.08 and more on long ranges', () => {
    expect(paddedExtent([10, 20])).toEqual([10 / 1.08, 20 * 1.08]);
    const [lo, hi] = paddedExtent([8e9, 2.162e14]);
    expect(Math.log10(8e9 / lo) / Math.log10(hi / lo)).toBeGreaterThan(0.03);
  });

  test('tickLabel writes mantissas before powers of ten', () => {
    expect(tickLabel(1e-8, [4.8e-9, 18])).toBe('10⁻⁸');
    expect(tickLabel(2e20, [1e19, 1e28])).toBe('2×10²⁰');
    expect(tickLabel(100, [1, 1000])).toBe('100');
  });
});
