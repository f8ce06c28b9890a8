import { describe, expect, test } from 'vitest';
import { drawnSentence, drawnSeries } from './chart-drawn.ts';
import { datasetSchema, type Dataset } from './schema.ts';

const source = { url: 'https://arxiv.org/abs/2203.15556', accessed: '2026-11-29' };
const base = { summary: 's', columns: [{ key: 'name', label: 'Name', type: 'text' }, { key: 'a', label: 'a' }, { key: 'b', label: 'b' }], rows: [{ name: 'r', a: '0.5', b: '2' }] };
const exponents = datasetSchema.parse({
  ...base,
  title: 'Exponents',
  origin: { work: 'hestness', locator: 'Figure 3', reading: 'secondary', source },
  chart: { description: 'd', panels: [{ x: { label: 'x', domain: [1, 10] }, y: { label: 'y' }, curves: [{ label: 'c', law: 'relative-power', row: 'r', params: { exponent: 'a' } }] }] },
});
const printed = datasetSchema.parse({
  ...base,
  title: 'Table',
  origin: { work: 'hoffmann', locator: 'Table 3', reading: 'primary', source },
  chart: { description: 'd', panels: [{ x: { label: 'x', domain: [1, 10] }, y: { label: 'y' }, points: [{ label: 'p', x: 'a', y: 'b' }] }] },
});
const both = datasetSchema.parse({
  ...base,
  title: 'Both',
  origin: { work: 'kaplan', locator: 'Eq. 1.1', reading: 'primary', source },
  chart: {
    description: 'd',
    panels: [
      { x: { label: 'x', domain: [1, 10] }, y: { label: 'y' }, curves: [{ label: 'c', law: 'inverse-power', row: 'r', params: { constant: 'b', exponent: 'a' } }], points: [{ label: 'p', dataset: 'printed', x: 'a', y: 'b' }] },
      { x: { label: 'x', domain: [1, 10] }, y: { label: 'y' }, points: [{ label: 'p', dataset: 'printed', x: 'a', y: 'b' }] },
    ],
  },
});
const all: Record<string, Dataset> = { exponents, printed, both };
const lookup = (id: string) => all[id];
const label = (id: string) => ({ hestness: 'Hestness et al. 2017', hoffmann: 'Hoffmann et al. 2022', kaplan: 'Kaplan et al. 2020' })[id] ?? id;

describe('drawnSeries', () => {
  test('sorts a chart\'s datasets into fitted lines and printed points, each dataset once', () => {
    const drawn = drawnSeries('both', both.chart!, lookup);
    expect(drawn.fits.map((s) => [s.dataset, s.work, s.locator])).toEqual([['both', 'kaplan', 'Eq. 1.1']]);
    expect(drawn.printed.map((s) => [s.dataset, s.locator, s.reading])).toEqual([['printed', 'Table 3', 'primary']]);
    expect(drawn.exponentsOnly).toBe(false);
  });

  test('knows when lines take only exponents from the paper (no fitted constant)', () => {
    expect(drawnSeries('exponents', exponents.chart!, lookup).exponentsOnly).toBe(true);
    expect(drawnSeries('printed', printed.chart!, lookup).exponentsOnly).toBe(false);
  });
});

describe('drawnSentence', () => {
  test('a chart of fitted lines only says they are not measurements and that no measured point is drawn', () => {
    const text = drawnSentence(drawnSeries('exponents', exponents.chart!, lookup), label);
    expect(text).toMatch(/published exponents only \(the table below\)/);
    expect(text).toMatch(/not measurements/);
    expect(text).toMatch(/No measured points are drawn\.$/);
  });

  test('a chart of printed points names where they are printed and says nothing of lines', () => {
    const text = drawnSentence(drawnSeries('printed', printed.chart!, lookup), label);
    expect(text).toBe('Markers: values printed in Table 3.');
  });

  test('a chart with both says which is which', () => {
    const text = drawnSentence(drawnSeries('both', both.chart!, lookup), label);
    expect(text).toMatch(/^Lines: fitted formulas computed from the published fits \(the table below\)/);
    expect(text).toMatch(/Markers: values printed in Hoffmann et al\. 2022, Table 3\.$/);
    expect(text).not.toMatch(/No measured points/);
  });

  test('another dataset read only in a secondary copy says so where the sentence names it', () => {
    const secondary: Record<string, Dataset> = { ...all, printed: { ...printed, origin: { ...printed.origin, reading: 'secondary' } } };
    const text = drawnSentence(drawnSeries('both', both.chart!, (id) => secondary[id]), label);
    expect(text).toMatch(/Markers: values printed in Hoffmann et al\. 2022, Table 3 \(read only in a secondary transcription\)\.$/);
  });
});
