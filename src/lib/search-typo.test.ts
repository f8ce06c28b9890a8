import { describe, expect, test } from 'vitest';
import { searchWords, unconfirmedWords, unknownWords, unmatchedWords } from './search-typo.ts';

describe('unmatchedWords', () => {
  test('a word found only by a much shorter start of it is unmatched', () => {
    expect(unmatchedWords('Amodai', ['Sara <mark>A.</mark> Solla', 'after <mark>a</mark> Stanford postdoc', 'a <mark>(a</mark> footnote'])).toEqual(['amodai']);
    expect(unmatchedWords('chinchila', ['<mark>http://ch.example.com/article.asp</mark>'])).toEqual(['chinchila']);
    expect(unmatchedWords('scalling laws', ['John <mark>S.</mark> Denker', 'scaling <mark>laws</mark>'])).toEqual(['scalling']);
  });

  test('a word found whole, as a longer word or by its stem is matched', () => {
    expect(unmatchedWords('Hestnes', ['cited Joel <mark>Hestness’s</mark> 2019 follow-up'])).toEqual([]);
    expect(unmatchedWords('laws', ['a power <mark>law</mark> of data'])).toEqual([]);
    expect(unmatchedWords('installa', ['how to <mark>instal</mark>'])).toEqual([]);
    expect(unmatchedWords('Amodei scaling', ['Dario <mark>Amodei</mark> on <mark>scaling</mark>'])).toEqual([]);
    expect(unmatchedWords('end-to-end high-performance', ['<mark>end-to-end</mark> on <mark>high-performance</mark> computers'])).toEqual([]);
  });

  test('a word is not judged unmatched for being absent from the excerpts, which show only part of each page', () => {
    expect(unmatchedWords('Kaplan et al. 2020 against Hoffmann', ['<mark>Hoffmann</mark> <mark>et</mark> <mark>al</mark>. <mark>2020</mark>'])).toEqual([]);
    expect(unmatchedWords('a Amodei', ['after <mark>a</mark> Stanford postdoc'])).toEqual([]);
    expect(unmatchedWords('Amodai', ['scaling <mark>laws</mark>', 'Sara <mark>A.</mark> Solla'])).toEqual([]);
  });

  test('short words, Chinese and results without highlights are not judged', () => {
    expect(unmatchedWords('Ng GPT', ['<mark>N</mark> and <mark>G</mark>'])).toEqual([]);
    expect(unmatchedWords('百度 规模', ['<mark>百</mark>'])).toEqual([]);
    expect(unmatchedWords('Amodai', ['a page matched by its title only'])).toEqual([]);
  });
});

describe('unconfirmedWords', () => {
  test('lists the checked words that no highlight shows found, while the other words found the pages', () => {
    expect(unconfirmedWords('Kaplen 2020', ['scaling laws in <mark>2020</mark>', 'by <mark>2020</mark> the lab'])).toEqual(['kaplen']);
    expect(unconfirmedWords('Hestnes Kaplen', ['Joel <mark>Hestness’s</mark> paper'])).toEqual(['kaplen']);
  });

  test('a word highlighted whole, as a longer word or by its stem in any excerpt is confirmed', () => {
    expect(unconfirmedWords('Kaplan 2020', ['<mark>2020</mark>', 'Jared <mark>Kaplan</mark>'])).toEqual([]);
    expect(unconfirmedWords('laws 2020', ['a power <mark>law</mark> in <mark>2020</mark>'])).toEqual([]);
  });

  test('a search that found nothing leaves every checked word unconfirmed', () => {
    expect(unconfirmedWords('Kaplen scalling 2020', [])).toEqual(['kaplen', 'scalling']);
  });

  test('short words and Chinese are not judged', () => {
    expect(unconfirmedWords('Ng GPT 百度 2020', ['<mark>2020</mark>'])).toEqual([]);
  });
});

describe('unknownWords', () => {
  test('lists the checked words of a query that no name holds, whatever their case', () => {
    expect(unknownWords('Kaplen AMODEI scaling Ng 百度', ['Amodei', 'Kaplan', 'Scaling'])).toEqual(['kaplen']);
  });
});

describe('searchWords', () => {
  test('keeps each word of four letters or more once, as first written, in order', () => {
    expect(searchWords(['Dario Amodei', 'Deep Learning Scaling is Predictable, Empirically', 'AMODEI', '百度 Ng', 'Baidu’s Large-Batch'])).toEqual(['Amodei', 'Baidu', 'Batch', 'Dario', 'Deep', 'Empirically', 'Large', 'Learning', 'Predictable', 'Scaling']);
  });
});
