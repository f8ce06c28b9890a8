import { describe, expect, test } from 'vitest';
import { csvParse } from 'd3-dsv';
import { checkDataset, CSV_SOURCE_COLUMNS, csvCell, datasetCsv, workIdentifier, displayCell, findRow, namesItsUnit, publishedValue, resolveCurve } from './datasets.ts';
import { datasetSchema, type Dataset } from './schema.ts';

const source = { url: 'https://arxiv.org/abs/2001.08361', accessed: '2026-11-29' };
/** A small dataset in the shape contributors write. */
function kaplan(overrides: Partial<Record<string, unknown>> = {}): Dataset {
  return datasetSchema.parse({
    title: 'Kaplan',
    summary: 's',
    origin: { work: 'kaplan-2020', locator: 'Eq. 1.1', reading: 'primary', source },
    columns: [
      { key: 'law', label: 'Law', type: 'text' },
      { key: 'exponent', label: 'Exponent' },
      { key: 'constant', label: 'Constant' },
    ],
    rows: [
      { law: 'L(N)', exponent: '0.076', constant: '8.8e13' },
      { law: 'L(C_min)', exponent: '0.050', constant: '3.1e8' },
    ],
    chart: {
      description: 'd',
      panels: [{ x: { label: 'N', domain: [768, 1.5e9] }, y: { label: 'L' }, curves: [{ label: 'L(N)', law: 'inverse-power', row: 'L(N)', params: { constant: 'constant', exponent: 'exponent' } }] }],
    },
    ...overrides,
  });
}

describe('published numbers keep their rounding', () => {
  test('publishedValue reads plain and e-notation text and M/B/T suffixes', () => {
    expect(publishedValue('0.050')).toBe(0.05);
    expect(publishedValue('-0.309')).toBe(-0.309);
    expect(publishedValue('8.8e13')).toBe(8.8e13);
    expect(publishedValue('1.92e+19')).toBe(1.92e19);
    expect(publishedValue('400M')).toBe(4e8);
    expect(publishedValue('216.2T')).toBe(216.2e12);
    expect(publishedValue('about 20')).toBeUndefined();
    expect(publishedValue(null)).toBeUndefined();
  });

  test('displayCell shows the digits as written, powers of ten in superscript and a dash for none', () => {
    expect(displayCell('0.050')).toBe('0.050');
    expect(displayCell('8.8e13')).toBe('8.8 × 10¹³');
    expect(displayCell('-0.128')).toBe('−0.128');
    expect(displayCell('8.0B')).toBe('8.0B');
    expect(displayCell(null)).toBe('—');
    expect(displayCell('Eq. 1.1')).toBe('Eq. 1.1');
  });

  test('csvCell writes numbers any spreadsheet reads, with the published digits', () => {
    expect(csvCell('8.0B')).toBe('8.0e9');
    expect(csvCell('0.050')).toBe('0.050');
    expect(csvCell(null)).toBe('');
  });
});

describe('namesItsUnit', () => {
  test('a label that says its unit, singular or plural, needs no unit after it', () => {
    expect(namesItsUnit('Parameters', 'parameters')).toBe(true);
    expect(namesItsUnit('FLOPs', 'FLOP')).toBe(true);
    expect(namesItsUnit('Training tokens', 'tokens')).toBe(true);
  });

  test('a label that does not keeps its unit', () => {
    expect(namesItsUnit('E', 'nats/token')).toBe(false);
    expect(namesItsUnit('Training compute C', 'FLOP')).toBe(false);
    expect(namesItsUnit('Tokenizer', 'token')).toBe(false);
  });
});

