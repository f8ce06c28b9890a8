import { describe, expect, test } from 'vitest';
import { mathPieces } from './math-text.ts';

describe('mathPieces', () => {
  test('raises numbers, letters and bracketed groups after ^', () => {
    expect(mathPieces('8.8×10^13 parameters')).toEqual(['8.8×10', { sup: ['13'] }, ' parameters']);
    expect(mathPieces('a factor of 2^−0.076 ≈ 0.95')).toEqual(['a factor of 2', { sup: ['−0.076'] }, ' ≈ 0.95']);
    expect(mathPieces('N ∝ C_min^0.73, with D')).toEqual(['N ∝ C', { sub: ['min'] }, { sup: ['0.73'] }, ', with D']);
    expect(mathPieces('m^(α/β)')).toEqual(['m', { sup: ['α/β'], grouped: true }]);
    expect(mathPieces('G^−1·(C/6)^b)')).toEqual(['G', { sup: ['−1'] }, '·(C/6)', { sup: ['b'] }, ')']);
  });

  test('lowers the subscript of a single letter, Latin or Greek', () => {
    expect(mathPieces('L(N) = (N_c/N)^α_N with α_N ≈ 0.076')).toEqual([
      'L(N) = (N',
      { sub: ['c'] },
      '/N)',
      { sup: ['α', { sub: ['N'] }] },
      ' with α',
      { sub: ['N'] },
      ' ≈ 0.076',
    ]);
  });

  test('an exponent keeps its own subscript and exponent, and a bracketed exponent its formula', () => {
    expect(mathPieces('(C_c^min/C_min)^α_C^min')).toEqual(['(C', { sub: ['c'] }, { sup: ['min'] }, '/C', { sub: ['min'] }, ')', { sup: ['α', { sub: ['C'] }, { sup: ['min'] }] }]);
    expect(mathPieces('[(N_c/N)^(α_N/α_D) + D_c/D]^α_D')).toEqual([
      '[(N',
      { sub: ['c'] },
      '/N)',
      { sup: ['α', { sub: ['N'] }, '/α', { sub: ['D'] }], grouped: true },
      ' + D',
      { sub: ['c'] },
      '/D]',
      { sup: ['α', { sub: ['D'] }] },
    ]);
    expect(mathPieces('ε(m) = α·m^β_g.')).toEqual(['ε(m) = α·m', { sup: ['β', { sub: ['g'] }] }, '.']);
  });

  test('leaves words with underscores, lone marks and plain text alone', () => {
    expect(mathPieces('the read_in column')).toEqual(['the read_in column']);
    expect(mathPieces('a ^ b and c _ d')).toEqual(['a ^ b and c _ d']);
    expect(mathPieces('No formula here.')).toEqual(['No formula here.']);
    expect(mathPieces('')).toEqual([]);
  });
});
