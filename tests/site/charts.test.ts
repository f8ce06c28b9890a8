/** Charts in the built site: the published numbers, the SVGs, the CSV downloads and where each chart appears. */
import { beforeAll, describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { csvParse } from 'd3-dsv';
import { checkContentFolder } from '../../src/lib/content-check.ts';
import { CSV_SOURCE_COLUMNS, csvCell, publishedValue, rowName, rowOrigin } from '../../src/lib/datasets.ts';
import type { Dataset } from '../../src/lib/schema.ts';
import { DIST } from '../helpers/static-server.ts';
import { htmlPages } from '../helpers/dist-files.ts';
import { issueUrl } from '../../src/lib/urls.ts';
import { siteConfig } from '../../src/site.config.ts';
import { Resvg } from '@resvg/resvg-js';
import { CHART_PNG_SCALE, chartPngOptions } from '../../src/lib/chart-image-png.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const { entries } = checkContentFolder(ROOT);
const datasets = new Map(entries.flatMap((e) => (e.collection === 'datasets' ? [[e.id, e.data as Dataset] as const] : [])));

beforeAll(() => {
  if (!existsSync(join(DIST, 'charts', 'index.html'))) throw new Error('dist/charts/ is missing: run "npm run build" first (npm test does it for you).');
});

/** The numbers of /work/shared/research/facts.md §6, typed by hand: dataset → row name → column → value. */
const FACT_SHEET: Record<string, Record<string, Record<string, number | null>>> = {
  'hestness-2017-exponents-by-domain': {
    'Machine translation (LSTM encoder-decoder with attention), best-fit composite': { beta_g: -0.128, beta_p: null },
    'Word language model (LSTM / RHN, Billion Word)': { beta_g: -0.066, beta_p: 0.69 },
    'Character language model (RHN, depth 10), SGD': { beta_g: -0.0936 },
    'Character language model (RHN, depth 10), Adam': { beta_g: -0.0954 },
    'Image classification (ResNets, ImageNet), top-1 error': { beta_g: -0.309, beta_p: 0.573 },
    'Image classification, top-5 error': { beta_g: -0.488 },
    'Image classification, cross-entropy': { beta_g: -0.35 },
    'Speech recognition (Deep Speech 2 and attention models)': { beta_g: -0.299, beta_p: null },
  },
  'kaplan-2020-single-variable-fits': {
    'L(N)': { exponent: 0.076, constant: 8.8e13 },
    'L(D)': { exponent: 0.095, constant: 5.4e13 },
    'L(C_min)': { exponent: 0.05, constant: 3.1e8 },
  },
  'kaplan-2020-combined-fit': { 'L(N, D)': { alpha_N: 0.076, alpha_D: 0.103, N_c: 6.4e13, D_c: 1.8e13 } },
  'hoffmann-2022-parametric-fit': {
    'Published (Appendix D.2)': { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 },
    'TeX source (reported by Besiroglu et al.)': { E: 1.6934, A: null, B: null, alpha: 0.3392, beta: 0.2849 },
  },
  'hoffmann-2022-compute-optimal-exponents': {
    '1. Minimum over training curves': { a: 0.5, a_p10: 0.488, a_p90: 0.502, b: 0.5, b_p10: 0.501, b_p90: 0.512 },
    '2. IsoFLOP profiles': { a: 0.49, a_p10: 0.462, a_p90: 0.534, b: 0.51, b_p10: 0.483, b_p90: 0.529 },
    '3. Parametric loss fit': { a: 0.46, a_p10: 0.454, a_p90: 0.455, b: 0.54, b_p10: 0.542, b_p90: 0.543 },
    'Kaplan et al. 2020 (as tabulated by Hoffmann)': { a: 0.73, a_p10: null, b: 0.27 },
  },
  'hoffmann-2022-table-3': {
    '400M': { parameters: 400e6, flops: 1.92e19, tokens: 8.0e9 },
    '1B': { parameters: 1e9, flops: 1.21e20, tokens: 20.2e9 },
    '10B': { parameters: 10e9, flops: 1.23e22, tokens: 205.1e9 },
    '67B': { parameters: 67e9, flops: 5.76e23, tokens: 1.5e12 },
    '175B': { parameters: 175e9, flops: 3.85e24, tokens: 3.7e12 },
    '280B': { parameters: 280e9, flops: 9.9e24, tokens: 5.9e12 },
    '520B': { parameters: 520e9, flops: 3.43e25, tokens: 11.0e12 },
    '1T': { parameters: 1e12, flops: 1.27e26, tokens: 21.2e12 },
    '10T': { parameters: 10e12, flops: 1.3e28, tokens: 216.2e12 },
  },
  'besiroglu-2024-chinchilla-refit': {
    Estimate: { E: 1.8172, A: 482.01, B: 2085.43, alpha: 0.3478, beta: 0.3658 },
    'Bootstrap standard error': { E: 0.03, A: 124.58, B: 1293.23, alpha: 0.02, beta: 0.02 },
  },
};

/** Which chart each work's page must show. */
const ON_WORK_PAGE: Record<string, string[]> = {
  'hestness-2017-scaling-predictable': ['hestness-2017-exponents-by-domain'],
  'kaplan-2020-scaling-laws': ['kaplan-2020-single-variable-fits', 'kaplan-2020-combined-fit', 'hoffmann-2022-compute-optimal-exponents'],
  'hoffmann-2022-chinchilla': ['hoffmann-2022-compute-optimal-exponents', 'besiroglu-2024-chinchilla-refit'],
  'besiroglu-2024-chinchilla-replication': ['besiroglu-2024-chinchilla-refit'],
};

describe('dataset numbers', () => {
  test('equal the fact sheet, row for row', () => {
    expect([...datasets.keys()].sort()).toEqual(Object.keys(FACT_SHEET).sort());
    for (const [id, expectedRows] of Object.entries(FACT_SHEET)) {
      const dataset = datasets.get(id)!;
      expect(dataset.rows.map((row) => rowName(dataset, row)), id).toEqual(Object.keys(expectedRows));
      for (const row of dataset.rows) {
        const expected = expectedRows[rowName(dataset, row)]!;
        for (const [column, value] of Object.entries(expected)) {
          expect(value === null ? row[column] : publishedValue(row[column]), `${id} / ${rowName(dataset, row)} / ${column}`).toBe(value);
        }
      }
    }
  });

  test('keep the published rounding where a trailing zero carries it', () => {
    expect(datasets.get('kaplan-2020-single-variable-fits')!.rows[2]!.exponent).toBe('0.050');
    expect(datasets.get('hoffmann-2022-compute-optimal-exponents')!.rows[0]!.a).toBe('0.50');
    expect(datasets.get('hoffmann-2022-table-3')!.rows[0]!.tokens).toBe('8.0B');
  });

  test('are marked secondary where the fact sheet read them only in transcriptions', () => {
    const reading = Object.fromEntries([...datasets].map(([id, d]) => [id, d.origin.reading]));
    expect(reading['hestness-2017-exponents-by-domain']).toBe('secondary');
    expect(reading['besiroglu-2024-chinchilla-refit']).toBe('secondary');
    expect(reading['kaplan-2020-combined-fit']).toBe('secondary');
    expect(reading['kaplan-2020-single-variable-fits']).toBe('primary');
  });
});

describe('drawn ranges', () => {
  const domains = (id: string) => datasets.get(id)!.chart!.panels.map((panel) => panel.x.domain);

  test('are the studied ranges the fact sheet gives (Kaplan N 768 to 1.5e9, D 22M to 23B tokens; Table 3 compute)', () => {
    const [n, d] = domains('kaplan-2020-single-variable-fits');
    expect(n).toEqual([768, 1.5e9]);
    expect(d).toEqual([2.2e7, 2.3e10]);
    expect(domains('kaplan-2020-combined-fit')).toEqual([[2.2e7, 2.3e10]]);
    for (const id of ['hoffmann-2022-compute-optimal-exponents', 'besiroglu-2024-chinchilla-refit']) {
      for (const domain of domains(id)) expect(domain, id).toEqual([1.92e19, 1.3e28]);
    }
  });

  test('Kaplan’s compute range is where L(C_min) meets L(N) at the ends of the studied N range, as its processing note says', () => {
    const [, , c] = domains('kaplan-2020-single-variable-fits');
    const L = (constant: number, exponent: number) => (x: number) => (constant / x) ** exponent;
    const lossN = L(8.8e13, 0.076);
    const lossC = L(3.1e8, 0.05);
    expect(lossC(c![0]) / lossN(768)).toBeCloseTo(1, 2);
    expect(lossC(c![1]) / lossN(1.5e9)).toBeCloseTo(1, 2);
  });
});

describe('CSV downloads', () => {
  test('say where Kaplan et al.\'s single-variable fits come from, and which numbers were read only secondhand', () => {
    const kaplan = csvParse(readFileSync(join(DIST, 'datasets', 'kaplan-2020-single-variable-fits.csv'), 'utf8'));
    expect(kaplan[0]).toMatchObject({ locator: 'Eq. 1.1', source_identifier: 'arXiv:2001.08361', source_reading: 'primary' });
    const hestness = csvParse(readFileSync(join(DIST, 'datasets', 'hestness-2017-exponents-by-domain.csv'), 'utf8'));
    expect(new Set(hestness.map((row) => row.source_reading))).toEqual(new Set(['secondary']));
  });

  test('parse back to the dataset: same header (then the source columns), text and numbers', () => {
    for (const [id, dataset] of datasets) {
      const parsed = csvParse(readFileSync(join(DIST, 'datasets', `${id}.csv`), 'utf8'));
      expect(parsed.columns, id).toEqual([...dataset.columns.map((c) => c.key), ...CSV_SOURCE_COLUMNS]);
      expect(parsed.length, id).toBe(dataset.rows.length);
      parsed.forEach((row, r) => {
        // A row read elsewhere than the dataset (its rowOrigins entry) says so, e.g. Chinchilla's TeX-source values read in Besiroglu et al.
        const read = rowOrigin(dataset, dataset.rows[r]!);
        expect(row.source_work, id).toBe(dataset.origin.work);
        expect(row.source_locator, id).toBe(read.locator);
        expect(row.source_url, id).toBe(read.source.url);
        expect(row.source_accessed, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(row.source_reading, id).toBe(read.reading);
        expect(row.source_title, id).not.toBe('');
      });
      if (id === 'hoffmann-2022-parametric-fit') expect(parsed.map((row) => row.source_reading), 'the TeX-source row was read only in Besiroglu et al.').toEqual(['primary', 'secondary']);
      dataset.rows.forEach((row, r) => {
        for (const column of dataset.columns) {
          const cell = parsed[r]![column.key]!;
          expect(cell, `${id} row ${r} ${column.key}`).toBe(csvCell(row[column.key]));
          if (column.type === 'number') expect(cell === '' ? null : Number(cell), `${id} row ${r} ${column.key}`).toBe(publishedValue(row[column.key]) ?? null);
        }
      });
    }
  });
});

describe('chart SVGs', () => {
  const pages = htmlPages();
  const svgs = pages.flatMap((page) => [...page.html.matchAll(/<svg class="chart-svg"[\s\S]*?<\/svg>/g)].map((m) => ({ page: page.path, svg: m[0] })));

  test('a chart says in words which of its lines are drawn on top of each other: near-equal exponents, and only there', () => {
    const gallery = pages.find((page) => page.path === '/charts/')!.html;
    const sentences = [...gallery.matchAll(/<p class="chart-drawn" data-coinciding[^>]*>([\s\S]*?)<\/p>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' '));
    expect(sentences).toHaveLength(2);
    expect(sentences[0]).toContain('Image, top-1 error (β_g = −0.309) and Speech (β_g = −0.299)');
    expect(sentences[0]).toContain('Character LM, Adam (β_g = −0.0954) and Character LM, SGD (β_g = −0.0936)');
    // Chinchilla's Approaches 1 and 2 (a = 0.50 and 0.49) are one line in the drawing too.
    expect(sentences[1]).toMatch(/Approach 1: N_opt ∝ C\^0\.50 and Approach 2: N_opt ∝ C\^0\.49\.$/);
  });

  test('have a title and description, no NaN and no empty path', () => {
    expect(svgs.length).toBeGreaterThan(10);
    for (const { page, svg } of svgs) {
      expect(svg, page).toMatch(/role="img"/);
      expect(svg, page).toMatch(/<title id="[^"]+">[^<]+<\/title>/);
      expect(svg, page).toMatch(/<desc id="[^"]+">[^<]+<\/desc>/);
      expect(svg, page).not.toMatch(/NaN|Infinity|undefined/);
      expect(svg, page).not.toMatch(/\sd=""/);
      for (const [, d] of svg.matchAll(/<path[^>]*\sd="([^"]*)"/g)) expect(d!.length, page).toBeGreaterThan(4);
      expect(svg.match(/class="curve"|class="marker point"/g)?.length ?? 0, page).toBeGreaterThan(0);
    }
  });

  test('a fitted line carries no markers: markers are drawn only for printed points', () => {
    for (const { page, svg } of svgs) {
      for (const [, series] of svg.matchAll(/<g class="series[^"]*">([\s\S]*?)<\/g>/g)) {
        if (series!.includes('class="curve"')) expect(series, page).not.toMatch(/class="marker/);
      }
    }
  });

  test('every panel has a name of its own and a description saying what kind of series it draws', () => {
    for (const page of pages) {
      const titles = [...page.html.matchAll(/<svg class="chart-svg"[\s\S]*?<title id="[^"]+">([^<]+)<\/title>/g)].map((m) => m[1]);
      expect(new Set(titles).size, page.path).toBe(titles.length);
    }
    for (const { page, svg } of svgs) {
      const desc = /<desc id="[^"]+">([^<]+)<\/desc>/.exec(svg)![1]!;
      if (svg.includes('class="curve"')) expect(desc, page).toMatch(/Lines: fitted .* not measurements/);
      if (svg.includes('class="marker point"')) expect(desc, page).toMatch(/Markers: values printed in/);
      else expect(desc, page).toMatch(/No measured points are drawn/);
    }
  });

  test('wherever a chart appears, its figure says under the chart what it draws', () => {
    const hestness = readFileSync(join(DIST, 'works', 'hestness-2017-scaling-predictable', 'index.html'), 'utf8');
    expect(hestness).toMatch(/<p class="chart-drawn"[^>]*>Lines: fitted power laws from the published exponents only[^<]*not measurements\. No measured points are drawn\.<\/p>/);
    const gallery = readFileSync(join(DIST, 'charts', 'index.html'), 'utf8');
    expect(gallery).toMatch(/id="hoffmann-2022-table-3"[\s\S]*?<p class="chart-drawn"[^>]*>Markers: values printed in Table 3 \(Approach 1\)\.<\/p>/);
    const parametric = /id="hoffmann-2022-parametric-fit"[\s\S]*?<p class="chart-drawn"[^>]*>([\s\S]*?)<\/p>/.exec(gallery)![1]!;
    expect(parametric).toMatch(/^\s*No chart of its own: these numbers are shown as a table\./);
    // The charts that draw the fit as a line are named, each once.
    for (const other of ['besiroglu-2024-chinchilla-refit', 'hoffmann-2022-compute-optimal-exponents']) expect(parametric.split(`href="/charts/#${other}"`)).toHaveLength(2);
    expect(parametric).not.toContain('href="/charts/#hoffmann-2022-table-3"');
    expect(gallery).toMatch(/href="#hoffmann-2022-parametric-fit"[^>]*>[^<]*<\/a><span[^>]*> \(table, no chart of its own\)<\/span>/);
  });

  test('every chart, in the gallery and on a work page, links to a report of an error in it that names its place in the gallery', () => {
    const pages = ['charts', 'works/hestness-2017-scaling-predictable'].map((page) => readFileSync(join(DIST, page, 'index.html'), 'utf8'));
    for (const [id, dataset] of datasets) {
      const figure = new RegExp(`<figure class="scaling-chart"[^>]*id="${id}"[\\s\\S]*?</figure>`).exec(pages[0]!)?.[0] ?? '';
      const href = issueUrl(siteConfig.repository, 'error', dataset.title, new URL(`/charts/#${id}`, siteConfig.site).href).replace(/&/g, '&amp;');
      expect(figure, id).toContain(`href="${href}"`);
    }
    expect(pages[1]).toContain(`where=${encodeURIComponent(new URL('/charts/#hestness-2017-exponents-by-domain', siteConfig.site).href)}`);
  });

  test('one series looks the same in every chart: Hoffmann et al.\'s printed fit and Table 3\'s points', () => {
    const gallery = readFileSync(join(DIST, 'charts', 'index.html'), 'utf8');
    const legendKey = (chart: string, label: string) => {
      const figure = new RegExp(`id="${chart}"[\\s\\S]*?<ul class="chart-legend"([\\s\\S]*?)</ul>`).exec(gallery)![1]!;
      const item = [...figure.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) => m[1]!).find((li) => li.includes(label))!;
      return item.replace(/<span class="legend-label"[\s\S]*$/, '').replace(/ data-astro-cid-\w+/g, '');
    };
    expect(legendKey('besiroglu-2024-chinchilla-refit', 'printed fit')).toBe(legendKey('hoffmann-2022-compute-optimal-exponents', 'Approach 3'));
    expect(legendKey('besiroglu-2024-chinchilla-refit', 'Table 3')).toBe(legendKey('hoffmann-2022-compute-optimal-exponents', 'Table 3'));
  });

  test('every dataset is on /charts/ with its anchor, source line, table and CSV link, and the page ships no script', () => {
    const gallery = readFileSync(join(DIST, 'charts', 'index.html'), 'utf8');
    for (const id of datasets.keys()) {
      expect(gallery, id).toContain(`id="${id}"`);
      expect(gallery, id).toContain(`href="/datasets/${id}.csv"`);
    }
    expect(gallery.match(/class="chart-source"/g)?.length).toBeGreaterThanOrEqual(datasets.size);
    expect(gallery.match(/<table>/g)?.length).toBeGreaterThanOrEqual(datasets.size);
    expect([...gallery.matchAll(/<script\b(?![^>]*application\/ld\+json)/g)]).toEqual([]);
  });

  test('each work page shows its charts, with no client script', () => {
    for (const [work, ids] of Object.entries(ON_WORK_PAGE)) {
      const html = readFileSync(join(DIST, 'works', work, 'index.html'), 'utf8');
      for (const id of ids) expect(html, `${work} shows ${id}`).toMatch(new RegExp(`<figure class="scaling-chart[^"]*" id="${id}"`));
      // The one script an entry page may carry is the local graph's lazy loader (issue #3), never chart code.
      const scripts = [...html.matchAll(/<script\b(?![^>]*application\/ld\+json)[^>]*>/g)].map((match) => match[0]);
      expect(scripts.filter((tag) => !tag.includes('/LocalGraph.astro_astro_type_script')), work).toEqual([]);
    }
  });
});

describe('chart image files', () => {
  const charts = [...datasets].filter(([, dataset]) => dataset.chart).map(([id]) => id);

  test('every drawn chart has its SVG and, at twice its size, its PNG', () => {
    expect(charts.length).toBeGreaterThanOrEqual(6);
    for (const id of charts) {
      const svg = readFileSync(join(DIST, 'charts', `${id}.svg`), 'utf8');
      const [, width, height] = /<svg[^>]* width="(\d+)" height="(\d+)"/u.exec(svg)!.map(Number);
      const png = readFileSync(join(DIST, 'charts', `${id}.png`));
      expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }, id).toEqual({ width: width! * CHART_PNG_SCALE, height: height! * CHART_PNG_SCALE });
    }
  });

  test('painted with the PNG’s font, every chart’s text stays inside its image', async () => {
    const options = await chartPngOptions();
    for (const id of charts) {
      const svg = readFileSync(join(DIST, 'charts', `${id}.svg`), 'utf8');
      const [, width, height] = /<svg[^>]* width="(\d+)" height="(\d+)"/u.exec(svg)!.map(Number);
      // Without the background, which covers the whole image, the painted box is that of the drawing and its text.
      const ink = new Resvg(svg.replace(/<rect class="background"[^>]*><\/rect>/u, ''), options).getBBox()!;
      expect(ink.x, id).toBeGreaterThanOrEqual(0);
      expect(ink.y, id).toBeGreaterThanOrEqual(0);
      expect(ink.x + ink.width, id).toBeLessThanOrEqual(width!);
      expect(ink.y + ink.height, id).toBeLessThanOrEqual(height!);
    }
  });
});
