import { describe, expect, test } from 'vitest';
import { SCALING_LAWS, chinchillaAllocation } from './scaling-laws.ts';

describe('SCALING_LAWS evaluate the published formulas', () => {
  test('inverse-power is Kaplan et al.’s (X_c / X)^α', () => {
    expect(SCALING_LAWS['inverse-power'].evaluate(1e9, { constant: 8.8e13, exponent: 0.076 })).toBeCloseTo((8.8e13 / 1e9) ** 0.076, 12);
    expect(SCALING_LAWS['inverse-power'].evaluate(8.8e13, { constant: 8.8e13, exponent: 0.076 })).toBe(1);
  });

  test('relative-power is 1 at the reference point and falls by 10^β per decade', () => {
    expect(SCALING_LAWS['relative-power'].evaluate(1, { exponent: -0.309 })).toBe(1);
    expect(SCALING_LAWS['relative-power'].evaluate(10, { exponent: -0.309 })).toBeCloseTo(10 ** -0.309, 12);
  });

  test('anchored-power passes through its anchor with the given slope', () => {
    const at = { exponent: 0.73, x0: 1.92e19, y0: 4e8 };
    expect(SCALING_LAWS['anchored-power'].evaluate(1.92e19, at)).toBeCloseTo(4e8, 3);
    expect(SCALING_LAWS['anchored-power'].evaluate(1.92e20, at) / 4e8).toBeCloseTo(10 ** 0.73, 10);
  });

  test('kaplan-combined-vs-data is [(N_c/N)^(α_N/α_D) + D_c/D]^α_D and tends to L(N) with unlimited data', () => {
    const v = { N_c: 6.4e13, D_c: 1.8e13, alpha_N: 0.076, alpha_D: 0.103, N: 1e8 };
    expect(SCALING_LAWS['kaplan-combined-vs-data'].evaluate(1e9, v)).toBeCloseTo(((6.4e13 / 1e8) ** (0.076 / 0.103) + 1.8e13 / 1e9) ** 0.103, 12);
    expect(SCALING_LAWS['kaplan-combined-vs-data'].evaluate(1e30, v)).toBeCloseTo((6.4e13 / 1e8) ** 0.076, 9);
  });

  test('the Chinchilla frontier gives the exponents the fact sheet derives (a = β/(α+β))', () => {
    expect(chinchillaAllocation({ A: 482.01, B: 2085.43, alpha: 0.3478, beta: 0.3658 }).a).toBeCloseTo(0.5126, 4);
    expect(chinchillaAllocation({ A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 }).a).toBeCloseTo(0.452, 3);
  });

  test('N_opt and D_opt spend the whole budget: 6 · N_opt · D_opt = C', () => {
    const fit = { A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 };
    for (const C of [1e20, 5.76e23, 1e27]) {
      const N = SCALING_LAWS['chinchilla-optimal-params'].evaluate(C, fit);
      const D = SCALING_LAWS['chinchilla-optimal-tokens'].evaluate(C, fit);
      expect((6 * N * D) / C).toBeCloseTo(1, 10);
      const { G, a } = chinchillaAllocation(fit);
      expect(N).toBeCloseTo(G * (C / 6) ** a, 0);
    }
  });
});