describe('datasetCsv', () => {
  const work = { id: 'kaplan-2020', title: 'Scaling Laws for Neural Language Models', identifiers: { arxiv: '2001.08361', url: 'https://arxiv.org/abs/2001.08361' } };

  test('parses back to the same rows: text as is, numbers to the same values', () => {
    const dataset = kaplan({ rows: [{ law: 'L(N), "fit"', exponent: '0.076', constant: '8.8e13' }, { law: 'L(D)', exponent: null, constant: '5.4e13' }] });
    const parsed = csvParse(datasetCsv(dataset, work));
    expect(parsed.columns).toEqual(['law', 'exponent', 'constant', ...CSV_SOURCE_COLUMNS]);
    expect(parsed.map((row) => row.law)).toEqual(['L(N), "fit"', 'L(D)']);
    expect(parsed.map((row) => publishedValue(row.constant))).toEqual([8.8e13, 5.4e13]);
    expect(parsed[1]!.exponent).toBe('');
  });

  test('every row names its source: work, identifier, locator, page read, day read and how it was read', () => {
    const secondhand = kaplan({ origin: { work: 'kaplan-2020', locator: 'Table 2', reading: 'secondary', source: { url: 'https://example.org/notes', accessed: '2026-11-29', reliability: 'secondary' } } });
    const lines = datasetCsv(secondhand, work).trimEnd().split('\n');
    expect(lines.filter((line) => line.startsWith('law,'))).toHaveLength(1);
    const parsed = csvParse(datasetCsv(secondhand, work));
    for (const row of parsed) {
      expect(row).toMatchObject({ source_work: 'kaplan-2020', source_title: 'Scaling Laws for Neural Language Models', source_identifier: 'arXiv:2001.08361', source_locator: 'Table 2', source_url: 'https://example.org/notes', source_accessed: '2026-11-29', source_reading: 'secondary' });
    }
  });

  test('a row read elsewhere than the dataset (rowOrigins) carries its own locator, page and reading', () => {
    const report = { url: 'https://example.org/report', accessed: '2026-11-30', reliability: 'secondary' as const };
    const dataset = kaplan({
      rows: [{ law: 'L(N)', exponent: '0.076', constant: '8.8e13' }, { law: 'L(D)', exponent: '0.095', constant: '5.4e13' }],
      rowOrigins: [{ row: 'L(D)', locator: 'TeX source', reading: 'secondary', source: report }],
    });
    const parsed = csvParse(datasetCsv(dataset, work));
    expect(parsed[0]).toMatchObject({ source_locator: dataset.origin.locator, source_reading: dataset.origin.reading, source_url: dataset.origin.source.url });
    expect(parsed[1]).toMatchObject({ source_work: 'kaplan-2020', source_locator: 'TeX source', source_url: 'https://example.org/report', source_accessed: '2026-11-30', source_reading: 'secondary' });
  });

  test('a work without arXiv id is identified by its DOI, ISBN or URL; a column named like a source column is refused', () => {
    expect(workIdentifier({ doi: '10.1145/1', url: 'https://x.org' })).toBe('doi:10.1145/1');
    expect(workIdentifier({ url: 'https://x.org' })).toBe('https://x.org');
    expect(workIdentifier({})).toBe('');
    const clash = kaplan({ columns: [{ key: 'law', label: 'Law', type: 'text' }, { key: 'source_url', label: 'URL', type: 'text' }], rows: [{ law: 'L', source_url: 'x' }] });
    expect(() => datasetCsv(clash, work)).toThrow(/source_url/);
  });
});

describe('rows and curve parameters', () => {
  test('a row is found by its first column', () => {
    expect(findRow(kaplan(), 'L(C_min)')?.constant).toBe('3.1e8');
    expect(findRow(kaplan(), 'L(X)')).toBeUndefined();
  });

  test('resolveCurve reads each parameter from its column', () => {
    const dataset = kaplan();
    const curve = dataset.chart!.panels[0]!.curves[0]!;
    expect(resolveCurve(curve, 'k', () => dataset)).toEqual({ values: { constant: 8.8e13, exponent: 0.076 }, problems: [] });
  });
});

describe('checkDataset reports each mistake at its field', () => {
  const check = (dataset: Dataset) => checkDataset('k', dataset, (id) => (id === 'k' ? dataset : undefined));

  test('a valid dataset has no problems', () => {
    expect(check(kaplan())).toEqual([]);
  });

  test('a row origin naming no row', () => {
    const source = { url: 'https://example.org/report', accessed: '2026-11-30', reliability: 'secondary' as const };
    expect(check(kaplan({ rowOrigins: [{ row: 'L(Q)', reading: 'secondary', source }] }))).toContainEqual({
      path: 'rowOrigins[0].row',
      message: 'no row is named "L(Q)"; name a row as its first column does: "L(N)", "L(C_min)"',
    });
  });

  test('a number column holding words', () => {
    expect(check(kaplan({ rows: [{ law: 'L(N)', exponent: 'about 0.08', constant: '8.8e13' }] }))).toContainEqual({
      path: 'rows[0].exponent',
      message: '"about 0.08" is not a number; write it as published, e.g. "0.050", "8.8e13" or "1.5T", or null when the source gives none',
    });
  });

  test('a curve naming a missing row, a missing parameter and an unknown dataset', () => {
    const chart = (curve: object) => ({ description: 'd', panels: [{ x: { label: 'N', domain: [1, 10] }, y: { label: 'L' }, curves: [{ label: 'c', law: 'inverse-power', ...curve }] }] });
    expect(check(kaplan({ chart: chart({ row: 'L(Q)', params: { constant: 'constant', exponent: 'exponent' } }) }))[0]).toEqual({
      path: 'chart.panels[0].curves[0].params.constant',
      message: 'dataset "k" has no row "L(Q)"; rows are named by their first column: "L(N)", "L(C_min)"',
    });
    expect(check(kaplan({ chart: chart({ row: 'L(N)', params: { constant: 'constant' } }) }))).toContainEqual({
      path: 'chart.panels[0].curves[0].params.exponent',
      message: 'the law "inverse-power" needs "exponent": map it to the column that holds its published value',
    });
    expect(check(kaplan({ chart: chart({ row: 'L(N)', dataset: 'nope', params: { constant: 'constant', exponent: 'exponent' } }) }))[0]!.message).toBe('unknown dataset "nope"');
  });

  test('duplicate row names and a backwards range', () => {
    const problems = check(kaplan({
      rows: [{ law: 'L(N)', exponent: '1', constant: '1' }, { law: 'L(N)', exponent: '1', constant: '1' }],
      chart: { description: 'd', panels: [{ x: { label: 'N', domain: [10, 1] }, y: { label: 'L' }, points: [{ label: 'p', x: 'exponent', y: 'law' }] }] },
    }));
    expect(problems.map((p) => p.path)).toEqual(['rows[1].law', 'chart.panels[0].x.domain', 'chart.panels[0].points[0].y']);
  });
});
