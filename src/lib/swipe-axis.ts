/**
 * Which way a one-finger swipe goes, decided once the finger has moved farther than a tap would: a
 * swipe over the timeline either moves it in time (sideways) or scrolls its rows (up or down), never both.
 */
import { fingerMoved, type ScreenPoint } from './graph-tap.ts';

/** The way a swipe goes: across the screen or along it. */
export type SwipeAxis = 'sideways' | 'upDown';

/** The axis of a swipe from `down` to `now`: undefined while the finger is within `threshold` pixels of where it went down; a diagonal counts as sideways. */
export function swipeAxis(down: ScreenPoint, now: ScreenPoint, threshold: number): SwipeAxis | undefined {
  if (!fingerMoved(down, now, threshold)) return undefined;
  return Math.abs(now.y - down.y) > Math.abs(now.x - down.x) ? 'upDown' : 'sideways';
}
