/**
 * The fit formulas charts can draw, each exactly as its paper writes it. A chart series names a
 * law, maps its fitted parameters to dataset columns and fixes its `at` values for drawing.
 */

/** One formula: its fitted parameters, its drawing inputs and how to evaluate it at x. */
export interface ScalingLaw {
  /** The formula as readers see it in a legend or table note. */
  formula: string;
  /** Fitted parameters, read from a dataset row. */
  params: readonly string[];
  /** Values held fixed for drawing (e.g. model size on a data-size axis, or an anchor point). */
  at: readonly string[];
  /** The law's y at x, given every parameter and `at` value by name. */
  evaluate(x: number, values: Readonly<Record<string, number>>): number;
}

/** Chinchilla's efficient frontier (Hoffmann et al. 2022, Eq. 4): G, a and b from a parametric fit. */
export function chinchillaAllocation(values: Readonly<Record<string, number>>): { G: number; a: number; b: number } {
  const { A, B, alpha, beta } = values as Record<'A' | 'B' | 'alpha' | 'beta', number>;
  return {
    G: ((alpha * A) / (beta * B)) ** (1 / (alpha + beta)),
    a: beta / (alpha + beta),
    b: alpha / (alpha + beta),
  };
}

/** Eq. 4's compute-optimal parameters N and tokens D at compute C for a parametric fit. */
export function chinchillaOptimum(C: number, values: Readonly<Record<string, number>>): { N: number; D: number } {
  const { G, a, b } = chinchillaAllocation(values);
  return { N: G * (C / 6) ** a, D: (C / 6) ** b / G };
}

/** Every law a chart may name. */
export const SCALING_LAWS = {
  /** Kaplan et al. 2020, Eq. 1.1–1.3: L(X) = (X_c / X)^α_X. */
  'inverse-power': {
    formula: 'y = (constant / x)^exponent',
    params: ['constant', 'exponent'],
    at: [],
    evaluate: (x, v) => (v.constant! / x) ** v.exponent!,
  },
  /** A power law relative to a reference point (x₀, y₀) = (1, 1): y = x^exponent (Hestness et al. 2017's ε ∝ m^β_g). */
  'relative-power': {
    formula: 'y = x^exponent',
    params: ['exponent'],
    at: [],
    evaluate: (x, v) => x ** v.exponent!,
  },
  /** A power law with a published exponent through a fixed point: y = y0 · (x / x0)^exponent. */
  'anchored-power': {
    formula: 'y = y0 · (x / x0)^exponent',
    params: ['exponent'],
    at: ['x0', 'y0'],
    evaluate: (x, v) => v.y0! * (x / v.x0!) ** v.exponent!,
  },
  /** Kaplan et al. 2020, Eq. 1.5: L(N, D) = [(N_c/N)^(α_N/α_D) + D_c/D]^α_D, drawn against D at fixed N. */
  'kaplan-combined-vs-data': {
    formula: 'L(N, D) = [(N_c / N)^(α_N / α_D) + D_c / D]^α_D',
    params: ['N_c', 'D_c', 'alpha_N', 'alpha_D'],
    at: ['N'],
    evaluate: (D, v) => ((v.N_c! / v.N!) ** (v.alpha_N! / v.alpha_D!) + v.D_c! / D) ** v.alpha_D!,
  },
  /** Hoffmann et al. 2022, Eq. 4: N_opt(C) = G · (C/6)^a from the fit L̂ = E + A/N^α + B/D^β. */
  'chinchilla-optimal-params': {
    formula: 'N_opt(C) = G · (C / 6)^a, G = (αA / (βB))^(1/(α+β)), a = β / (α+β)',
    params: ['A', 'B', 'alpha', 'beta'],
    at: [],
    evaluate: (C, v) => chinchillaOptimum(C, v).N,
  },
  /** Hoffmann et al. 2022, Eq. 4: D_opt(C) = G⁻¹ · (C/6)^b from the same fit. */
  'chinchilla-optimal-tokens': {
    formula: 'D_opt(C) = G⁻¹ · (C / 6)^b, b = α / (α+β)',
    params: ['A', 'B', 'alpha', 'beta'],
    at: [],
    evaluate: (C, v) => chinchillaOptimum(C, v).D,
  },
} satisfies Record<string, ScalingLaw>;

/** Name of a law a chart may draw. */
export type LawName = keyof typeof SCALING_LAWS;

/** Every law name, for the schema. */
export const LAW_NAMES = Object.keys(SCALING_LAWS) as [LawName, ...LawName[]];
