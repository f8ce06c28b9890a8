import { describe, expect, test } from 'vitest';
import { buildKnowledgeBase, type KbEntry } from './kb.ts';
import { checkFiles, validFiles } from './test-fixtures.ts';
import { sourceAddress, sourceHost, sourceIndex, sourcesIn } from './source-index.ts';

const HESTNESS = 'https://arxiv.org/abs/1712.00409';
const KAPLAN = 'https://arxiv.org/abs/2001.08361';
const REPORT = 'https://www.Example.org/report';

/** The fixture knowledge base, plus a dataset whose one row was read in a secondary report (a source two levels down, in `rowOrigins`), a notable absence, and a claim repeated in a work read secondhand. */
function indexedFiles(): Record<string, string> {
  const files = validFiles();
  files['content/datasets/hestness-2017-exponents.yaml'] = `title: Hestness 2017 exponents
summary: Learning-curve exponents by domain.
origin:
  work: hestness-2017
  locator: Table 1
  reading: primary
  source: { url: "${HESTNESS}", accessed: 2026-11-29 }
rowOrigins:
  - row: Speech
    reading: secondary
    source: { url: "${REPORT}", accessed: 2026-11-28, label: "A report", reliability: secondary, archive: "https://web.archive.org/web/2026/https://example.org/report" }
columns:
  - { key: domain, label: Domain, type: text }
  - { key: alpha, label: "α" }
rows:
  - { domain: Speech, alpha: "0.3" }
`;
  files['content/works/hestness-2017.mdx'] = files['content/works/hestness-2017.mdx']!.replace(
    'summary:',
    `doesNotCite:\n  - work: kaplan-2020\n    note: Written later.\n    source: { url: "${HESTNESS}", accessed: 2026-11-27, label: "arXiv 1712.00409, references" }\nsummary:`
  );
  files['content/claims/baidu-first.mdx'] = files['content/claims/baidu-first.mdx']!.replace(
    'verdict:',
    `repeatedIn:\n  - work: hestness-2017\n    locator: "§1"\n    source: { url: "${KAPLAN}", accessed: 2026-11-29, reliability: secondary }\nverdict:`
  );
  return files;
}

const checked = checkFiles(indexedFiles());
const index = sourceIndex(buildKnowledgeBase(checked.entries as KbEntry[]));
const source = (url: string) => index.sources.find((group) => group.url === url)!;
/** Each citing entry of a source as `id: field, field`. */
const citedBy = (url: string) => source(url).entries.map((entry) => `${entry.id}: ${entry.fields.map((use) => use.field).join(', ')}`);

describe('sourcesIn', () => {
  test('finds a source object in any field at any depth, with its path, and nothing that only looks like part of one', () => {
    const data = {
      identifiers: { url: 'https://example.org/' },
      future: { notes: [{ text: 'a', about: { source: { url: 'https://example.org/deep', accessed: '2026-11-29' } } }] },
      sources: [{ url: 'https://example.org/top', accessed: '2026-11-29', label: 'Top' }],
    };
    expect(sourcesIn(data)).toEqual([
      { field: 'future.notes[0].about.source', source: { url: 'https://example.org/deep', accessed: '2026-11-29', reliability: 'primary' } },
      { field: 'sources[0]', source: { url: 'https://example.org/top', accessed: '2026-11-29', label: 'Top', reliability: 'primary' } },
    ]);
  });
});

