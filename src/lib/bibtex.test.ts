import { describe, expect, test } from 'vitest';
import { formatBibtex } from './bibtex.ts';
import type { CslItem } from './cite.ts';

const paper: CslItem = {
  id: 'cortes-1993-learning-curves',
  type: 'paper-conference',
  title: 'Learning Curves: Asymptotic Values and Rate of Convergence',
  author: [{ given: 'Corinna', family: 'Cortes' }],
  issued: { 'date-parts': [[1993]] },
  'container-title': 'NIPS 6',
  URL: 'https://proceedings.neurips.cc/paper_files/paper/1993/hash/1aa48fc4880bb0c9b8a3bf979d3b917e-Abstract.html',
};

describe('formatBibtex', () => {
  test('gives a URL once, as `url`, even when it holds characters TeX escapes', () => {
    const bib = formatBibtex([paper]);
    expect(bib).toContain(`url = {${paper.URL}}`);
    expect(bib).not.toMatch(/howpublished/);
  });

  test('keeps a @misc venue as `howpublished`', () => {
    const bib = formatBibtex([{ ...paper, type: 'speech', 'container-title': 'Baidu Create 2017' }]);
    expect(bib).toMatch(/^@misc\{/);
    expect(bib).toContain('howpublished = {Baidu Create 2017}');
  });

  test('gives the day the URL was read as `urldate`, not as a note', () => {
    const bib = formatBibtex([{ ...paper, accessed: { 'date-parts': [[2026, 11, 29]] } }]);
    expect(bib).toMatch(/^\s*urldate = \{2026-11-29\},$/m);
    expect(bib).not.toMatch(/note|Online/);
    expect(formatBibtex([paper])).not.toContain('urldate');
  });

  test('keeps a podcast episode number, which citation.js maps only for reports', () => {
    const episode: CslItem = { id: 'lex-fridman-452-amodei', type: 'broadcast', title: 'Dario Amodei', issued: { 'date-parts': [[2024, 11, 11]] }, 'container-title': 'Lex Fridman Podcast', number: '452' };
    expect(formatBibtex([episode])).toMatch(/^\s*number = \{452\},$/m);
    expect(formatBibtex([{ ...paper, type: 'report', number: 'TR-7' }]).match(/number = /g)).toHaveLength(1);
  });

  test('gives the language of a work not in English, and none for English', () => {
    expect(formatBibtex([{ ...paper, language: 'zh' }])).toMatch(/^\s*language = \{zh\},$/m);
    expect(formatBibtex([{ ...paper, language: 'en' }])).not.toContain('language');
  });
});
