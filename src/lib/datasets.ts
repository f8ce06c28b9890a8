/**
 * Dataset tables: published numbers kept as written (so their rounding shows), rows found by
 * their first column, fit parameters resolved for charts, CSV export, and the checks that give
 * contributors a message for every broken reference in a chart spec.
 */
import { csvFormatRows } from 'd3-dsv';
import type { ChartCurveSpec, ChartSpec, ChartValue, Dataset } from './schema.ts';
import { SCALING_LAWS, type ScalingLaw } from './scaling-laws.ts';
import type { KnowledgeBase } from './kb.ts';

/** One cell of a dataset row. */
export type Cell = Dataset['rows'][number][string];

/** Looks a dataset up by id (undefined when there is none). */
export type DatasetLookup = (id: string) => Dataset | undefined;

const SUFFIXES = { K: 3, M: 6, B: 9, T: 12 } as const;
/** A number as papers print it: `0.050`, `-0.309`, `8.8e13`, `1.92e+19`, `400M`, `1.5T`. */
const PUBLISHED_NUMBER = /^(-?\d+(?:\.\d+)?)(?:e([+-]?\d+)|([KMBT]))?$/;

/** Mantissa and power of ten of a published number, as written; undefined when it is not one. */
function splitNumber(cell: Cell | undefined): { mantissa: string; exponent: number; suffix?: string } | undefined {
  // A YAML number comes only from a row that failed its schema (checked as written, salvage.ts): read at its value, so the schema's message asking for quotes is the only one.
  if (typeof cell === 'number') return Number.isFinite(cell) ? splitNumber(String(cell)) : undefined;
  const match = typeof cell === 'string' ? PUBLISHED_NUMBER.exec(cell.trim()) : null;
  if (!match) return undefined;
  const [, mantissa, exponent, suffix] = match;
  return { mantissa: mantissa!, exponent: suffix ? SUFFIXES[suffix as keyof typeof SUFFIXES] : Number(exponent ?? 0), ...(suffix ? { suffix } : {}) };
}

/** The value of a published number (text such as "0.050", "8.8e13" or "1.5T"); undefined otherwise. */
export function publishedValue(cell: Cell | undefined): number | undefined {
  const parts = splitNumber(cell);
  return parts ? Number(`${parts.mantissa}e${parts.exponent}`) : undefined;
}

/** A cell for the CSV: numbers in plain or e-notation with the digits as published, text as is, '' for none. */
export function csvCell(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  const parts = splitNumber(cell);
  if (!parts) return String(cell);
  return parts.exponent === 0 ? parts.mantissa : `${parts.mantissa}e${parts.exponent}`;
}

const SUPERSCRIPT: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** 10 to a power, written with superscript digits, e.g. `10⁻⁹`. */
export function powerOfTen(exponent: number): string {
  return `10${String(exponent).replace(/[-\d]/g, (c) => SUPERSCRIPT[c]!)}`;
}

/** A cell for readers: numbers as published (`8.8 × 10¹³`, `1.5T`, `−0.309`), '—' where the source gives none. */
export function displayCell(cell: Cell | undefined): string {
  if (cell === null || cell === undefined || cell === '') return '—';
  const parts = splitNumber(cell);
  if (!parts) return String(cell);
  const mantissa = parts.mantissa.replace(/^-/, '−');
  if (parts.suffix) return `${mantissa}${parts.suffix}`;
  return parts.exponent === 0 ? mantissa : `${mantissa} × ${powerOfTen(parts.exponent)}`;
}

/** True when a column's label already names its unit, as "Parameters" does "parameters" and "FLOPs" does "FLOP", so the header need not repeat it. */
export function namesItsUnit(label: string, unit: string): boolean {
  const wanted = unit.toLowerCase();
  return label
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .some((word) => word === wanted || word === `${wanted}s`);
}

/** The name of a row: the text of its first column. */
export function rowName(dataset: Dataset, row: Dataset['rows'][number]): string {
  const cell = row[dataset.columns[0]!.key];
  return cell === null || cell === undefined ? '' : String(cell);
}

/** The row whose first column reads `name`, if any. */
export function findRow(dataset: Dataset, name: string): Dataset['rows'][number] | undefined {
  return dataset.rows.find((row) => rowName(dataset, row) === name);
}

/** The work a dataset's numbers are published in, as its CSV names it. */
export interface CsvWork {
  /** The work's id in the atlas. */
  id: string;
  /** The work's title. */
  title: string;
  /** arXiv id, DOI, ISBN or URL of the work, if any. */
  identifiers: { arxiv?: string; doi?: string; isbn?: string; url?: string };
}

