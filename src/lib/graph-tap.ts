/**
 * What a tap on a drawn node does. Cytoscape itself tells a tap from a swipe (a touch that moves
 * more than its `touchTapThreshold` fires no `tap`); this decides between opening the node's page and
 * showing the node first, by the kind of input, and drops a "tap" whose finger came up away from where
 * it went down: when the browser scrolls the page under a finger, Cytoscape may not see it move.
 */

/** Open the node's page, show the node (select it in the explorer's panel), or nothing. */
export type NodeTapAction = 'open' | 'show' | 'none';

/** The tap and the graph it lands on. */
export interface NodeTap {
  /** The tap came from a touch screen (a finger or a pen), not a mouse. */
  touch: boolean;
  /** The graph can show a node without leaving the page (the /graph/ explorer's panel). */
  canShow: boolean;
  /** The tapped node is the one already shown. */
  shown: boolean;
  /** The finger came up away from where it went down (see `fingerMoved`): a swipe, not a tap. */
  moved: boolean;
}

/**
 * A mouse click opens the node's page. A touch on a graph that can show a node first shows it, so a
 * finger exploring the drawing does not leave the page; touching the node already shown opens it.
 * A touch that moved does nothing.
 */
export function nodeTapAction({ touch, canShow, shown, moved }: NodeTap): NodeTapAction {
  if (touch && moved) return 'none';
  return touch && canShow && !shown ? 'show' : 'open';
}

/** True when a DOM event (as Cytoscape hands it on) came from a touch screen: a touch event, or a touch or pen pointer event. */
export function isTouchInput(event: { type: string; pointerType?: string } | undefined): boolean {
  if (!event) return false;
  return event.type.startsWith('touch') || event.pointerType === 'touch' || event.pointerType === 'pen';
}

/** A point on the screen, in CSS pixels. */
export interface ScreenPoint {
  x: number;
  y: number;
}

/** Where a touch or pointer event's (first) finger is, or came up: undefined for an event without one. */
export function fingerAt(event: { touches?: ArrayLike<{ clientX: number; clientY: number }>; changedTouches?: ArrayLike<{ clientX: number; clientY: number }>; clientX?: number; clientY?: number } | undefined): ScreenPoint | undefined {
  const touch = event?.touches?.[0] ?? event?.changedTouches?.[0];
  if (touch) return { x: touch.clientX, y: touch.clientY };
  return event?.clientX === undefined || event.clientY === undefined ? undefined : { x: event.clientX, y: event.clientY };
}

/** How far a finger may move and still tap, in pixels: Cytoscape's default `touchTapThreshold`. */
export const TOUCH_TAP_THRESHOLD = 8;

/** True when a finger came up farther than `threshold` pixels (TOUCH_TAP_THRESHOLD) from where it went down. */
export function fingerMoved(down: ScreenPoint | undefined, up: ScreenPoint | undefined, threshold: number): boolean {
  return down !== undefined && up !== undefined && Math.hypot(up.x - down.x, up.y - down.y) > threshold;
}
