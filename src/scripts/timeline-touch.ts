/**
 * A finger over the timeline. Sideways it moves the timeline in time; up or down it scrolls the rows
 * while they can go that way, and then the page, as a scroll box in a page does. vis-timeline drags
 * both ways itself, but the rows are no scroll box the browser knows of (vis-timeline moves the drawing),
 * so the browser, which `touch-action: pan-y` (timeline.css) lets scroll the page, would scroll the
 * page instead: here it is kept from doing so while the rows can still follow the finger.
 */
import { fingerAt, TOUCH_TAP_THRESHOLD, type ScreenPoint } from '../lib/graph-tap.ts';
import { swipeAxis } from '../lib/swipe-axis.ts';

/** Keep a one-finger swipe up or down over `container` from scrolling the page while `rows` (the row names' panel) can scroll that way. */
export function scrollRowsWithFinger(container: HTMLElement, rows: HTMLElement): void {
  /** Where the finger went down, until the swipe's way is known. */
  let down: ScreenPoint | undefined;
  /** Where the finger was at the last move, while the swipe goes up or down and the rows follow it. */
  let last: ScreenPoint | undefined;
  container.addEventListener(
    'touchstart',
    (event) => {
      down = event.touches.length === 1 ? fingerAt(event) : undefined;
      last = undefined;
    },
    { passive: true }
  );
  container.addEventListener(
    'touchmove',
    (event) => {
      const now = fingerAt(event);
      // Two fingers pinch, and a move the browser can no longer cancel is its scrolling of the page.
      if (event.touches.length !== 1 || !event.cancelable || !now) return void (down = last = undefined);
      if (down) {
        const axis = swipeAxis(down, now, TOUCH_TAP_THRESHOLD);
        if (!axis) return;
        if (axis === 'upDown') last = down;
        down = undefined;
      }
      if (!last) return;
      const towardsLaterRows = now.y < last.y;
      last = now;
      const rowsCanGo = towardsLaterRows ? rows.scrollTop < rows.scrollHeight - rows.clientHeight : rows.scrollTop > 0;
      // Past the rows' end the page takes the rest of the swipe.
      if (rowsCanGo) event.preventDefault();
      else last = undefined;
    },
    { passive: false }
  );
}
