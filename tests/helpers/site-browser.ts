/** Suite fixture for browser tests: the built site served on 127.0.0.1 and headless Chromium, started before and stopped after the suite. */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveStatic, type RunningServer } from './static-server.ts';

/** Register the hooks in the current `describe` and return the fixture, filled in once the suite starts. */
export function useSiteInBrowser(): { readonly browser: Browser; readonly server: RunningServer } {
  const fixture = {} as { browser: Browser; server: RunningServer };
  beforeAll(async () => {
    fixture.server = await serveStatic();
    fixture.browser = await launchBrowser();
  });
  afterAll(async () => {
    await fixture.browser?.close();
    await fixture.server?.close();
  });
  return fixture;
}
