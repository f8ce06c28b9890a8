import { describe, expect, test } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { bibliographyItems, citableWorks, cslDate, englishTitleNote, formatCitations, MORE_AUTHORS, MORE_AUTHORS_NOTE, parseCitations, withParticlesInNames, workToCsl, type CslItem } from './cite.ts';
import { citationFileName, citationFilePath, citationRoutePattern } from './citation-formats.ts';
import { buildKnowledgeBase, type Entity } from './kb.ts';
import { workSchema, personSchema } from './schema.ts';

const TRICKY_TITLES = [
  'Braces {like} these & 50% of_under_scores',
  '扩展规律: 震惊!发现大模型规律的原来是百度',
  'Ünïcödé — “quoted” naïve café, Œuvre & Co.',
  'Back\\slash $math$ #hash ~tilde ^caret',
  'A title well beyond seventy characters, which the RIS writer of citation.js wraps mid-word',
];

const source = { url: 'https://example.org/', accessed: '2026-11-29' };

/** The CSL item of one work built from `data` (title, type, date and summary filled in). */
function itemOf(data: Record<string, unknown>): CslItem {
  const work = { collection: 'works' as const, id: 'w', data: workSchema.parse({ title: 'T', type: 'paper', date: '1992', summary: 'x', sources: [source], ...data }) };
  const kb = buildKnowledgeBase([work]);
  return workToCsl(kb, kb.get('w') as Entity<'works'>);
}

