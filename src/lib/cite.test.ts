import { describe, expect, test } from 'vitest';
import { cslDate, formatCitations, parseCitations, workToCsl, type CslItem } from './cite.ts';
import { citationFilePath } from './citation-formats.ts';
import { buildKnowledgeBase, type Entity } from './kb.ts';
import { workSchema, personSchema } from './schema.ts';

const TRICKY_TITLES = [
  'Braces {like} these & 50% of_under_scores',
  '扩展规律: 震惊!发现大模型规律的原来是百度',
  'Ünïcödé — “quoted” naïve café, Œuvre & Co.',
  'Back\\slash $math$ #hash ~tilde ^caret',
  'A title well beyond seventy characters, which the RIS writer of citation.js wraps mid-word',
];

/** A small knowledge base with one person and one work per tricky title. */
function fixture() {
  const source = { url: 'https://example.org/', accessed: '2026-11-29' };
  const person = { collection: 'people' as const, id: 'ada-lovelace', data: personSchema.parse({ name: 'Ada Lovelace', summary: 'x' }) };
  const works = TRICKY_TITLES.map((title, i) => ({
    collection: 'works' as const,
    id: `work-${i}`,
    data: workSchema.parse({
      title,
      type: i % 2 ? 'paper' : 'preprint',
      date: ['2017-12-01', '2014-11~', '1993', '2019-02', '2020'][i],
      authors: [{ person: 'ada-lovelace' }, '吴恩达', 'Ludwig van Beethoven'],
      identifiers: i === 0 ? { arxiv: '1712.00409', doi: '10.1145/3293883.3295710' } : {},
      language: i === 1 ? 'zh' : 'en',
      summary: 'x',
      sources: [source],
    }),
  }));
  const kb = buildKnowledgeBase([person, ...works]);
  return works.map((work) => workToCsl(kb, kb.get(work.id) as Entity<'works'>));
}

describe('workToCsl', () => {
  test('maps a work to CSL-JSON: type, authors split by citation.js, date at its precision, identifiers', () => {
    const item = fixture().find((i) => i.id === 'work-0')!;
    expect(item).toMatchObject({
      id: 'work-0',
      type: 'article',
      title: TRICKY_TITLES[0],
      issued: { 'date-parts': [[2017, 12, 1]] },
      DOI: '10.1145/3293883.3295710',
      URL: 'https://arxiv.org/abs/1712.00409',
      archive_location: '1712.00409',
      language: 'en',
    });
    expect(item.author).toEqual([{ given: 'Ada', family: 'Lovelace' }, { literal: '吴恩达' }, { given: 'Ludwig', 'non-dropping-particle': 'van', family: 'Beethoven' }]);
  });

  test('dates keep their precision and uncertainty', () => {
    expect(cslDate('1993')).toEqual({ 'date-parts': [[1993]] });
    expect(cslDate('2014-11~')).toEqual({ 'date-parts': [[2014, 11]], circa: true });
    expect(cslDate('2014-11/2015-10')).toEqual({ 'date-parts': [[2014, 11], [2015, 10]] });
  });
});

describe('formatCitations round-trips', () => {
  const items = fixture();
  const titles = (parsed: Record<string, unknown>[]) => parsed.map((item) => item.title);

  test('BibTeX escapes special characters and keeps non-ASCII; parsing it gives the titles back', () => {
    const bibtex = formatCitations(items, 'bibtex');
    expect(bibtex).toContain('{work-0,');
    expect(bibtex).toContain('\\&');
    expect(bibtex).toContain('\\%');
    expect(bibtex).toContain('扩展规律');
    expect(titles(parseCitations(bibtex))).toEqual(TRICKY_TITLES);
  });

  test('RIS gives the titles back', () => {
    const ris = formatCitations(items, 'ris');
    expect(ris).toMatch(/^TY {2}- /m);
    expect(titles(parseCitations(ris))).toEqual(TRICKY_TITLES);
  });

  test('CSL-JSON is valid JSON with the same items', () => {
    const json = JSON.parse(formatCitations(items, 'csl')) as CslItem[];
    expect(titles(json as unknown as Record<string, unknown>[])).toEqual(TRICKY_TITLES);
    expect(json[1]?.author?.[1]).toEqual({ literal: '吴恩达' });
  });

  test('authors survive the BibTeX round trip', () => {
    const [first] = parseCitations(formatCitations(items.slice(0, 1), 'bibtex')) as { author: Record<string, string>[] }[];
    // BibTeX has no "literal" name: a braced name comes back as a family name, unchanged.
    expect(first!.author).toEqual([{ given: 'Ada', family: 'Lovelace' }, { family: '吴恩达' }, { given: 'Ludwig', 'non-dropping-particle': 'van', family: 'Beethoven' }]);
  });
});

test('citation files sit in their work page\'s folder, named by format', () => {
  expect(citationFilePath('kaplan-2020-scaling-laws', 'bibtex')).toBe('/works/kaplan-2020-scaling-laws/citation.bib');
  expect(citationFilePath('kaplan-2020-scaling-laws', 'ris')).toBe('/works/kaplan-2020-scaling-laws/citation.ris');
  expect(citationFilePath('kaplan-2020-scaling-laws', 'csl')).toBe('/works/kaplan-2020-scaling-laws/citation.json');
});
