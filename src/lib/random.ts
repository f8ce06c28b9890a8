/** Seeded pseudo-random numbers, so layouts and synthetic graphs come out the same on every run. */

/** A generator of numbers in [0, 1) fully determined by `seed` (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Run `work` with `Math.random` replaced by a seeded generator, then restore it.
 * Layout libraries (cytoscape-fcose, cose-base) call `Math.random` directly and take no seed.
 */
export function withSeededMathRandom<T>(seed: number, work: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return work();
  } finally {
    Math.random = original;
  }
}