/** A small knowledge base with one person and one work per tricky title. */
function fixture() {
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
      ...(i === 0 ? { venue: 'arXiv', arxivCategories: ['cs.LG', 'stat.ML'] } : {}),
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
      'container-title': 'arXiv',
      archive: 'arXiv',
      archive_location: '1712.00409',
      archive_collection: 'cs.LG',
      language: 'en',
    });
    expect(item.author).toEqual([{ given: 'Ada', family: 'Lovelace' }, { literal: '吴恩达' }, { given: 'Ludwig', 'non-dropping-particle': 'van', family: 'Beethoven' }]);
  });

  test('a person is cited by the name printed on the work (asPrinted), not the atlas name', () => {
    const person = { collection: 'people' as const, id: 'jim-fan', data: personSchema.parse({ name: 'Jim Fan', summary: 'x' }) };
    const work = { collection: 'works' as const, id: 'w', data: workSchema.parse({ title: 'T', type: 'preprint', date: '2015', summary: 'x', sources: [source], authors: [{ person: 'jim-fan', asPrinted: 'Linxi Fan' }, { person: 'jim-fan' }] }) };
    const kb = buildKnowledgeBase([person, work]);
    const item = workToCsl(kb, kb.get('w') as Entity<'works'>);
    expect(item.author).toEqual([{ given: 'Linxi', family: 'Fan' }, { given: 'Jim', family: 'Fan' }]);
    expect(formatCitations([item], 'ris')).toContain('AU  - Fan, Linxi\n');
    expect(formatCitations([item], 'bibtex')).toContain('author = {Fan, Linxi and Fan, Jim}');
  });

  test('the URL is the arXiv abstract page or the DOI when the work records one, not another page it lists', () => {
    expect(itemOf({ type: 'preprint', identifiers: { arxiv: '2208.08489', url: 'https://paperswithcode.com/paper/x' } }).URL).toBe('https://arxiv.org/abs/2208.08489');
    expect(itemOf({ identifiers: { doi: '10.1145/3293883.3295710', url: 'https://example.org/x' } }).URL).toBe('https://doi.org/10.1145/3293883.3295710');
    expect(itemOf({ identifiers: { url: 'https://example.org/x' } }).URL).toBe('https://example.org/x');
  });

  test('an essay is a web page and a blog post a post: RIS ELEC and BLOG, BibTeX @misc, never a journal article', () => {
    const essay = itemOf({ type: 'essay', venue: 'gwern.net', identifiers: { url: 'https://www.gwern.net/Scaling-hypothesis' } });
    expect(essay).toMatchObject({ type: 'webpage', 'container-title': 'gwern.net', URL: 'https://www.gwern.net/Scaling-hypothesis' });
    expect(formatCitations([essay], 'ris')).toMatch(/^TY {2}- ELEC\n/);
    expect(formatCitations([itemOf({ type: 'essay' })], 'ris')).toMatch(/^TY {2}- ELEC\n/);
    expect(formatCitations([essay], 'bibtex')).toMatch(/^@misc\{w,/);
    const post = itemOf({ type: 'blog-post', venue: 'Baidu Research blog' });
    expect(post.type).toBe('post-weblog');
    expect(formatCitations([post], 'ris')).toMatch(/^TY {2}- BLOG\n/);
  });

  test('an article with no periodical (a letter released on its own) is a document, not a magazine article without a magazine', () => {
    const letter = itemOf({ type: 'article', identifiers: { url: 'http://ch.acnnewswire.com/article.asp?art_id=65484' } });
    expect(letter.type).toBe('document');
    expect(formatCitations([letter], 'ris')).toMatch(/^TY {2}- GEN\n/);
    expect(formatCitations([letter], 'bibtex')).toMatch(/^@misc\{w,/);
    expect(formatCitations([letter], 'bibtex')).not.toContain('journal');
    expect(formatCitations([letter], 'bibtex')).not.toContain('howpublished'); // the URL, underscore and all, only as url
    expect(itemOf({ type: 'article', venue: 'Wired' }).type).toBe('article-magazine');
  });

  test('a paper in a journal is a journal article; one its organisation issued is a report by that publisher; the default is a conference paper', () => {
    expect(itemOf({ venue: 'Physical Review A', venueType: 'journal', volume: '45', number: '8', pages: '6056–6091' })).toMatchObject({
      type: 'article-journal',
      'container-title': 'Physical Review A',
      volume: '45',
      issue: '8',
      page: '6056–6091',
    });
    const report = itemOf({ venue: 'OpenAI', venueType: 'publisher', venueNote: 'released with a blog post' });
    expect(report).toMatchObject({ type: 'report', publisher: 'OpenAI' });
    expect(report).not.toHaveProperty('container-title');
    expect(itemOf({ venue: 'ACL 2001', pages: '26–33', publisher: 'ACM' })).toMatchObject({ type: 'paper-conference', 'container-title': 'ACL 2001', page: '26–33', publisher: 'ACM' });
  });

  test('the venue note never reaches an export; a podcast episode is a number, in BibTeX too', () => {
    const item = itemOf({ type: 'podcast', venue: 'Lex Fridman Podcast', number: '452', venueNote: 'a remark' });
    expect(item).toMatchObject({ type: 'broadcast', 'container-title': 'Lex Fridman Podcast', number: '452' });
    for (const format of ['bibtex', 'ris', 'csl'] as const) expect(formatCitations([item], format)).not.toContain('a remark');
    expect(formatCitations([item], 'bibtex')).toMatch(/^\s*number = \{452\},$/m);
  });

  test('a cited URL carries the day its source was read: CSL accessed, BibTeX urldate', () => {
    const transcript = 'https://lexfridman.com/dario-amodei-transcript';
    const item = itemOf({
      type: 'podcast',
      identifiers: { url: transcript },
      sources: [
        { url: 'https://churchofspiralism.com/youtube-dario-amodei-lex-claude-agi.html', accessed: '2026-11-28' },
        { url: transcript, accessed: '2026-11-29', reliability: 'secondary' },
      ],
    });
    expect(item.accessed).toEqual({ 'date-parts': [[2026, 11, 29]] });
    expect(JSON.parse(formatCitations([item], 'csl'))[0].accessed).toEqual({ 'date-parts': [[2026, 11, 29]] });
    expect(formatCitations([item], 'bibtex')).toMatch(/^\s*urldate = \{2026-11-29\},$/m);
    expect(itemOf({ identifiers: { url: 'https://example.org/x' }, sources: [{ ...source, reliability: 'secondary' }] })).not.toHaveProperty('accessed');
    expect(itemOf({})).not.toHaveProperty('accessed'); // no URL cited, so no access date
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

  test('BibTeX: an arXiv preprint is @misc with eprint, archivePrefix and primaryClass, the bare month macro and no URL twice', () => {
    const bibtex = formatCitations(items.slice(0, 1), 'bibtex');
    expect(bibtex).toMatch(/^@misc\{work-0,$/m);
    expect(bibtex).toMatch(/^\s*eprint = \{1712\.00409\},$/m);
    expect(bibtex).toMatch(/^\s*archivePrefix = \{arXiv\},$/m);
    expect(bibtex).toMatch(/^\s*primaryClass = \{cs\.LG\},$/m);
    expect(bibtex).toMatch(/^\s*month = dec,$/m);
    expect(bibtex).not.toMatch(/journal|booktitle/);
    expect(bibtex.match(/arxiv\.org\/abs\/1712\.00409/g)).toHaveLength(1);
    expect(parseCitations(bibtex)[0]).toMatchObject({ issued: { 'date-parts': [[2017, 12]] } });
  });

  test('BibTeX: a journal article is @article with its journal; a month without a day is a macro too', () => {
    const bibtex = formatCitations([itemOf({ venue: 'Physical Review A', venueType: 'journal', date: '1992-08' })], 'bibtex');
    expect(bibtex).toMatch(/^@article\{w,$/m);
    expect(bibtex).toMatch(/^\s*journal = \{Physical Review A\},$/m);
    expect(bibtex).toMatch(/^\s*month = aug,$/m);
    expect(bibtex).not.toContain('booktitle');
  });

  test('name particles survive in every format (RIS has no particle field, so they join the family name)', () => {
    const [item] = items;
    expect(formatCitations([item!], 'bibtex')).toContain('van Beethoven, Ludwig');
    expect(formatCitations([item!], 'ris')).toMatch(/^AU {2}- van Beethoven, Ludwig$/m);
    expect(JSON.parse(formatCitations([item!], 'csl'))[0].author[2]).toEqual({ given: 'Ludwig', 'non-dropping-particle': 'van', family: 'Beethoven' });
    expect(withParticlesInNames({ id: 'x', type: 'book', title: 'T', author: [{ given: 'A', 'dropping-particle': 'de', family: 'B' }] }).author).toEqual([{ given: 'A de', family: 'B' }]);
  });

  test('surname-only authors export as family names', () => {
    const item = itemOf({ authors: ['Seung', 'Sompolinsky'] });
    expect(formatCitations([item], 'bibtex')).toContain('author = {{Seung} and {Sompolinsky}}');
    expect(formatCitations([item], 'ris')).toMatch(/^AU {2}- Seung$/m);
    expect(item.author).toEqual([{ family: 'Seung' }, { family: 'Sompolinsky' }]);
  });

  test('an author list the source cut short ("Kolachina et al.") names the author it has, then "and others" in BibTeX; RIS and CSL-JSON, which have no such name, say it in the note', () => {
    const item = itemOf({ authors: ['Kolachina et al.'] });
    expect(item.author).toEqual([{ family: 'Kolachina' }, MORE_AUTHORS]);
    expect(formatCitations([item], 'bibtex')).toContain('author = {{Kolachina} and others}');
    const ris = formatCitations([item], 'ris');
    expect(ris.match(/^AU {2}- .*$/gm)).toEqual(['AU  - Kolachina']);
    expect(ris).toMatch(new RegExp(`^N1 {2}- ${MORE_AUTHORS_NOTE}`, 'm'));
    const [csl] = JSON.parse(formatCitations([item], 'csl'));
    expect(csl.author).toEqual([{ family: 'Kolachina' }]);
    expect(csl.note).toMatch(new RegExp(`^${MORE_AUTHORS_NOTE}`));
    expect(new Cite(csl).format('bibliography', { template: 'apa' })).not.toContain('et al.');
  });

  test('a list whose first author is known but the rest are not in order is cited as the first author and others', () => {
    const item = itemOf({ authors: ['Tom B. Brown', 'Jared Kaplan', 'Dario Amodei'], authorList: 'first' });
    expect(formatCitations([item], 'bibtex')).toContain('author = {Brown, Tom B. and others}');
    expect(parseCitations(formatCitations([item], 'bibtex'))[0]!.author).toEqual([{ given: 'Tom B.', family: 'Brown' }, { family: 'others' }]);
    expect(formatCitations([item], 'ris')).not.toContain('Kaplan');
  });

  test('a complete list has no "others"', () => {
    expect(formatCitations([itemOf({ authors: ['Tom B. Brown', 'Jared Kaplan'] })], 'bibtex')).toContain('author = {Brown, Tom B. and Kaplan, Jared}');
  });

  test('a work in another language is cited by its title as published, its English title and language beside it', () => {
    const english = 'Shocking! It turns out Baidu discovered the law of large models';
    const item = itemOf({
      type: 'article',
      title: english,
      nativeTitle: { text: '震惊!发现大模型规律的原来是百度', lang: 'zh', translation: english },
      language: 'zh',
      venue: '大咖科技',
      verification: { status: 'unverified', note: 'The original publication was not found.' },
    });
    expect(item).toMatchObject({ title: '震惊!发现大模型规律的原来是百度', 'container-title': '大咖科技', language: 'zh' });
    expect(item.note).toBe(`English title: ${english}. Not fully verified by Scaling Atlas: The original publication was not found.`);
    const bibtex = formatCitations([item], 'bibtex');
    expect(bibtex).toContain('title = {震惊!发现大模型规律的原来是百度}');
    expect(bibtex).toContain(`note = {English title: ${english}. Not fully verified`);
    expect(bibtex).toMatch(/^\s*language = \{zh\},$/m);
    expect(formatCitations([item], 'ris')).toMatch(/^TI {2}- 震惊!发现大模型规律的原来是百度$/m);
    expect(formatCitations([item], 'ris')).toMatch(/^N1 {2}- English title: Shocking! It turns out/m);
    expect(englishTitleNote({ nativeTitle: { text: 'Scaling?', lang: 'en' } })).toBeUndefined();
    expect(englishTitleNote({ nativeTitle: { text: '规律?', lang: 'zh', translation: 'Laws?' } })).toBe('English title: Laws?');
  });

  test('an arXiv month is not cited beside a later proceedings venue; the venue year is', () => {
    const chinchilla = formatCitations([itemOf({ date: '2022-03-29', venue: 'NeurIPS 2022', identifiers: { arxiv: '2203.15556' } })], 'bibtex');
    expect(chinchilla).toMatch(/^\s*year = \{2022\},$/m);
    expect(chinchilla).not.toContain('month');
    const rosenfeld = itemOf({ date: '2019-09', venue: 'ICLR 2020', identifiers: { arxiv: '1909.12673' } });
    expect(rosenfeld.issued).toEqual({ 'date-parts': [[2020]] });
    expect(formatCitations([rosenfeld], 'ris')).toMatch(/^PY {2}- 2020$/m);
  });

  test('what a record leaves out is said in its note: BibTeX note, RIS N1, CSL note', () => {
    const item = itemOf({ authors: ['Seung', 'Ada Lovelace'], verification: { status: 'secondary', note: 'Volume not checked.' } });
    expect(item.note).toBe('Given names not recorded: Seung. Not fully verified by Scaling Atlas: Volume not checked.');
    expect(formatCitations([item], 'bibtex')).toMatch(/^\s*note = \{Given names not recorded: Seung\. Not fully/m);
    expect(formatCitations([item], 'ris')).toMatch(/^N1 {2}- Given names not recorded: Seung\./m);
    expect(itemOf({ authors: ['Ada Lovelace'] })).not.toHaveProperty('note');
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

test('citation files sit in their work page\'s folder, named after the entry so downloads do not collide', () => {
  expect(citationFilePath('kaplan-2020-scaling-laws', 'bibtex')).toBe('/works/kaplan-2020-scaling-laws/kaplan-2020-scaling-laws.bib');
  expect(citationFilePath('kaplan-2020-scaling-laws', 'ris')).toBe('/works/kaplan-2020-scaling-laws/kaplan-2020-scaling-laws.ris');
  expect(citationFilePath('kaplan-2020-scaling-laws', 'csl')).toBe('/works/kaplan-2020-scaling-laws/kaplan-2020-scaling-laws.json');
  expect(citationFileName('kaplan-2020-scaling-laws', 'bibtex')).toBe('kaplan-2020-scaling-laws.bib');
  expect(citationRoutePattern('ris')).toBe('/works/[id]/[file].ris');
});

test('works whose title or first author is not known are left out of the bibliography and of the citation files', () => {
  const work = (id: string, data: Record<string, unknown>) => ({ collection: 'works' as const, id, data: workSchema.parse({ title: 'T', type: 'paper', date: '2019', summary: 'x', sources: [source], ...data }) });
  const kb = buildKnowledgeBase([
    work('cited', { authors: ['Ada Lovelace'] }),
    work('description', { titleStatus: 'description', verification: { status: 'unverified', note: 'n' } }),
    work('partial-title', { titleStatus: 'partial', verification: { status: 'unverified', note: 'n' } }),
    work('unknown-first', { authors: ['Ada Lovelace'], authorList: 'some', verification: { status: 'unverified', note: 'n' } }),
  ]);
  expect(citableWorks(kb).map((w) => w.id)).toEqual(['cited']);
  expect(bibliographyItems(kb).map((item) => item.id)).toEqual(['cited']);
});
