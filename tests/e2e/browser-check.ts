/**
 * Global set-up of the e2e suite: say plainly when no Chromium is installed. The browser tests are
 * then skipped, except under CI=true, where they run and fail.
 */
import { CHROMIUM_PATH, hasChromium, inCI } from '../helpers/browser.ts';

/** Report a missing browser: skipped locally, failed under CI (the suites then run and cannot launch it). */
export default function checkBrowser(): void {
  if (hasChromium) return;
  const message = `No Chromium at ${CHROMIUM_PATH}: install it with "apt-get install -y chromium fonts-noto-cjk" (or set CHROMIUM_PATH).`;
  if (inCI) console.error(`\n*** Browser tests FAIL: CI=true and ${message} ***\n`);
  else console.warn(`\n*** Browser tests SKIPPED. ${message} ***\n`);
}
