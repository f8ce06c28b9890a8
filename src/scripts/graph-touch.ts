/**
 * Fingers over a graph's canvas. One finger scrolls the page over every graph; two fingers drag and
 * pinch-zoom a graph the reader can pan (the explorer), where a one-finger swipe shows for a moment
 * that two fingers move it. The mouse keeps Cytoscape's own dragging and wheel zoom.
 */
import type { Core } from 'cytoscape';
import { pinchedViewport, pinchOf, type Pinch } from '../lib/graph-pinch.ts';
import { ZOOM_LIMITS } from '../lib/graph-style.ts';
import { fingerAt, fingerMoved, TOUCH_TAP_THRESHOLD, type ScreenPoint } from '../lib/graph-tap.ts';

/** How long the two-finger hint stays after a swipe, in milliseconds. */
const HINT_MS = 2000;

/** Make Cytoscape's cancelling of `event` (it calls `preventDefault` later) a no-op: the browser goes on with its own gesture. */
const ignoreCancelling = (event: TouchEvent) => void Object.defineProperty(event, 'preventDefault', { value: () => undefined });

/**
 * Let a finger's swipe over a graph scroll the page (only the moves `scrolls` picks, if given). With
 * panning off Cytoscape leaves a touchmove alone, except one that started on a node: that it cancels,
 * to drag the node (ours cannot be dragged), and the page would not scroll. The container turns that
 * cancelling into a no-op before Cytoscape (listening on the window) sees the move; Cytoscape still
 * sees it, so a swipe fires no `tap`. So is its cancelling the touchend of a swipe that scrolled,
 * which the browser refuses with a console error.
 */
export function letSwipesScroll(container: HTMLElement, scrolls: (event: TouchEvent) => boolean = () => true): void {
  container.addEventListener('touchmove', (event) => scrolls(event) && ignoreCancelling(event), { passive: true });
  container.addEventListener('touchend', (event) => event.cancelable || ignoreCancelling(event), { passive: true });
}

/**
 * Over a graph the reader can pan and zoom, one finger scrolls the page as over any other (showing
 * `hint` for a moment once it moves farther than a tap) and two fingers drag and pinch-zoom the graph.
 * Cytoscape's own panning is off while a finger is down, and on again for the mouse once all are up.
 * Its own pinch would not do: it needs that panning on, and it takes two fingers put down closer than
 * 200 px for a "context tap", which neither pans nor zooms until they spread.
 */
export function moveWithTwoFingers(cy: Core, container: HTMLElement, hint?: HTMLElement): void {
  /** Where the finger of a one-finger gesture went down, until it swiped or a second finger came. */
  let down: ScreenPoint | undefined;
  /** Where two fingers are on the canvas, as of their last touch or move. */
  let pinch: Pinch | undefined;
  const fingersAt = (event: TouchEvent) => (event.touches.length < 2 ? undefined : pinchOf(event.touches, container.getBoundingClientRect()));
  let hintTimer: ReturnType<typeof setTimeout> | undefined;
  container.addEventListener(
    'touchstart',
    (event) => {
      cy.userPanningEnabled(false);
      down = event.touches.length === 1 ? fingerAt(event) : undefined;
      pinch = fingersAt(event);
    },
    { capture: true, passive: true }
  );
  // A move the browser can no longer cancel (it is scrolling the page) is its own, however many fingers.
  const scrolls = (event: TouchEvent) => event.touches.length < 2 || !event.cancelable;
  letSwipesScroll(container, scrolls);
  container.addEventListener(
    'touchmove',
    (event) => {
      if (!scrolls(event)) {
        event.preventDefault();
        const now = fingersAt(event)!;
        if (pinch) cy.viewport(pinchedViewport({ zoom: cy.zoom(), pan: cy.pan() }, pinch, now, ZOOM_LIMITS));
        pinch = now;
      } else if (hint && fingerMoved(down, fingerAt(event), TOUCH_TAP_THRESHOLD)) {
        down = undefined;
        hint.hidden = false;
        clearTimeout(hintTimer);
        hintTimer = setTimeout(() => (hint.hidden = true), HINT_MS);
      }
    },
    { passive: false }
  );
  const lift = (event: TouchEvent) => {
    pinch = fingersAt(event);
    if (event.touches.length === 0) cy.userPanningEnabled(true);
  };
  container.addEventListener('touchend', lift, { passive: true });
  container.addEventListener('touchcancel', lift, { passive: true });
}
