import { describe, expect, test } from 'vitest';
import { svgRuns } from './svg-math-text.ts';

describe('svgRuns', () => {
  test('plain text is one run on the baseline', () => {
    expect(svgRuns('Test loss (nats/token)')).toEqual([{ text: 'Test loss (nats/token)', size: 1, shift: 0, dy: 0 }]);
  });

  test('a subscript is smaller and lowered, and the text after it returns to the baseline', () => {
    const runs = svgRuns('Optimal size N_opt (parameters)');
    expect(runs.map((r) => r.text)).toEqual(['Optimal size N', 'opt', ' (parameters)']);
    expect(runs[1]!.size).toBeLessThan(1);
    expect(runs[1]!.shift).toBeGreaterThan(0);
    expect(runs[2]).toMatchObject({ size: 1, shift: 0 });
    // dy is in the run's own ems: the moves add up to the shifts.
    expect(runs[1]!.dy * runs[1]!.size + runs[2]!.dy * runs[2]!.size).toBeCloseTo(0, 3);
  });

  test('an exponent with its own subscript is raised, and its subscript sits lower than the exponent', () => {
    const runs = svgRuns('(N_c/N)^α_N');
    const alpha = runs.find((r) => r.text === 'α')!;
    const n = runs.at(-1)!;
    expect(alpha.shift).toBeLessThan(0);
    expect(n.text).toBe('N');
    expect(n.shift).toBeGreaterThan(alpha.shift);
    expect(n.size).toBeLessThan(alpha.size);
    let at = 0;
    for (const run of runs) at += run.dy * run.size;
    expect(at).toBeCloseTo(n.shift, 2);
  });

  test('words with underscores are left alone', () => {
    expect(svgRuns('read_in')).toHaveLength(1);
  });
});
