import { describe, expect, test } from 'vitest';
import { suggestedQuery } from './search-suggestion.ts';

describe('suggestedQuery', () => {
  const words = ['Amodei', 'Hestness', 'Scaling', 'Chinchilla'];

  test('replaces each unmatched word with the nearest name word, keeping the rest of the query', () => {
    expect(suggestedQuery('Amodai', ['amodai'], words)).toBe('Amodei');
    expect(suggestedQuery('dario amodai 2014', ['amodai'], words)).toBe('dario Amodei 2014');
    expect(suggestedQuery('scalling chinchila', ['scalling', 'chinchila'], words)).toBe('Scaling Chinchilla');
  });

  test('offers nothing when a word has no near neighbour', () => {
    expect(suggestedQuery('zebrafish', ['zebrafish'], words)).toBeUndefined();
    expect(suggestedQuery('transformer', ['transformer'], ['Transfer'])).toBeUndefined();
    expect(suggestedQuery('Amodai', ['amodai'], [])).toBeUndefined();
    expect(suggestedQuery('Amodai zebrafish', ['amodai', 'zebrafish'], words)).toBeUndefined();
  });
});
