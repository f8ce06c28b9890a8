import { describe, expect, test } from 'vitest';
import { checkFiles, withEdit } from './test-fixtures.ts';
import { arxivMonth, authorCoverage, byline, citationIssues, citationNote, citedAuthors, citedDate, dateDiffers, surnameOnly, withheldReasons } from './cite-completeness.ts';

const work = { type: 'paper' as const, venueType: undefined, identifiers: {} };

describe('authorCoverage', () => {
  test('is what authorList says, else leading after a name ending "et al.", else complete', () => {
    expect(authorCoverage({ authors: ['A B'], authorList: 'first' })).toBe('first');
    expect(authorCoverage({ authors: ['Kolachina et al.'] })).toBe('leading');
    expect(authorCoverage({ authors: ['A B', { person: 'c-d' }] })).toBe('complete');
    expect(authorCoverage({ authors: [] })).toBe('complete');
  });
});

describe('withheldReasons', () => {
  test('withholds a work whose title is partial, a description or unchecked, or whose first author is not known', () => {
    expect(withheldReasons({ authors: [], titleStatus: 'description', authorList: 'some' })).toEqual(['title', 'authors']);
    expect(withheldReasons({ authors: ['Tay'], titleStatus: 'partial', authorList: 'first' })).toEqual(['title']);
    expect(withheldReasons({ authors: ['Yann LeCun'], titleStatus: 'unverified' })).toEqual(['title']);
    expect(withheldReasons({ authors: ['A B'], titleStatus: 'published', authorList: 'first' })).toEqual([]);
    expect(withheldReasons({ authors: [] })).toEqual([]);
  });
});

describe('byline', () => {
  test('a complete list reads as written, cut to the most names asked for and a count', () => {
    expect(byline(['A B', 'C D'], 'complete')).toBe('A B, C D');
    expect(byline(['A', 'B', 'C', 'D', 'E'], 'complete', 3)).toBe('A, B, C and 2 more');
    expect(byline([], 'complete')).toBe('');
  });

  test('an incomplete list never reads as a full byline: it ends "et al."', () => {
    expect(byline(['Sam McCandlish', 'Jared Kaplan', 'Dario Amodei'], 'leading')).toBe('Sam McCandlish, Jared Kaplan, Dario Amodei et al.');
    expect(byline(['A', 'B', 'C', 'D'], 'leading', 3)).toBe('A, B, C et al.');
    expect(byline(['Kolachina et al.'], 'leading')).toBe('Kolachina et al.');
  });

  test('with the others out of order it names the first author alone; with the first author unknown, the known names after "…"', () => {
    expect(byline(['Tay', 'Sharan Narang'], 'first')).toBe('Tay et al.');
    expect(byline(['Sharan Narang', 'Yanqi Zhou'], 'some')).toBe('… Sharan Narang, Yanqi Zhou et al.');
    expect(byline([], 'some')).toBe('');
  });
});

describe('citedAuthors', () => {
  test('gives all of a complete list, the leading names of a leading one, the first alone of a first-known one', () => {
    expect(citedAuthors(['A', 'B'], 'complete')).toEqual({ names: ['A', 'B'], more: false });
    expect(citedAuthors(['A', 'B et al.'], 'leading')).toEqual({ names: ['A', 'B'], more: true });
    expect(citedAuthors(['A', 'B', 'C'], 'first')).toEqual({ names: ['A'], more: true });
    expect(citedAuthors(['B', 'C'], 'some')).toEqual({ names: [], more: true });
  });
});

