/**
 * Every page type in real Chromium: loads with no console error, no failed request and no request
 * to another origin, and has no WCAG 2.2 AA violation (axe-core) in the light and the dark scheme,
 * nor two landmarks of one role with the same name.
 */
import { describe, expect, test } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { hasChromium, inCI, watchPage } from '../helpers/browser.ts';
import { useBrowserOnSite } from '../helpers/browser-on-site.ts';
import { pageTypes } from '../helpers/page-types.ts';
import { builtSite, htmlPages } from '../helpers/dist-files.ts';

/** axe rule tags for WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Best-practice rules checked as well: landmarks of one role need different names (two search forms, a table's box named like its section). */
const EXTRA_RULES = { 'landmark-unique': { enabled: true } };

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
        // Folded content (a claim's evidence on /zh/, citation formats, filters) is checked too: axe skips what a closed <details> hides.
        const folded = await page.$$eval('details:not([open])', (all) => all.map((details) => details.setAttribute('open', '')).length);
        const violations: string[] = [];
        const backgrounds = new Set<string>();
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          backgrounds.add(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor));
          const results = await new AxeBuilder({ page }).options({ rules: EXTRA_RULES }).withTags(WCAG_TAGS).analyze();
          // axe cannot tell the colour behind text on a gradient, and a scrolling table's box draws its
          // edge shadows as gradients over the page's own colour: its cells' contrast is checked again
          // against that colour, with the shadows taken away.
          const cells = [];
          if ((await page.locator('.table-scroll').count()) > 0) {
            const plain = await page.addStyleTag({ content: '.table-scroll { background: none !important; }' });
            cells.push(...(await new AxeBuilder({ page }).include('.table-scroll').withRules(['color-contrast']).analyze()).violations);
            await plain.evaluate((style) => (style as Element).remove());
          }
          for (const violation of [...results.violations, ...cells]) {
            for (const node of violation.nodes) violations.push(`${colorScheme}: ${violation.id}: ${node.target.join(' ')}: ${node.failureSummary?.split('\n').slice(1).join(' ').trim()}`);
          }
        }
        expect(backgrounds.size, 'the dark scheme changes the page colours').toBe(2);
        if (type.path === '/zh/') expect(folded, 'the folded evidence of /zh/ was opened for axe').toBeGreaterThan(10);
        expect(problems, 'console errors, failed and foreign requests').toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
        expect(violations, 'axe WCAG 2.2 AA violations').toEqual([]);
      } finally {
        await context.close();
      }
      // axe checks /graph/'s 1,400 listed connections twice (light, dark) and their cells' contrast again: about 100 s on this machine.
    }, 300_000);
  }
});

/** A small phone's screen width, in CSS pixels. */
const PHONE_WIDTH = 390;

describe.skipIf(!hasChromium && !inCI)('every page on a phone', () => {
  const site = useBrowserOnSite();

  test(`every page fits ${PHONE_WIDTH} px across: wide tables and code scroll in their own boxes, never the page`, async () => {
    const context = await site.browser.newContext({ viewport: { width: PHONE_WIDTH, height: 844 }, javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      const wide: string[] = [];
      const pages = builtSite() ? htmlPages().map((p) => p.path) : [];
      expect(pages.length).toBeGreaterThan(100);
      for (const path of pages) {
        await page.goto(`${site.url}${path}`);
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        if (scrollWidth > PHONE_WIDTH) wide.push(`${path}: ${scrollWidth} px wide`);
      }
      expect(wide).toEqual([]);
    } finally {
      await context.close();
    }
  }, 300_000);
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

describe.skipIf(!hasChromium && !inCI)('the theme switch', () => {
  const site = useBrowserOnSite();

  test('is named after the theme the system does not prefer, and ticking it shows that theme, without JavaScript', async () => {
    for (const [system, other] of [['light', 'Dark theme'], ['dark', 'Light theme']] as const) {
      const context = await site.browser.newContext({ colorScheme: system, javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        await page.goto(`${site.url}/claims/`);
        const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
        const before = await background();
        const toggle = page.getByRole('checkbox', { name: other, exact: true });
        await expect(toggle.count(), `${system} system`).resolves.toBe(1);
        await toggle.check();
        const after = await background();
        expect(after, `${system} system`).not.toBe(before);
        const luminance = (rgb: string) => rgb.match(/\d+/g)!.slice(0, 3).map(Number).reduce((sum, channel) => sum + channel, 0);
        expect(luminance(after) < luminance(before), `${system} system: ${other} is darker`).toBe(other === 'Dark theme');
      } finally {
        await context.close();
      }
    }
  });
});
