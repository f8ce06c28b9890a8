/** Touch input for browser tests, as a phone sends it. */
import type { Page } from 'playwright-core';

/**
 * A one-finger vertical swipe from `from`, the finger moving up by `distance` px (which scrolls a
 * page down): touch events as a phone sends them, or (`browser`) a gesture the browser carries out
 * itself, whose moves the page's scripts do not see (headless Chromium does not scroll for it).
 */
export async function swipeUp(page: Page, from: { x: number; y: number }, distance: number, browser = false): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  if (browser) await cdp.send('Input.synthesizeScrollGesture', { x: Math.round(from.x), y: Math.round(from.y), yDistance: -distance, gestureSourceType: 'touch', speed: 800 });
  else {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from.x, y: from.y }] });
    for (let step = 1; step <= 10; step++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: from.x, y: from.y - (distance * step) / 10 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  }
  await cdp.detach();
}
