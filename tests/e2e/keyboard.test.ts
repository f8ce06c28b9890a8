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

/** Have the page record every element that takes the focus, as `Focused`, for `takeFocusRecord` to collect. */
function recordFocus(page: Page): Promise<void> {
  return page.evaluate(() => {
    const record: unknown[] = [];
    (window as unknown as { focusRecord_: unknown[] }).focusRecord_ = record;
    document.addEventListener('focusin', (event) => {
      const element = event.target as HTMLElement;
      record.push({
        mark: element.getAttribute('data-tab-mark'),
        tag: element.tagName.toLowerCase(),
        inMain: Boolean(element.closest('main')),
        inList: Boolean(element.closest('main ul, main ol, main table, main dl')),
        inFooter: Boolean(element.closest('footer')),
        href: element.getAttribute('href'),
      });
    });
  });
}

/** The elements that took the focus since the last call, in order. */
function takeFocusRecord(page: Page): Promise<Focused[]> {
  return page.evaluate(() => (window as unknown as { focusRecord_: Focused[] }).focusRecord_.splice(0));
}

/** Tab presses between two reads of the focus record: one read per press made this test slow on pages of a thousand links. */
const TABS_PER_READ = 25;

/** Time for one page type: /graph/ lists every connection with its evidence, about 1,400 links to Tab through. */
const PAGE_TIMEOUT_MS = 180_000;

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
        await recordFocus(page);
        // Room for every control in main plus the header and footer, twice over.
        for (let step = 0; step < 2 * total + 40 && !order.some((f) => f.inFooter); step += TABS_PER_READ) {
          for (let press = 0; press < TABS_PER_READ; press++) await page.keyboard.press('Tab');
          order.push(...(await takeFocusRecord(page)));
        }
        for (const now of order) if (now.mark !== null) reached.add(now.mark);
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
    }, PAGE_TIMEOUT_MS);
  }
});
