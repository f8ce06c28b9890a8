/**
 * Which node labels a graph drawing can show without any two overlapping: labels are placed in
 * priority order and one that would cover a label already placed is left for hover and the list.
 */

/** A box on screen, in pixels: left, top, right, bottom. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A label that could be drawn, or a node's body: the node's id and the box covered, in screen pixels. */
export interface LabelCandidate {
  /** The node's id. */
  id: string;
  /** Where the label's text (or the node) is drawn, in screen pixels. */
  box: Box;
}

/** Pixels kept free around every placed label, so neighbouring labels stay readable. */
export const LABEL_GAP = 3;

/** True when `a` and `b`, each grown by `gap` on every side, overlap. */
export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return a.x1 - gap < b.x2 && b.x1 - gap < a.x2 && a.y1 - gap < b.y2 && b.y1 - gap < a.y2;
}

/**
 * The ids of the labels to draw: each candidate, in the order given (most important first), is
 * placed unless it comes within `gap` of a label placed before it or covers the body of another
 * node in `bodies` (its own node's body is its to touch).
 */
export function placeLabels(candidates: Iterable<LabelCandidate>, bodies: readonly LabelCandidate[] = [], gap = LABEL_GAP): Set<string> {
  const placed: Box[] = [];
  const shown = new Set<string>();
  for (const { id, box } of candidates) {
    if (placed.some((other) => boxesOverlap(box, other, gap))) continue;
    if (bodies.some((body) => body.id !== id && boxesOverlap(box, body.box))) continue;
    placed.push(box);
    shown.add(id);
  }
  return shown;
}

/**
 * The box of a label drawn under a node, centred: the node's centre at (`x`, `y`) and its
 * `radius`, the label's `margin` below it, its `width` and `height`, all in screen pixels.
 */
export function labelBoxBelow(x: number, y: number, radius: number, margin: number, width: number, height: number): Box {
  const top = y + radius + margin;
  return { x1: x - width / 2, y1: top, x2: x + width / 2, y2: top + height };
}
