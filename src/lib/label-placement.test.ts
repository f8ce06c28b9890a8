import { describe, expect, test } from 'vitest';
import { boxesOverlap, clearOfNodes, labelBox, LABEL_GAP, LABEL_SIDES, placeLabels, type LabelCandidate } from './label-placement.ts';

const box = (x1: number, y1: number, x2: number, y2: number) => ({ x1, y1, x2, y2 });

/** The side each placed label goes on, by node id. */
const sidesOf = (placed: Map<string, LabelCandidate>) => new Map([...placed].map(([id, candidate]) => [id, candidate.side]));

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
    expect([...shown.keys()]).toEqual(['a', 'b', 'c']);
  });

  test('the first of two overlapping labels wins, so callers list the most important first', () => {
    const candidates = [
      { id: 'centre', box: box(0, 0, 100, 12) },
      { id: 'neighbour', box: box(60, 4, 160, 16) },
      { id: 'far', box: box(200, 0, 300, 12) },
    ];
    expect([...placeLabels(candidates).keys()]).toEqual(['centre', 'far']);
    expect([...placeLabels([candidates[1]!, candidates[0]!, candidates[2]!]).keys()]).toEqual(['neighbour', 'far']);
  });

  test('a label dropped for overlapping does not block the ones after it', () => {
    const shown = placeLabels([
      { id: 'a', box: box(0, 0, 100, 10) },
      { id: 'b', box: box(50, 0, 150, 10) },
      { id: 'c', box: box(100 + LABEL_GAP, 0, 200, 10) },
    ]);
    expect([...shown.keys()]).toEqual(['a', 'c']);
  });

  test('gives back the candidate chosen for each node, so a caller offering several boxes on one side knows which', () => {
    const tall = { id: 'a', box: box(0, 20, 100, 44), side: 'below' as const };
    const short = { id: 'a', box: box(0, 20, 100, 32), side: 'below' as const };
    expect(placeLabels([tall, short]).get('a')).toBe(tall);
    expect(placeLabels([tall, short, { id: 'b', box: box(0, 40, 100, 52), side: 'below' as const }]).get('a'), 'the shorter box leaves the next label room').toBe(short);
  });

  test('a label passes over its first side for one that leaves a later label room, where that first side would leave it none', () => {
    const shown = placeLabels([
      { id: 'a', box: box(0, 20, 100, 30), side: 'below' },
      { id: 'a', box: box(0, -30, 100, -20), side: 'above' },
      { id: 'b', box: box(50, 25, 150, 35), side: 'below' },
    ]);
    expect(sidesOf(shown)).toEqual(new Map([['a', 'above'], ['b', 'below']]));
  });

  test('a label keeps its first side where the later labels it blocks have room elsewhere, or where every side blocks as many', () => {
    const later = { id: 'b', box: box(50, 25, 150, 35), side: 'below' as const };
    const elsewhere = { id: 'b', box: box(50, 60, 150, 70), side: 'above' as const };
    const a = [
      { id: 'a', box: box(0, 20, 100, 30), side: 'below' as const },
      { id: 'a', box: box(0, 22, 100, 32), side: 'right' as const },
    ];
    expect(sidesOf(placeLabels([...a, later, elsewhere]))).toEqual(new Map([['a', 'below'], ['b', 'above']]));
    expect(sidesOf(placeLabels([...a, later]))).toEqual(new Map([['a', 'below']]));
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
    expect([...shown.keys()]).toEqual(['c']);
    expect([...placeLabels([{ id: 'a', box: box(0, 0, 80, 12) }], bodies).keys()]).toEqual(['a']);
  });

  test('a label goes on no side where another node lies nearer it than its own, as it would beside a corner', () => {
    const own = labelBox('below-right', 100, 100, 10, 3, 80, 12);
    const neighbourBelow = { id: 'b', box: box(140, 130, 160, 150) };
    const bodies = [{ id: 'a', box: box(90, 90, 110, 110) }, neighbourBelow];
    const corner = { id: 'a', box: own, side: 'below-right' as const };
    const above = { id: 'a', box: labelBox('above', 100, 100, 10, 3, 80, 12), side: 'above' as const };
    expect(boxesOverlap(own, neighbourBelow.box)).toBe(false);
    expect(sidesOf(placeLabels([corner, above], bodies))).toEqual(new Map([['a', 'above']]));
    expect(sidesOf(placeLabels([corner], bodies))).toEqual(new Map());
    expect(sidesOf(placeLabels([corner], [bodies[0]!, { id: 'b', box: box(140, 160, 160, 180) }]))).toEqual(new Map([['a', 'below-right']]));
  });

  test('a label drawn in any case is placed over another node, and no later label is put over it', () => {
    const bodies = [{ id: 'b', box: box(40, 5, 60, 25) }];
    const shown = placeLabels(
      [
        { id: 'lead', box: box(0, 0, 100, 12), coversNodes: true },
        { id: 'b', box: box(50, 10, 150, 22) },
      ],
      bodies
    );
    expect([...shown.keys()]).toEqual(['lead']);
  });
});

