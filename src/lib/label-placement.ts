/**
 * Which node labels a graph drawing can show without any two overlapping, and on which side of
 * their node: labels are placed in priority order, each on the first side where it covers no label
 * already placed and no other node; one that fits nowhere is left for hover and the list.
 */

/** A box on screen, in pixels: left, top, right, bottom. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Where a label goes around its node, in order of preference. */
export const LABEL_SIDES = ['below', 'above', 'right', 'left'] as const;

/** A side of a node a label can go on. */
export type LabelSide = (typeof LABEL_SIDES)[number];

/** A label that could be drawn (on `side` of its node), or a node's body: the node's id and the box covered, in screen pixels. */
export interface LabelCandidate {
  /** The node's id. */
  id: string;
  /** Where the label's text (or the node) is drawn, in screen pixels. */
  box: Box;
  /** The side of its node the label would be on (none for a body). */
  side?: LabelSide;
}

/** Pixels kept free around every placed label, so neighbouring labels stay readable. */
export const LABEL_GAP = 3;

/** True when `a` and `b` overlap or come closer than `gap` to each other. */
export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return a.x1 - gap < b.x2 && b.x1 - gap < a.x2 && a.y1 - gap < b.y2 && b.y1 - gap < a.y2;
}

/**
 * The labels to draw, by node id, with the side each goes on: each candidate, in the order given
 * (most important node first, then its sides in order of preference), is placed unless its node
 * already has a label, it comes within `gap` of a label placed before it, or it covers the body of
 * another node in `bodies` (its own node's body is its to touch).
 */
export function placeLabels(candidates: Iterable<LabelCandidate>, bodies: readonly LabelCandidate[] = [], gap = LABEL_GAP): Map<string, LabelSide> {
  const placed: Box[] = [];
  const shown = new Map<string, LabelSide>();
  for (const { id, box, side = 'below' } of candidates) {
    if (shown.has(id)) continue;
    if (placed.some((other) => boxesOverlap(box, other, gap))) continue;
    if (bodies.some((body) => body.id !== id && boxesOverlap(box, body.box))) continue;
    placed.push(box);
    shown.set(id, side);
  }
  return shown;
}

/**
 * The box of a label on `side` of a node, centred along that side: the node's centre at (`x`, `y`)
 * and its `radius`, the label's `margin` from it, its `width` and `height`, all in screen pixels.
 */
export function labelBox(side: LabelSide, x: number, y: number, radius: number, margin: number, width: number, height: number): Box {
  const gap = radius + margin;
  switch (side) {
    case 'below':
      return { x1: x - width / 2, y1: y + gap, x2: x + width / 2, y2: y + gap + height };
    case 'above':
      return { x1: x - width / 2, y1: y - gap - height, x2: x + width / 2, y2: y - gap };
    case 'right':
      return { x1: x + gap, y1: y - height / 2, x2: x + gap + width, y2: y + height / 2 };
    case 'left':
      return { x1: x - gap - width, y1: y - height / 2, x2: x - gap, y2: y + height / 2 };
  }
}
