/**
 * Real Chromium for end-to-end tests: Debian's /usr/bin/chromium driven by playwright-core.
 * Without a browser the e2e suite is skipped with a clear reason, except under CI=true where it fails.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page, type ConsoleMessage, type Request } from 'playwright-core';

/** Where Debian installs Chromium (override with CHROMIUM_PATH). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** True when a Chromium binary is installed. */
export const hasChromium = existsSync(CHROMIUM_PATH);

/** True when running in CI, where a missing browser is a failure. */
export const inCI = process.env.CI === 'true';

/** Flags that keep Chromium quiet and offline in this sandbox. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launch headless Chromium; throws with install instructions when it is missing. */
export async function launchBrowser(): Promise<Browser> {
  if (!hasChromium) throw new Error(`No Chromium at ${CHROMIUM_PATH}: run "apt-get install -y chromium" (or set CHROMIUM_PATH).`);
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/** Everything a page did wrong while loading: console errors, failed requests, other origins. */
export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

/** Record a page's console errors, failed requests and requests to other origins than `origin`. */
export function watchPage(page: Page, origin: string): PageProblems {
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') problems.consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request: Request) => problems.failedRequests.push(`${request.url()}: ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
  });
  page.on('request', (request: Request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:') && !url.startsWith('about:')) problems.foreignRequests.push(url);
  });
  return problems;
}