/**
 * Columns every dataset CSV ends with, the same on every row, so each row carries its source:
 * the publishing work (atlas id, title, identifier), where in it, the page the numbers were read
 * on and when, and whether they were read in the paper itself (`primary`) or only secondhand.
 */
export const CSV_SOURCE_COLUMNS = ['source_work', 'source_title', 'source_identifier', 'source_locator', 'source_url', 'source_accessed', 'source_reading'] as const;

/** A work's identifier for a CSV cell: `arXiv:2001.08361`, `doi:10.…`, `ISBN …`, or its URL. */
export function workIdentifier(identifiers: CsvWork['identifiers']): string {
  if (identifiers.arxiv) return `arXiv:${identifiers.arxiv}`;
  if (identifiers.doi) return `doi:${identifiers.doi}`;
  if (identifiers.isbn) return `ISBN ${identifiers.isbn}`;
  return identifiers.url ?? '';
}

/** The dataset as CSV: a header of column keys and the source columns, then one line per row (RFC 4180 quoting via d3-dsv). */
export function datasetCsv(dataset: Dataset, work: CsvWork): string {
  const keys = dataset.columns.map((column) => column.key);
  const clash = keys.find((key) => (CSV_SOURCE_COLUMNS as readonly string[]).includes(key));
  if (clash) throw new Error(`dataset column "${clash}" has the name of a CSV source column; rename it`);
  const day = (accessed: unknown) => (accessed instanceof Date ? accessed.toISOString().slice(0, 10) : String(accessed));
  const source = (row: Dataset['rows'][number]) => {
    const { locator, source: read, reading } = rowOrigin(dataset, row);
    return [work.id, work.title, workIdentifier(work.identifiers), locator, read.url, day(read.accessed), reading];
  };
  return `${csvFormatRows([[...keys, ...CSV_SOURCE_COLUMNS], ...dataset.rows.map((row) => [...keys.map((key) => csvCell(row[key])), ...source(row)])])}\n`;
}

/** Where a row's numbers were read: its own entry in `rowOrigins` (`own`), else the dataset's `origin`. */
export function rowOrigin(dataset: Dataset, row: Dataset['rows'][number]): { own: boolean; locator: string; reading: Dataset['origin']['reading']; source: Dataset['origin']['source'] } {
  const own = dataset.rowOrigins?.find((entry) => entry.row === rowName(dataset, row));
  return { own: own !== undefined, locator: own?.locator ?? dataset.origin.locator, reading: own?.reading ?? dataset.origin.reading, source: own?.source ?? dataset.origin.source };
}

/** Every dataset a chart draws from, its own first. */
export function chartDatasetIds(ownId: string, chart: ChartSpec): string[] {
  const ids = chart.panels.flatMap((panel) => [
    ...panel.curves.flatMap((curve) => [curve.dataset ?? ownId, ...Object.values(curve.at).flatMap((v) => (typeof v === 'number' ? [] : [v.dataset ?? curve.dataset ?? ownId]))]),
    ...panel.points.map((points) => points.dataset ?? ownId),
  ]);
  return [...new Set([ownId, ...ids])];
}

/** A problem in a dataset, at a field path. */
export interface DatasetProblem {
  path: string;
  message: string;
}

/** A number read from `dataset`'s row `name`, column `key`, or the problem that prevents it. */
function readNumber(lookup: DatasetLookup, datasetId: string, name: string, key: string): number | string {
  const dataset = lookup(datasetId);
  if (!dataset) return `unknown dataset "${datasetId}"`;
  const row = findRow(dataset, name);
  if (!row) return `dataset "${datasetId}" has no row "${name}"; rows are named by their first column: ${dataset.rows.map((r) => `"${rowName(dataset, r)}"`).join(', ')}`;
  if (!dataset.columns.some((c) => c.key === key)) return `dataset "${datasetId}" has no column "${key}"; columns: ${dataset.columns.map((c) => c.key).join(', ')}`;
  const value = publishedValue(row[key]);
  return value === undefined ? `dataset "${datasetId}", row "${name}", column "${key}" holds no number` : value;
}

