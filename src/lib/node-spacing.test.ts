import { describe, expect, test } from 'vitest';
import { spaceNodes } from './node-spacing.ts';
import type { Position } from './graph.ts';

/** The smallest centre-to-centre distance among `points`. */
function closest(points: readonly Position[]): number {
  let least = Infinity;
  for (const [i, a] of points.entries()) for (const b of points.slice(i + 1)) least = Math.min(least, Math.hypot(a.x - b.x, a.y - b.y));
  return least;
}

describe('spaceNodes', () => {
  test('leaves nodes that are far enough apart where they are', () => {
    const points = [{ x: 0, y: 0 }, { x: 40, y: 0 }, { x: 0, y: -40 }];
    expect(spaceNodes(points, 33)).toEqual(points);
  });

  test('parts two close nodes along the line between them, each moving half the gap', () => {
    const [a, b] = spaceNodes([{ x: 0, y: 0 }, { x: 0, y: 13 }], 33);
    expect(a!.x).toBe(0);
    expect(b!.x).toBe(0);
    expect(b!.y - a!.y).toBeGreaterThanOrEqual(33);
    expect(a!.y + b!.y).toBeCloseTo(13, 9);
  });

  test('parts nodes at the very same spot, and does not change its input', () => {
    const input = [{ x: 5, y: 5 }, { x: 5, y: 5 }];
    const [a, b] = spaceNodes(input, 33);
    expect(b!.x - a!.x).toBeGreaterThanOrEqual(33);
    expect(input).toEqual([{ x: 5, y: 5 }, { x: 5, y: 5 }]);
  });

  test('spreads a crowd until no two are closer than the minimum, even once rounded to 0.1, the same way every time', () => {
    const crowd = Array.from({ length: 200 }, (_, i) => ({ x: (i % 7) * 3.1, y: Math.floor(i / 7) * 2.3 }));
    const spaced = spaceNodes(crowd, 33);
    expect(closest(spaced.map(({ x, y }) => ({ x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 })))).toBeGreaterThanOrEqual(33);
    expect(spaceNodes(crowd, 33)).toEqual(spaced);
  });

  test('moves only the nodes that crowd each other', () => {
    const spaced = spaceNodes([{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 500, y: 500 }], 33);
    expect(spaced[2]).toEqual({ x: 500, y: 500 });
  });
});