describe('sourceIndex', () => {
  test('the fixture is valid', () => {
    expect(checked.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  });

  test('finds every source object of every entry, each in its field, the dataset\'s row origin included', () => {
    expect(index.sources.map((group) => group.url)).toEqual([HESTNESS, KAPLAN, sourceAddress(REPORT)]);
    expect(citedBy(HESTNESS)).toEqual([
      'joel-hestness: affiliations[0].source, sources[0]',
      'baidu-svail: sources[0]',
      'hestness-2017: doesNotCite[0].source, sources[0]',
      'baidu-first: evidence[0].source, source',
      'svail-opens: sources[0]',
      'hestness-2017-exponents: origin.source',
    ]);
    expect(citedBy(KAPLAN)).toEqual(['kaplan-2020: cites[0].source, sources[0], influencedBy[0].evidence[0].source', 'baidu-first: repeatedIn[0].source']);
    expect(citedBy(sourceAddress(REPORT))).toEqual(['hestness-2017-exponents: rowOrigins[0].source']);
  });

  test('each citing entry is named once with its kind, label and page', () => {
    expect(source(KAPLAN).entries.map(({ id, kind, label, url }) => ({ id, kind, label, url }))).toEqual([
      { id: 'kaplan-2020', kind: 'work', label: 'Scaling Laws for Neural Language Models', url: '/works/kaplan-2020/' },
      { id: 'baidu-first', kind: 'claim', label: 'Baidu found scaling laws before OpenAI.', url: '/claims/baidu-first/' },
    ]);
    expect(source(sourceAddress(REPORT)).entries[0]).toMatchObject({ kind: 'dataset', url: '/charts/#hestness-2017-exponents' });
  });

  test('groups by address as the URL standard writes it, host in lower case, and names the site without www.', () => {
    expect(sourceAddress(REPORT)).toBe('https://www.example.org/report');
    expect(sourceAddress('https://example.org')).toBe('https://example.org/');
    expect(source(sourceAddress(REPORT)).host).toBe('example.org');
    expect(sourceHost('https://arxiv.org/abs/2001.08361')).toBe('arxiv.org');
  });

  test('never merges different addresses: a query, a fragment, http and a trailing slash each make another source', () => {
    const addresses = ['https://example.org/a', 'https://example.org/a/', 'http://example.org/a', 'https://example.org/a?v=2', 'https://example.org/a#p3'];
    expect(new Set(addresses.map(sourceAddress)).size).toBe(addresses.length);
  });

  test('gives each source its distinct labels, its accessed days earliest first and its archived copies', () => {
    expect(source(HESTNESS)).toMatchObject({ labels: ['arXiv 1712.00409, references'], accessed: ['2026-11-27', '2026-11-29'], archives: [], uses: 9 });
    expect(source(sourceAddress(REPORT))).toMatchObject({ labels: ['A report'], accessed: ['2026-11-28'], archives: ['https://web.archive.org/web/2026/https://example.org/report'], uses: 1 });
  });

  test('says when the uses of a source disagree on its reliability, and which field gives which', () => {
    expect(source(HESTNESS).reliability).toBe('primary');
    expect(source(sourceAddress(REPORT)).reliability).toBe('secondary');
    expect(source(KAPLAN).reliability).toBe('mixed');
    expect(source(KAPLAN).entries.flatMap((entry) => entry.fields.map((use) => `${use.field} ${use.reliability}`))).toEqual([
      'cites[0].source primary',
      'sources[0] primary',
      'influencedBy[0].evidence[0].source primary',
      'repeatedIn[0].source secondary',
    ]);
  });

  test('lists the sources cited by most entries first, then by address', () => {
    expect(index.sources.map((group) => group.entries.length)).toEqual([6, 2, 1]);
    const files = validFiles();
    files['content/events/svail-opens.mdx'] = files['content/events/svail-opens.mdx']!.replace('sources:', `sources:\n  - { url: "https://b.example/", accessed: 2026-11-29 }\n  - { url: "https://a.example/", accessed: 2026-11-29 }`);
    const byAddress = sourceIndex(buildKnowledgeBase(checkFiles(files).entries as KbEntry[]));
    expect(byAddress.sources.map((group) => group.url)).toEqual([HESTNESS, 'https://a.example/', KAPLAN, 'https://b.example/']);
  });

  test('counts sources, sites, citing entries, uses and sources by reliability', () => {
    expect(index.totals).toEqual({ sources: 3, hosts: 2, entries: 7, uses: 14, primary: 1, secondary: 1, mixed: 1 });
  });
});
