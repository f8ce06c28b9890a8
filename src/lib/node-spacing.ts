/**
 * Keep laid-out nodes from covering each other. A force layout only discourages overlap: on the
 * site's graph fcose left a work under its lab, where no pointer could reach it. This pass pushes
 * every pair closer than the minimum apart along the line between them, half each, until none is.
 */
import type { Position } from './graph.ts';

/** Most rounds of pushing apart: parting two nodes can crowd a third, so a dense clump takes many rounds; a few overlaps, a handful. */
const MAX_ROUNDS = 1000;

/** How much farther apart than asked nodes are put, so that rounding positions to 0.1 afterwards (at most 0.15 closer) cannot bring them back under the minimum. */
const ROUNDING_SLACK = 0.2;

/** Pairs of node indices closer than `minimum`, found through a grid of `minimum`-sized cells (each node meets only its neighbours, not every node). */
function closePairs(points: readonly Position[], minimum: number): [number, number][] {
  const cells = new Map<string, number[]>();
  const cellOf = (value: number) => Math.floor(value / minimum);
  points.forEach((point, index) => {
    const key = `${cellOf(point.x)},${cellOf(point.y)}`;
    const cell = cells.get(key);
    if (cell) cell.push(index);
    else cells.set(key, [index]);
  });
  const pairs: [number, number][] = [];
  points.forEach((point, index) => {
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const other of cells.get(`${cellOf(point.x) + dx},${cellOf(point.y) + dy}`) ?? [])
          if (other > index && Math.hypot(points[other]!.x - point.x, points[other]!.y - point.y) < minimum) pairs.push([index, other]);
  });
  return pairs;
}

/**
 * `positions` with every two nodes at least `minimum` apart (centre to centre), each moved as
 * little as the pushing allows; deterministic for a given input order. Two nodes at the very same
 * spot are parted along the x axis, the later one to the right.
 */
export function spaceNodes(positions: readonly Position[], minimum: number): Position[] {
  const points = positions.map(({ x, y }) => ({ x, y }));
  const target = minimum + ROUNDING_SLACK;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const pairs = closePairs(points, target);
    if (pairs.length === 0) break;
    for (const [i, j] of pairs) {
      const [a, b] = [points[i]!, points[j]!];
      const distance = Math.hypot(b.x - a.x, b.y - a.y);
      if (distance >= target) continue;
      const [ux, uy] = distance === 0 ? [1, 0] : [(b.x - a.x) / distance, (b.y - a.y) / distance];
      const push = (target - distance) / 2;
      a.x -= ux * push;
      a.y -= uy * push;
      b.x += ux * push;
      b.y += uy * push;
    }
  }
  return points;
}
