/**
 * Which node labels a graph drawing can show without any two overlapping, and on which side of
 * their node: labels are placed in priority order, each on the first side where it covers no label
 * already placed and no other node and lies nearer its own node than any other, passing over a side
 * that would leave a later label no room where another would not; one that fits nowhere is left for
 * hover and the list, except a label drawn in any case, which still claims its place so that no other
 * label is put over it.
 */

/** A box on screen, in pixels: left, top, right, bottom. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Where a label goes around its node, in order of preference: centred on a side, then at a corner,
 * where a long label next to a crowded node still finds room.
 */
export const LABEL_SIDES = ['below', 'above', 'right', 'left', 'below-right', 'below-left', 'above-right', 'above-left'] as const;

/** A side (or corner) of a node a label can go on. */
export type LabelSide = (typeof LABEL_SIDES)[number];

/** Which way each side lies from its node, across (x) and down (y) as on screen: -1, 0 (centred on the node) or 1. */
export const LABEL_SIDE_DIRECTIONS: Record<LabelSide, { x: -1 | 0 | 1; y: -1 | 0 | 1 }> = {
  below: { x: 0, y: 1 },
  above: { x: 0, y: -1 },
  right: { x: 1, y: 0 },
  left: { x: -1, y: 0 },
  'below-right': { x: 1, y: 1 },
  'below-left': { x: -1, y: 1 },
  'above-right': { x: 1, y: -1 },
  'above-left': { x: -1, y: -1 },
};

/** A label that could be drawn (on `side` of its node), or a node's body: the node's id and the box covered, in screen pixels. */
export interface LabelCandidate {
  /** The node's id. */
  id: string;
  /** Where the label's text (or the node) is drawn, in screen pixels. */
  box: Box;
  /** The side of its node the label would be on (none for a body). */
  side?: LabelSide;
  /** Placed even where it covers other nodes: a label drawn whether it fits or not (the lead's), offered after its other sides. */
  coversNodes?: boolean;
}

/** Pixels kept free around every placed label, so neighbouring labels stay readable. */
export const LABEL_GAP = 3;

/** True when `a` and `b` overlap or come closer than `gap` to each other. */
export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return a.x1 - gap < b.x2 && b.x1 - gap < a.x2 && a.y1 - gap < b.y2 && b.y1 - gap < a.y2;
}

/** The distance from the point (`x`, `y`) to `box`, in pixels: 0 inside it. */
function distanceToBox(box: Box, x: number, y: number): number {
  return Math.hypot(Math.max(box.x1 - x, 0, x - box.x2), Math.max(box.y1 - y, 0, y - box.y2));
}

/** The centre of `box`. */
const centreOf = (box: Box) => ({ x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 });

/**
 * True when a label at `box` would seem to name another node than its own, `id`: some other node in
 * `bodies` has its centre nearer the label than `id`'s centre is (a label out from a corner sits
 * further from its node than one centred on a side). Never true where `bodies` lacks the node `id`.
 */
function nearerAnother(id: string, box: Box, bodies: readonly LabelCandidate[]): boolean {
  const own = bodies.find((body) => body.id === id);
  if (!own) return false;
  const { x, y } = centreOf(own.box);
  const ownDistance = distanceToBox(box, x, y);
  return bodies.some((body) => {
    if (body.id === id) return false;
    const centre = centreOf(body.box);
    return distanceToBox(box, centre.x, centre.y) < ownDistance;
  });
}

/**
 * True when `candidate` may be drawn as far as the nodes go: it covers no other node's body in
 * `bodies` (its own node's it may touch) and lies nearer its own node than any other (see
 * `nearerAnother`), or it is drawn in any case (`coversNodes`). Labels placed before it are
 * `placeLabels`'s to weigh.
 */
export function clearOfNodes(candidate: LabelCandidate, bodies: readonly LabelCandidate[]): boolean {
  if (candidate.coversNodes) return true;
  return !bodies.some((body) => body.id !== candidate.id && boxesOverlap(candidate.box, body.box)) && !nearerAnother(candidate.id, candidate.box, bodies);
}

/**
 * The labels to draw, by node id, each the candidate chosen for it (its box and side): node by node,
 * in the order their candidates first appear (most important node first), each label goes on a side
 * that comes within `gap` of no label placed before it, covers the body of no other node in `bodies`
 * (its own node's body is its to touch) and has no other node's centre nearer it than its own's: of
 * those, the first in the order given among the ones that leave the fewest later nodes without any
 * such side. A candidate marked `coversNodes` may cover nodes, and is taken only where none of its
 * node's other sides is free.
 */
export function placeLabels<C extends LabelCandidate>(candidates: Iterable<C>, bodies: readonly LabelCandidate[] = [], gap = LABEL_GAP): Map<string, C> {
  const byNode = new Map<string, { candidate: C; free: boolean }[]>();
  for (const candidate of candidates) {
    const free = clearOfNodes(candidate, bodies);
    byNode.set(candidate.id, [...(byNode.get(candidate.id) ?? []), { candidate, free }]);
  }
  const nodes = [...byNode.values()];
  const shown = new Map<string, C>();
  nodes.forEach((sides, index) => {
    const open = sides.filter(({ free, candidate }) => free && !candidate.coversNodes);
    const choices = open.length > 0 ? open : sides.filter(({ free }) => free);
    if (choices.length === 0) return;
    const later = nodes.slice(index + 1).map((others) => others.filter(({ free }) => free));
    /** How many later nodes that still have room would have none once `box` is taken. */
    const crowdedOut = (box: Box) => later.filter((others) => others.length > 0 && others.every(({ candidate }) => boxesOverlap(box, candidate.box, gap))).length;
    const costs = choices.map(({ candidate }) => crowdedOut(candidate.box));
    const { candidate: best } = choices[costs.indexOf(Math.min(...costs))]!;
    shown.set(best.id, best);
    for (const others of nodes.slice(index + 1)) for (const other of others) if (other.free && boxesOverlap(best.box, other.candidate.box, gap)) other.free = false;
  });
  return shown;
}

/**
 * The box of a label on `side` of a node (centred along a side, or out from a corner): the node's
 * centre at (`x`, `y`) and its `radius`, the label's `margin` from it, its `width` and `height`, all in screen pixels.
 */
export function labelBox(side: LabelSide, x: number, y: number, radius: number, margin: number, width: number, height: number): Box {
  const { x: across, y: down } = LABEL_SIDE_DIRECTIONS[side];
  const x1 = boxStart(x, across, radius + margin, width);
  const y1 = boxStart(y, down, radius + margin, height);
  return { x1, y1, x2: x1 + width, y2: y1 + height };
}

/** Where a label of `length` starts along one axis: centred on the node at `centre`, or `gap` past it on the side `direction` points to. */
function boxStart(centre: number, direction: -1 | 0 | 1, gap: number, length: number): number {
  if (direction === 0) return centre - length / 2;
  return direction > 0 ? centre + gap : centre - gap - length;
}
