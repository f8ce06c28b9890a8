import { describe, expect, test } from 'vitest';
import { arxivUrl, doiUrl, workAddresses, workUrl } from './work-links.ts';

describe('workUrl', () => {
  test('prefers the arXiv abstract page to any recorded url (a listing or blog page about the paper)', () => {
    expect(workUrl({ arxiv: '2208.08489', url: 'https://paperswithcode.com/paper/understanding-scaling-laws-for-recommendation' })).toBe('https://arxiv.org/abs/2208.08489');
    expect(workUrl({ arxiv: '2404.10102', url: 'https://epochai.org/blog/chinchilla-scaling-a-replication-attempt' })).toBe('https://arxiv.org/abs/2404.10102');
  });

  test('without an arXiv id, the DOI; without either, the recorded url; without any, nothing', () => {
    expect(workUrl({ doi: '10.1145/3293883.3295710', url: 'https://example.org/paper' })).toBe('https://doi.org/10.1145/3293883.3295710');
    expect(workUrl({ url: 'https://www.gwern.net/Scaling-hypothesis' })).toBe('https://www.gwern.net/Scaling-hypothesis');
    expect(workUrl({ isbn: '978-0-00-000000-0' })).toBeUndefined();
  });
});

describe('workAddresses', () => {
  test('lists every address once, arXiv first, then DOI, then the recorded url', () => {
    expect(workAddresses({ url: 'https://arxiv.org/abs/1712.00409', arxiv: '1712.00409', doi: '10.1/x' })).toEqual([arxivUrl('1712.00409'), doiUrl('10.1/x')]);
    expect(workAddresses({})).toEqual([]);
  });
});
