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
});
