import { describe, expect, test } from 'vitest';
import { completeRecord, formatRis, pageRange } from './ris.ts';
import { parseCitations, type CslItem } from './cite.ts';

const preprint: CslItem = {
  id: 'hestness-2017-scaling-predictable',
  type: 'article',
  title: 'Deep Learning Scaling is Predictable, Empirically',
  author: [{ given: 'Joel', family: 'Hestness' }],
  issued: { 'date-parts': [[2017, 12, 1]] },
  'container-title': 'arXiv',
  URL: 'https://arxiv.org/abs/1712.00409',
  archive: 'arXiv',
  archive_location: '1712.00409',
};
const conferencePaper: CslItem = {
  id: 'brown-2020-gpt3',
  type: 'paper-conference',
  title: 'Language Models are Few-Shot Learners',
  issued: { 'date-parts': [[2020]] },
  'container-title': 'NeurIPS 2020',
  volume: '33',
  page: '1877–1901',
  archive: 'arXiv',
  archive_location: '2005.14165',
};
const lines = (text: string) => text.replace(/\n$/, '').split('\n');

describe('formatRis', () => {
  test('an arXiv preprint is an unpublished work (UNPB) with arXiv as its database and the id as accession number, not a journal named arXiv', () => {
    const ris = lines(formatRis([preprint]));
    expect(ris[0]).toBe('TY  - UNPB');
    expect(ris).toContain('DB  - arXiv');
    expect(ris).toContain('AN  - 1712.00409');
    expect(ris.filter((line) => /^(T2|JO|JF)  - /.test(line))).toEqual([]);
    expect(ris.at(-1)).toBe('ER  - ');
  });

  test('the ID is the whole entry id, not its first 20 characters', () => {
    expect(lines(formatRis([preprint]))).toContain('ID  - hestness-2017-scaling-predictable');
  });

  test('a conference paper has PY, its pages as SP and EP, and its arXiv id', () => {
    const ris = lines(formatRis([conferencePaper]));
    expect(ris[0]).toBe('TY  - CONF');
    expect(ris).toContain('PY  - 2020');
    expect(ris).toContain('SP  - 1877');
    expect(ris).toContain('EP  - 1901');
    expect(ris).toContain('AN  - 2005.14165');
    expect(ris.filter((line) => line.startsWith('SP  - '))).toHaveLength(1);
  });

  test('a podcast episode keeps its people as authors, its show and its number, and parses back with them', () => {
    const episode: CslItem = {
      id: 'lex-fridman-452-amodei',
      type: 'broadcast',
      title: 'Dario Amodei: Anthropic CEO on Claude, AGI & the Future of AI & Humanity',
      author: [{ given: 'Lex', family: 'Fridman' }, { given: 'Dario', family: 'Amodei' }, { literal: 'et al.' }],
      issued: { 'date-parts': [[2024, 11, 11]] },
      'container-title': 'Lex Fridman Podcast',
      number: '452',
    };
    const ris = lines(formatRis([episode]));
    expect(ris.filter((line) => line.startsWith('M1  - '))).toEqual(['M1  - 452']);
    expect(ris.filter((line) => line.startsWith('AU  - '))).toEqual(['AU  - Fridman, Lex', 'AU  - Amodei, Dario', 'AU  - et al.']);
    expect(ris).toContain('T2  - Lex Fridman Podcast');
    expect(parseCitations(formatRis([episode]))[0]!.title).toBe(episode.title);
  });

  test('long values stay on one line, and the records parse back', () => {
    const title = 'A title well beyond seventy characters, which the RIS writer of citation.js wraps mid-word';
    const ris = formatRis([{ ...preprint, title }, conferencePaper]);
    expect(lines(ris)).toContain(`TI  - ${title}`);
    expect(parseCitations(ris).map((item) => item.title)).toEqual([title, conferencePaper.title]);
  });
});

describe('pageRange', () => {
  test('splits a range written with an en dash or hyphen', () => {
    expect(pageRange('1877–1901')).toEqual({ start: '1877', end: '1901' });
    expect(pageRange('26-33')).toEqual({ start: '26', end: '33' });
  });

  test('a start page with "ff." keeps the start alone; a single page stays', () => {
    expect(pageRange('327 ff.')).toEqual({ start: '327' });
    expect(pageRange('12')).toEqual({ start: '12' });
  });
});

test('completeRecord leaves a record without pages or arXiv id without SP, EP, DB or AN', () => {
  const record = completeRecord({ TY: 'JOUR', ID: 'seung-1992-statmech-', PY: '1992' }, { id: 'seung-1992-statmech-learning', type: 'article-journal', title: 'T', issued: { 'date-parts': [[1992]] } });
  expect(record).toEqual({ TY: 'JOUR', ID: 'seung-1992-statmech-learning', PY: '1992' });
});
