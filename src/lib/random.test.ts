import { describe, expect, test } from 'vitest';
import { seededRandom, withSeededMathRandom } from './random.ts';

describe('seededRandom', () => {
  test('gives the same sequence for the same seed and another for another seed, within [0, 1)', () => {
    const take = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
    expect(take(42)).toEqual(take(42));
    expect(take(42)).not.toEqual(take(43));
    for (const value of take(7)) expect(value >= 0 && value < 1).toBe(true);
  });
});

describe('withSeededMathRandom', () => {
  test('makes Math.random repeatable inside and restores it afterwards, even on error', () => {
    const original = Math.random;
    const draw = () => [Math.random(), Math.random()];
    expect(withSeededMathRandom(9, draw)).toEqual(withSeededMathRandom(9, draw));
    expect(() => withSeededMathRandom(9, () => { throw new Error('boom'); })).toThrow('boom');
    expect(Math.random).toBe(original);
  });
});
