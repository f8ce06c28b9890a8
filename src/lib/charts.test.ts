import { describe, expect, test } from 'vitest';
import { scaleLog } from 'd3-scale';
import { axisTicks, buildChartModel, seriesStyle, tickLabel } from './charts.ts';
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
    expect(panel.points[0]!.points[0]!.px).toBeCloseTo(0, 6);
    expect(panel.points[0]!.points[1]!.px).toBeCloseTo(panel.plot.width, 6);
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

describe('ticks', () => {
  test('are d3’s log ticks, labelled 10ⁿ on wide axes and as plain numbers on narrow ones', () => {
    const wide = axisTicks(scaleLog().domain([768, 1.5e9]).range([0, 400]), 400);
    expect(wide.filter((t) => t.label).map((t) => t.label)).toEqual(['10³', '10⁴', '10⁵', '10⁶', '10⁷', '10⁸', '10⁹']);
    const narrow = axisTicks(scaleLog().domain([2.1, 7.5]).range([250, 0]), 250);
    expect(narrow.filter((t) => t.label).map((t) => t.label)).toContain('3');
    expect(narrow.every((t) => Number.isFinite(t.offset))).toBe(true);
    const withinOneDecade = axisTicks(scaleLog().domain([2.19, 4.64]).range([266, 0]), 266);
    expect(withinOneDecade.map((t) => t.label)).toEqual(['3', '4']);
  });

  test('tickLabel writes mantissas before powers of ten', () => {
    expect(tickLabel(1e-8, [4.8e-9, 18])).toBe('10⁻⁸');
    expect(tickLabel(2e20, [1e19, 1e28])).toBe('2×10²⁰');
    expect(tickLabel(100, [1, 1000])).toBe('100');
  });
});
