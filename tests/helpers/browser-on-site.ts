/** Chromium and the built site, set up around the tests of one e2e file. */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveStatic, type RunningServer } from './static-server.ts';
import { builtSite } from './dist-files.ts';

/** Chromium and the built site served for one test file, as set up by `useBrowserOnSite`. */
export interface BrowserOnSite {
  browser: Browser;
  /** Base URL of the served dist/. */
  url: string;
}

/**
 * Inside a describe: serve dist/ and launch Chromium before its tests, close both after.
 * Returns an object whose fields are filled once the set-up has run.
 */
export function useBrowserOnSite(): BrowserOnSite {
  const site = {} as BrowserOnSite;
  let server: RunningServer | undefined;
  beforeAll(async () => {
    builtSite();
    server = await serveStatic();
    site.url = server.url;
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await server?.close();
  });
  return site;
}