/** Every value a curve's formula needs, by name, or the problems (with field paths) that prevent it. */
export function resolveCurve(curve: ChartCurveSpec, ownId: string, lookup: DatasetLookup): { values: Record<string, number>; problems: DatasetProblem[] } {
  const law: ScalingLaw = SCALING_LAWS[curve.law];
  const datasetId = curve.dataset ?? ownId;
  const values: Record<string, number> = {};
  const problems: DatasetProblem[] = [];
  const take = (name: string, path: string, result: number | string) => {
    if (typeof result === 'number') values[name] = result;
    else problems.push({ path, message: result });
  };
  for (const param of law.params) {
    const column = curve.params[param];
    if (!column) problems.push({ path: `params.${param}`, message: `the law "${curve.law}" needs "${param}": map it to the column that holds its published value` });
    else take(param, `params.${param}`, readNumber(lookup, datasetId, curve.row, column));
  }
  for (const name of law.at) {
    const value: ChartValue | undefined = curve.at[name];
    if (value === undefined) problems.push({ path: `at.${name}`, message: `the law "${curve.law}" needs a value for "${name}" to be drawn; give a number or { row, column }` });
    else take(name, `at.${name}`, typeof value === 'number' ? value : readNumber(lookup, value.dataset ?? datasetId, value.row, value.column));
  }
  for (const extra of [...Object.keys(curve.params).filter((p) => !law.params.includes(p)), ...Object.keys(curve.at).filter((a) => !law.at.includes(a))]) {
    problems.push({ path: extra in curve.params ? `params.${extra}` : `at.${extra}`, message: `the law "${curve.law}" has no "${extra}"; it takes ${[...law.params, ...law.at].join(', ')}` });
  }
  return { values, problems };
}

/** Everything wrong with a dataset's table and chart spec, given every dataset by id. */
export function checkDataset(id: string, dataset: Dataset, lookup: DatasetLookup): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const keys = dataset.columns.map((c) => c.key);
  keys.forEach((key, i) => {
    if (keys.indexOf(key) !== i) problems.push({ path: `columns[${i}].key`, message: `column "${key}" is defined twice; give each column its own key` });
  });
  const names = new Set<string>();
  dataset.rows.forEach((row, r) => {
    for (const key of Object.keys(row)) {
      if (!keys.includes(key)) problems.push({ path: `rows[${r}].${key}`, message: `"${key}" is not a column; columns: ${keys.join(', ')}` });
    }
    dataset.columns.forEach((column) => {
      const cell = row[column.key];
      if (column.type === 'number' && cell !== null && cell !== undefined && publishedValue(cell) === undefined) {
        problems.push({ path: `rows[${r}].${column.key}`, message: `"${cell}" is not a number; write it as published, e.g. "0.050", "8.8e13" or "1.5T", or null when the source gives none` });
      }
    });
    const name = rowName(dataset, row);
    if (!name) problems.push({ path: `rows[${r}].${keys[0]}`, message: 'every row needs a name in the first column' });
    else if (names.has(name)) problems.push({ path: `rows[${r}].${keys[0]}`, message: `another row is also named "${name}"; charts find rows by this name, so make it unique` });
    names.add(name);
  });
  dataset.rowOrigins?.forEach((entry, i) => {
    if (!names.has(entry.row)) problems.push({ path: `rowOrigins[${i}].row`, message: `no row is named "${entry.row}"; name a row as its first column does: ${[...names].map((n) => `"${n}"`).join(', ')}` });
  });
  dataset.chart?.panels.forEach((panel, p) => {
    const [from, to] = panel.x.domain;
    if (!(from < to)) problems.push({ path: `chart.panels[${p}].x.domain`, message: `the range must run from low to high, got [${from}, ${to}]` });
    if (panel.curves.length + panel.points.length === 0) problems.push({ path: `chart.panels[${p}]`, message: 'a panel needs at least one curve or points series' });
    panel.curves.forEach((curve, c) => {
      for (const problem of resolveCurve(curve, id, lookup).problems) problems.push({ path: `chart.panels[${p}].curves[${c}].${problem.path}`, message: problem.message });
    });
    panel.points.forEach((points, s) => {
      const source = lookup(points.dataset ?? id);
      if (!source) return problems.push({ path: `chart.panels[${p}].points[${s}].dataset`, message: `unknown dataset "${points.dataset}"` });
      for (const axis of ['x', 'y'] as const) {
        const column = source.columns.find((c) => c.key === points[axis]);
        if (!column || column.type !== 'number') problems.push({ path: `chart.panels[${p}].points[${s}].${axis}`, message: `"${points[axis]}" is not a number column of dataset "${points.dataset ?? id}"` });
      }
    });
  });
  return problems;
}

/** The datasets of a knowledge base as a lookup by id. */
export function datasetsIn(kb: Pick<KnowledgeBase, 'entities'>): DatasetLookup {
  return (id) => {
    const entity = kb.entities.get(id);
    return entity?.collection === 'datasets' ? entity.data : undefined;
  };
}
