/** Touch input for browser tests, as a phone sends it. */
import type { Page } from 'playwright-core';

/** A point on the page, in CSS pixels from the window's top left corner. */
export interface Point {
  x: number;
  y: number;
}

/**
 * A one-finger vertical swipe from `from`, the finger moving up by `distance` px (which scrolls a
 * page down): touch events as a phone sends them, or (`browser`) a gesture the browser carries out
 * itself, whose moves the page's scripts do not see (headless Chromium does not scroll for it).
 */
export async function swipeUp(page: Page, from: Point, distance: number, browser = false): Promise<void> {
  if (!browser) return fingersMove(page, [from], [{ x: from.x, y: from.y - distance }]);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.synthesizeScrollGesture', { x: Math.round(from.x), y: Math.round(from.y), yDistance: -distance, gestureSourceType: 'touch', speed: 800 });
  await cdp.detach();
}

/**
 * Fingers put down together at `from` (one point each), moved in ten even steps to `to` (in the same
 * order) and lifted: with two fingers a pinch, a spread or a two-finger drag, as a phone sends them.
 */
export async function fingersMove(page: Page, from: Point[], to: Point[]): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const at = (step: number) => from.map((start, id) => ({ id, x: start.x + ((to[id]!.x - start.x) * step) / 10, y: start.y + ((to[id]!.y - start.y) * step) / 10 }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let step = 1; step <= 10; step++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(step) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}