describe('clearOfNodes', () => {
  const bodies = [
    { id: 'a', box: box(90, 90, 110, 110) },
    { id: 'b', box: box(140, 130, 160, 150) },
  ];

  test('a label touching only its own node, nearer it than any other, is clear', () => {
    expect(clearOfNodes({ id: 'a', box: labelBox('above', 100, 100, 10, 3, 80, 12) }, bodies)).toBe(true);
  });

  test('a label over another node, or nearer another node than its own, is not; one drawn in any case always is', () => {
    expect(clearOfNodes({ id: 'a', box: box(100, 125, 180, 137) }, bodies)).toBe(false);
    expect(clearOfNodes({ id: 'a', box: labelBox('below-right', 100, 100, 10, 3, 80, 12) }, bodies)).toBe(false);
    expect(clearOfNodes({ id: 'a', box: box(100, 125, 180, 137), coversNodes: true }, bodies)).toBe(true);
  });
});

describe('labelBox', () => {
  test('puts the label on the side asked, centred along it, its margin off the node’s edge', () => {
    expect(labelBox('below', 100, 50, 10, 3, 40, 12)).toEqual({ x1: 80, y1: 63, x2: 120, y2: 75 });
    expect(labelBox('above', 100, 50, 10, 3, 40, 12)).toEqual({ x1: 80, y1: 25, x2: 120, y2: 37 });
    expect(labelBox('right', 100, 50, 10, 3, 40, 12)).toEqual({ x1: 113, y1: 44, x2: 153, y2: 56 });
    expect(labelBox('left', 100, 50, 10, 3, 40, 12)).toEqual({ x1: 47, y1: 44, x2: 87, y2: 56 });
  });

  test('puts a label at a corner out from it, clear of the node across and down', () => {
    expect(labelBox('below-right', 100, 50, 10, 3, 40, 12)).toEqual({ x1: 113, y1: 63, x2: 153, y2: 75 });
    expect(labelBox('below-left', 100, 50, 10, 3, 40, 12)).toEqual({ x1: 47, y1: 63, x2: 87, y2: 75 });
    expect(labelBox('above-right', 100, 50, 10, 3, 40, 12)).toEqual({ x1: 113, y1: 25, x2: 153, y2: 37 });
    expect(labelBox('above-left', 100, 50, 10, 3, 40, 12)).toEqual({ x1: 47, y1: 25, x2: 87, y2: 37 });
  });

  test('no two sides of a node give the same box, and none covers the node', () => {
    const boxes = LABEL_SIDES.map((side) => labelBox(side, 100, 50, 10, 0, 40, 12));
    expect(new Set(boxes.map((b) => JSON.stringify(b))).size).toBe(LABEL_SIDES.length);
    for (const b of boxes) expect(boxesOverlap(b, box(90, 40, 110, 60))).toBe(false);
  });
});

describe('placing on the first side that fits', () => {
  test('a label blocked below goes above, and a node keeps one label only', () => {
    const shown = placeLabels([
      { id: 'hub', box: box(0, 20, 100, 32), side: 'below' },
      { id: 'leaf', box: box(0, 20, 100, 32), side: 'below' },
      { id: 'leaf', box: box(0, -12, 100, 0), side: 'above' },
      { id: 'leaf', box: box(200, 0, 300, 12), side: 'right' },
    ]);
    expect([...sidesOf(shown)]).toEqual([
      ['hub', 'below'],
      ['leaf', 'above'],
    ]);
  });
});
