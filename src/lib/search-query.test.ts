import { describe, expect, test } from 'vitest';
import { indexedQuery, SCALING_LAW } from './search-query.ts';

describe('indexedQuery', () => {
  test('reduces an arXiv id in any pasted form to the bare id the work page shows', () => {
    for (const pasted of ['1712.00409v3', 'arXiv:1712.00409', 'arxiv: 1712.00409v2', 'https://arxiv.org/abs/1712.00409', 'arxiv.org/pdf/1712.00409v1.pdf', '10.48550/arXiv.1712.00409', 'https://doi.org/10.48550/arXiv.1712.00409']) {
      expect(indexedQuery(pasted), pasted).toBe('1712.00409');
    }
    expect(indexedQuery('arXiv:cs.CL/0108005')).toBe('cs.CL/0108005');
  });

  test('reduces a DOI link or doi: prefix to the DOI', () => {
    expect(indexedQuery('https://doi.org/10.1145/3293883.3295710')).toBe('10.1145/3293883.3295710');
    expect(indexedQuery('doi:10.1145/3293883.3295710')).toBe('10.1145/3293883.3295710');
  });

  test('searches the English term for the Chinese names of scaling laws, keeping the other words', () => {
    expect(indexedQuery('规模定律')).toBe(SCALING_LAW);
    expect(indexedQuery('百度 缩放定律')).toBe(`百度 ${SCALING_LAW}`);
    expect(indexedQuery('扩展规律是百度最先发现的')).toBe(`${SCALING_LAW} 是百度最先发现的`);
  });

  test('leaves every other query as typed', () => {
    for (const query of ['Hestness', '百度', 'arXiv', 'Kaplan 2020', '1712.00409', 'the arXiv:1712.00409 paper']) expect(indexedQuery(query)).toBe(query);
  });
});
