/**
 * Where a focused node should be drawn so the reader sees it: the middle of the part of the canvas
 * that is on screen and not under the panel showing the node. The panel floats over the drawing's
 * right side on a wide screen and over its bottom on a phone; whichever side it covers, the part
 * left is the larger one.
 */

/** A box on the screen, in CSS pixels (as `getBoundingClientRect` gives it). */
export interface ScreenBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The overlap of two boxes, or undefined where they do not overlap. */
function overlap(a: ScreenBox, b: ScreenBox): ScreenBox | undefined {
  const box = { left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) };
  return box.left < box.right && box.top < box.bottom ? box : undefined;
}

const area = (box: ScreenBox) => (box.right - box.left) * (box.bottom - box.top);

/**
 * The point, relative to the canvas's top left corner, at the middle of the part of `canvas` inside
 * `screen` (all of the canvas when less than half of it is) and not covered by `panel` (undefined
 * when no panel shows). A panel over part of that is cut off with the side it covers: the cut that
 * leaves the most.
 */
export function uncoveredCentre(canvas: ScreenBox, screen: ScreenBox, panel?: ScreenBox): { x: number; y: number } {
  const onScreen = overlap(canvas, screen);
  // A drawing mostly off screen is not what the reader looks at yet: all of it counts.
  let seen = onScreen && area(onScreen) >= area(canvas) / 2 ? onScreen : canvas;
  const covered = panel && overlap(seen, panel);
  if (covered) {
    const cuts: ScreenBox[] = [
      { ...seen, right: covered.left },
      { ...seen, left: covered.right },
      { ...seen, bottom: covered.top },
      { ...seen, top: covered.bottom },
    ].filter((box) => box.left < box.right && box.top < box.bottom);
    const largest = cuts.sort((a, b) => area(b) - area(a))[0];
    if (largest) seen = largest;
  }
  return { x: (seen.left + seen.right) / 2 - canvas.left, y: (seen.top + seen.bottom) / 2 - canvas.top };
}