describe('citedDate', () => {
  test('a paper dated by its arXiv posting, with a later venue, is cited by the venue year alone', () => {
    expect(citedDate({ ...work, date: '2019-09', venue: 'ICLR 2020', identifiers: { arxiv: '1909.12673' } })).toBe('2020');
    expect(citedDate({ ...work, date: '2022-03-29', venue: 'NeurIPS 2022', identifiers: { arxiv: '2203.15556' } })).toBe('2022');
  });

  test('a paper dated by its venue, before its arXiv version, keeps its date', () => {
    expect(citedDate({ ...work, date: '2019-02', venue: "PPoPP '19", identifiers: { arxiv: '1909.01736' } })).toBe('2019-02');
    expect(arxivMonth('1909.01736')).toBe('2019-09');
    expect(arxivMonth('cs.cl/0108005')).toBeUndefined();
  });

  test('anything else is cited at its date: a preprint, a paper without arXiv id, a paper its organisation issued', () => {
    expect(citedDate({ ...work, type: 'preprint', date: '2020-01-23', venue: 'arXiv', identifiers: { arxiv: '2001.08361' } })).toBe('2020-01-23');
    expect(citedDate({ ...work, date: '1992-08', venue: 'Physical Review A', venueType: 'journal' })).toBe('1992-08');
    expect(citedDate({ ...work, date: '2018-06-11', venue: 'OpenAI', venueType: 'publisher', identifiers: { arxiv: '1234.56789' } })).toBe('2018-06-11');
    expect(dateDiffers({ ...work, date: '2012', venue: 'NIPS 2012' })).toBe(false);
    expect(dateDiffers({ ...work, date: '2019-09', venue: 'ICLR 2020', identifiers: { arxiv: '1909.12673' } })).toBe(true);
  });
});

describe('citationNote', () => {
  test('names surname-only authors and quotes the verification note of a work not fully verified', () => {
    expect(surnameOnly(['Seung', 'Ada Lovelace', '吴恩达'])).toEqual(['Seung']);
    expect(citationNote({ verification: { status: 'unverified', note: 'Outlet not found.' } }, ['Banko', 'Brill'])).toBe('Given names not recorded: Banko, Brill. Not fully verified by Scaling Atlas: Outlet not found.');
  });

  test('says nothing for a complete, verified record', () => {
    expect(citationNote({ verification: { status: 'verified', note: 'Checked in the arXiv record.' } }, ['Ada Lovelace'])).toBeUndefined();
    expect(citationNote({}, ['Ada Lovelace'])).toBeUndefined();
  });
});

describe('citationIssues', () => {
  const verification = { status: 'unverified' as const, note: 'What would settle it: the paper.' };

  test('"et al." only ends a list, and only with authorList leading or none', () => {
    expect(citationIssues({ authors: ['Kolachina et al.', 'B'] })).toEqual([{ path: 'authors[0]', message: expect.stringContaining('"et al." can only end the list') }]);
    expect(citationIssues({ authors: ['Kolachina et al.'], authorList: 'complete' })).toEqual([{ path: 'authorList', message: expect.stringContaining('means authorList: leading') }]);
    expect(citationIssues({ authors: ['Kolachina et al.'] })).toEqual([]);
  });

  test('first or leading needs a first author', () => {
    expect(citationIssues({ authors: [], authorList: 'first' })).toEqual([{ path: 'authorList', message: expect.stringContaining('write authorList: some') }]);
  });

  test('a withheld work needs a verification note saying what would settle it', () => {
    expect(citationIssues({ authors: [], titleStatus: 'description' })).toEqual([{ path: 'titleStatus', message: expect.stringContaining('add verification.note') }]);
    expect(citationIssues({ authors: [], authorList: 'some' })).toEqual([{ path: 'authorList', message: expect.stringContaining('add verification.note') }]);
    expect(citationIssues({ authors: [], titleStatus: 'description', authorList: 'some', verification })).toEqual([]);
  });
});

test('npm run check reports a withheld work without a verification note by file and field, with the fix', () => {
  const files = withEdit('content/works/hestness-2017.mdx', (text) => text.replace('type: preprint\n', 'type: preprint\ntitleStatus: description\n'));
  const errors = checkFiles(files).issues.filter((issue) => issue.severity === 'error');
  expect(errors).toEqual([expect.objectContaining({ file: 'content/works/hestness-2017.mdx', path: 'titleStatus', message: expect.stringContaining('add verification.note') })]);
});
