/**
 * Every page type works from the keyboard: Tab starts at the skip link, reaches every visible
 * control in <main> (so the HTML lists behind the graph and the timeline canvases are reachable),
 * never gets trapped, and Enter on a list link opens that page.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium, inCI } from '../helpers/browser.ts';
import { useBrowserOnSite } from '../helpers/browser-on-site.ts';
import { pageTypes } from '../helpers/page-types.ts';
import { builtSite } from '../helpers/dist-files.ts';

/** What has the focus: a tag, whether it sits in <main>, in a list there, or in the footer. */
interface Focused {
  mark: string | null;
  tag: string;
  inMain: boolean;
  inList: boolean;
  inFooter: boolean;
  href: string | null;
}

/** Pages whose canvas view must have an HTML list behind it. */
const CANVAS_PAGES = ['graph', 'timeline'];

const FOCUSABLE = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/** Mark every visible, enabled focusable element in <main>; returns how many (and how many are links in lists). */
function markMainControls(page: Page): Promise<{ total: number; listLinks: number }> {
  return page.evaluate((selector) => {
    const controls = [...document.querySelectorAll<HTMLElement>(`main ${selector}`)].filter(
      (element) => element.checkVisibility({ visibilityProperty: true }) && !element.closest('[inert], [disabled]')
    );
    controls.forEach((element, index) => element.setAttribute('data-tab-mark', String(index)));
    const internal = (element: HTMLElement) => element.matches('a') && !/^(#|https?:|mailto:)/.test(element.getAttribute('href') ?? '#');
    return { total: controls.length, listLinks: controls.filter((element) => internal(element) && element.closest('ul, ol, table, dl')).length };
  }, FOCUSABLE);
}

/** Describe the focused element. */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return {
      mark: element?.getAttribute('data-tab-mark') ?? null,
      tag: element?.tagName.toLowerCase() ?? 'none',
      inMain: Boolean(element?.closest('main')),
      inList: Boolean(element?.closest('main ul, main ol, main table, main dl')),
      inFooter: Boolean(element?.closest('footer')),
      href: element?.getAttribute('href') ?? null,
    };
  });
}

describe.skipIf(!hasChromium && !inCI)('keyboard use of every page type', () => {
  const site = useBrowserOnSite();

  for (const type of builtSite() ? pageTypes() : []) {
    test(`${type.name} (${type.path}): Tab reaches every control in main, lists included, and Enter opens a list link`, async () => {
      const context = await site.browser.newContext();
      const page = await context.newPage();
      try {
        await page.goto(`${site.url}${type.path}`, { waitUntil: 'networkidle' });
        const { total, listLinks } = await markMainControls(page);
        const reached = new Set<string>();
        const order: Focused[] = [];
        // Room for every control in main plus the header and footer, twice over.
        for (let step = 0; step < 2 * total + 40; step++) {
          await page.keyboard.press('Tab');
          const now = await focused(page);
          order.push(now);
          if (now.mark !== null) reached.add(now.mark);
          if (now.inFooter) break;
        }
        expect(order[0]?.href, 'the first Tab lands on the skip link').toBe('#main');
        expect(total - reached.size, `controls in main not reached by Tab (of ${total})`).toBe(0);
        expect(order.some((f) => f.inFooter), 'Tab leaves main and reaches the footer (no keyboard trap)').toBe(true);
        if (CANVAS_PAGES.includes(type.name)) expect(listLinks, `${type.name} has an HTML list of links beside its canvas`).toBeGreaterThan(0);
        if (listLinks === 0) return;
        const listLink = order.find((f) => f.inList && f.tag === 'a' && f.href && !/^(#|https?:|mailto:)/.test(f.href) && /(\/|\.html)$/.test(f.href.split('#')[0]!));
        if (!listLink) return; // only file downloads (JSON, CSV…) in the lists: nothing to open as a page
        await page.locator(`[data-tab-mark="${listLink.mark}"]`).focus();
        await Promise.all([page.waitForURL((url) => url.pathname !== type.path || url.hash !== ''), page.keyboard.press('Enter')]);
        expect(new URL(page.url()).origin).toBe(site.url);
        expect(await page.locator('h1').count(), `${page.url()} has a heading`).toBeGreaterThan(0);
      } finally {
        await context.close();
      }
    });
  }
});
