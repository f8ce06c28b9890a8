/** One Chromium and one static server of dist/ for a browser test file, started before its tests and stopped after. */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveStatic, type RunningServer } from './static-server.ts';

/** The browser and server of the current test file (available inside tests, not at collection time). */
export interface SiteInBrowser {
  readonly browser: Browser;
  readonly server: RunningServer;
}

/** Register hooks that start Chromium and serve dist/ for the enclosing `describe`, and close both afterwards. */
export function useSiteInBrowser(): SiteInBrowser {
  const site: { browser?: Browser; server?: RunningServer } = {};
  beforeAll(async () => {
    site.server = await serveStatic();
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return {
    get browser() {
      return site.browser!;
    },
    get server() {
      return site.server!;
    },
  };
}
