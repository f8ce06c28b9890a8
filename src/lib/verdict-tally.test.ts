import { describe, expect, test } from 'vitest';
import { verdictTally } from './verdict-tally.ts';

describe('verdictTally', () => {
  test('counts each verdict once, in the scale’s order, leaving out verdicts none has and items without one', () => {
    expect(verdictTally(['false', 'supported', undefined, 'false', 'unverified'])).toEqual([
      { verdict: 'supported', count: 1 },
      { verdict: 'false', count: 2 },
      { verdict: 'unverified', count: 1 },
    ]);
    expect(verdictTally([])).toEqual([]);
  });
});
