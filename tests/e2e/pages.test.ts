/**
 * Every page type in real Chromium: loads with no console error, no failed request and no request
 * to another origin, and has no WCAG 2.2 AA violation (axe-core) in the light and the dark scheme.
 */
import { describe, expect, test } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { hasChromium, inCI, watchPage } from '../helpers/browser.ts';
import { useBrowserOnSite } from '../helpers/browser-on-site.ts';
import { pageTypes } from '../helpers/page-types.ts';
import { builtSite } from '../helpers/dist-files.ts';

/** axe rule tags for WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

describe.skipIf(!hasChromium && !inCI)('every page type in Chromium', () => {
  const site = useBrowserOnSite();

  for (const type of builtSite() ? pageTypes() : []) {
    test(`${type.name} (${type.path}): clean load, no axe violation in light and dark`, async () => {
      const context = await site.browser.newContext();
      const page = await context.newPage();
      try {
        const problems = watchPage(page, site.url);
        const response = await page.goto(`${site.url}${type.path}`, { waitUntil: 'networkidle' });
        expect(response?.status(), 'HTTP status').toBe(200);
        const violations: string[] = [];
        const backgrounds = new Set<string>();
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          backgrounds.add(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor));
          const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
          for (const violation of results.violations) {
            for (const node of violation.nodes) violations.push(`${colorScheme}: ${violation.id}: ${node.target.join(' ')}: ${node.failureSummary?.split('\n').slice(1).join(' ').trim()}`);
          }
        }
        expect(backgrounds.size, 'the dark scheme changes the page colours').toBe(2);
        expect(problems, 'console errors, failed and foreign requests').toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
        expect(violations, 'axe WCAG 2.2 AA violations').toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});

describe.skipIf(!hasChromium && !inCI)('data files opened in the browser', () => {
  const site = useBrowserOnSite();

  // A browser shows JSON itself and then asks for /favicon.ico, as it does for any document without an icon link.
  for (const path of ['/graph.json', '/bibliography.json']) {
    test(`${path}: loads with no failed request`, async () => {
      const context = await site.browser.newContext();
      const page = await context.newPage();
      try {
        const problems = watchPage(page, site.url);
        const response = await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
        expect(response?.status(), 'HTTP status').toBe(200);
        expect(problems, 'console errors, failed and foreign requests').toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
      } finally {
        await context.close();
      }
    });
  }
});
