import { describe, expect, test } from 'vitest';
import { boxesOverlap, labelBoxBelow, LABEL_GAP, placeLabels } from './label-placement.ts';

const box = (x1: number, y1: number, x2: number, y2: number) => ({ x1, y1, x2, y2 });

describe('boxesOverlap', () => {
  test('boxes that share area overlap; boxes that only touch do not', () => {
    expect(boxesOverlap(box(0, 0, 10, 10), box(5, 5, 15, 15))).toBe(true);
    expect(boxesOverlap(box(0, 0, 10, 10), box(10, 0, 20, 10))).toBe(false);
    expect(boxesOverlap(box(0, 0, 10, 10), box(0, 10, 10, 20))).toBe(false);
  });

  test('a gap makes boxes closer than it count as overlapping', () => {
    expect(boxesOverlap(box(0, 0, 10, 10), box(12, 0, 20, 10), 3)).toBe(true);
    expect(boxesOverlap(box(0, 0, 10, 10), box(14, 0, 20, 10), 3)).toBe(false);
  });
});

describe('placeLabels', () => {
  test('keeps every label when none come close', () => {
    const shown = placeLabels([
      { id: 'a', box: box(0, 0, 50, 10) },
      { id: 'b', box: box(0, 40, 50, 50) },
      { id: 'c', box: box(100, 0, 150, 10) },
    ]);
    expect([...shown]).toEqual(['a', 'b', 'c']);
  });

  test('the first of two overlapping labels wins, so callers list the most important first', () => {
    const candidates = [
      { id: 'centre', box: box(0, 0, 100, 12) },
      { id: 'neighbour', box: box(60, 4, 160, 16) },
      { id: 'far', box: box(200, 0, 300, 12) },
    ];
    expect([...placeLabels(candidates)]).toEqual(['centre', 'far']);
    expect([...placeLabels([candidates[1]!, candidates[0]!, candidates[2]!])]).toEqual(['neighbour', 'far']);
  });

  test('a label dropped for overlapping does not block the ones after it', () => {
    const shown = placeLabels([
      { id: 'a', box: box(0, 0, 100, 10) },
      { id: 'b', box: box(50, 0, 150, 10) },
      { id: 'c', box: box(100 + LABEL_GAP, 0, 200, 10) },
    ]);
    expect([...shown]).toEqual(['a', 'c']);
  });

  test('a label may not cover another node, but may touch its own', () => {
    const bodies = [
      { id: 'a', box: box(40, -20, 60, 0) },
      { id: 'b', box: box(90, 5, 110, 25) },
    ];
    const shown = placeLabels(
      [
        { id: 'a', box: box(0, 0, 100, 12) },
        { id: 'c', box: box(0, 100, 100, 112) },
      ],
      bodies
    );
    expect([...shown]).toEqual(['c']);
    expect([...placeLabels([{ id: 'a', box: box(0, 0, 80, 12) }], bodies)]).toEqual(['a']);
  });
});

describe('labelBoxBelow', () => {
  test('centres the label under the node, its margin below the node’s edge', () => {
    expect(labelBoxBelow(100, 50, 10, 3, 40, 12)).toEqual({ x1: 80, y1: 63, x2: 120, y2: 75 });
  });
});
