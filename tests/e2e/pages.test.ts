/**
 * Every page type in real Chromium: loads with no console error, no failed request and no request
 * to another origin, and has no WCAG 2.2 AA violation (axe-core) in the light and the dark scheme,
 * nor two landmarks of one role with the same name; form controls' borders and placeholders stand
 * out from their backgrounds (WCAG 1.4.11 and 1.4.3). Every page fits 320 px across, also with wider
 * text spacing (WCAG 1.4.10 and 1.4.12).
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { hasChromium, inCI, watchPage } from '../helpers/browser.ts';
import { useBrowserOnSite } from '../helpers/browser-on-site.ts';
import { pageTypes } from '../helpers/page-types.ts';
import { builtSite, htmlPages } from '../helpers/dist-files.ts';
import { contrastRatio } from '../../src/lib/contrast.ts';

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

/** The width WCAG's reflow criterion asks a page to fit without scrolling sideways (1.4.10: a 1,280 px window at 400 % zoom), narrower than most phones, in CSS pixels. */
const PHONE_WIDTH = 320;
/** The most spacing a reader's style sheet may add without loss of content (WCAG 1.4.12). */
const WCAG_TEXT_SPACING = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

/** What on the page in `page` is wider than PHONE_WIDTH: the page itself, a stacked table's box, a value in a list of facts. */
async function tooWide(page: Page): Promise<string[]> {
  const problems: string[] = [];
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  if (scrollWidth > PHONE_WIDTH) problems.push(`${scrollWidth} px wide`);
  // A table stacked as cards has nothing to scroll to: a box that still scrolls hides the end of a long word or shows an empty strip.
  const scrolling = await page.$$eval('.table-stack', (boxes) => boxes.filter((box) => box.scrollWidth > box.clientWidth).map((box) => `${box.getAttribute('aria-label')}: ${box.scrollWidth} px inside ${box.clientWidth}`));
  for (const box of scrolling) problems.push(`stacked table ${box}`);
  // A label column as wide as its longest label can squeeze the values beside it to nothing.
  const squeezed = await page.$$eval('.facts dd', (values, width) => values.filter((value) => value.getBoundingClientRect().width < 1 || value.getBoundingClientRect().right > width).map((value) => value.previousElementSibling?.textContent), PHONE_WIDTH);
  for (const label of squeezed) problems.push(`the value of "${label}" is off screen`);
  return problems;
}

/** Pages whose JavaScript draws something into them: checked again with it running. */
const SCRIPTED_PAGES = ['/graph/', '/timeline/', '/search/?q=Baidu', '/people/dario-amodei/'];

describe.skipIf(!hasChromium && !inCI)('every page on a phone', () => {
  const site = useBrowserOnSite();

  test(`every page fits ${PHONE_WIDTH} px across: wide tables and code scroll in their own boxes, never the page, tables stacked as cards do not scroll at all, and every value of a list of facts is on screen, also with WCAG's wider text spacing`, async () => {
    const context = await site.browser.newContext({ viewport: { width: PHONE_WIDTH, height: 844 }, javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      const wide: string[] = [];
      const pages = builtSite() ? htmlPages().map((p) => p.path) : [];
      expect(pages.length).toBeGreaterThan(100);
      for (const path of pages) {
        await page.goto(`${site.url}${path}`);
        wide.push(...(await tooWide(page)).map((problem) => `${path}: ${problem}`));
        await page.evaluate((css) => document.head.append(Object.assign(document.createElement('style'), { textContent: css })), WCAG_TEXT_SPACING);
        wide.push(...(await tooWide(page)).map((problem) => `${path}, with wider text spacing: ${problem}`));
      }
      expect(wide).toEqual([]);
    } finally {
      await context.close();
    }
  }, 300_000);

  test(`the graph, the timeline, search results and a local graph still fit ${PHONE_WIDTH} px once their scripts have drawn`, async () => {
    const context = await site.browser.newContext({ viewport: { width: PHONE_WIDTH, height: 844 } });
    try {
      const page = await context.newPage();
      const wide: string[] = [];
      for (const path of SCRIPTED_PAGES) {
        await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await page.waitForLoadState('networkidle');
        wide.push(...(await tooWide(page)).map((problem) => `${path}: ${problem}`));
      }
      expect(wide).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
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

describe.skipIf(!hasChromium && !inCI)('printing', () => {
  const site = useBrowserOnSite();

  test('prints folded evidence unfolded, and in the light palette with the dark theme on, by system and by switch', async () => {
    const context = await site.browser.newContext({ colorScheme: 'light' });
    try {
      const page = await context.newPage();
      for (const path of ['/zh/', '/people/dario-amodei/']) {
        await page.goto(`${site.url}${path}`);
        for (const [colorScheme, switched] of [['dark', false], ['light', true]] as const) {
          await page.emulateMedia({ media: 'screen', colorScheme });
          await page.locator('#theme-toggle').setChecked(switched);
          await page.emulateMedia({ media: 'print', colorScheme });
          const printed = await page.evaluate(() => {
            const folded = [...document.querySelectorAll('main details:not([open])')];
            const hidden = folded.filter((details) => [...details.children].some((child) => child.tagName !== 'SUMMARY' && !child.checkVisibility()));
            return { folded: folded.length, hidden: hidden.length, soft: getComputedStyle(document.querySelector('main .meta')!).color };
          });
          const state = `${path}, ${colorScheme} system${switched ? ', theme switched' : ''}`;
          expect(printed.folded, `${state}: the page has folded evidence`).toBeGreaterThan(2);
          expect(printed.hidden, `${state}: folds hiding their content on paper`).toBe(0);
          expect(contrastRatio(printed.soft, '#ffffff'), `${state}: secondary text on white paper`).toBeGreaterThanOrEqual(4.5);
        }
        await page.emulateMedia({ media: 'screen' });
      }
    } finally {
      await context.close();
    }
  });
});

/** Pages whose form controls are checked, each with a control its script shows only once it has run. */
const CONTROL_PAGES = [
  { path: '/', shown: '#site-search-q' },
  { path: '/graph/', shown: '#graph-find-input' },
  { path: '/search/', shown: '#search-sort' },
];

/** A visible text box, menu or button: its name, border colours, the colours behind and inside it, and its placeholder's colour. */
interface ControlColours {
  name: string;
  borders: string[];
  behind: string;
  fill: string;
  placeholder?: string;
}

/** In the page: the colours of every visible control but checkboxes and radio buttons, which the browser draws itself. */
function readControlColours(): ControlColours[] {
  const opaque = (colour: string) => colour !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(colour);
  const backgroundBehind = (element: Element | null): string => {
    for (let at = element; at; at = at.parentElement) {
      const colour = getComputedStyle(at).backgroundColor;
      if (opaque(colour)) return colour;
    }
    return 'rgb(255, 255, 255)';
  };
  const controls = document.querySelectorAll<HTMLElement>('input:not([type="checkbox"], [type="radio"], [type="hidden"]), select, textarea, button');
  return [...controls]
    .filter((control) => control.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && control.getBoundingClientRect().width > 0)
    .map((control) => {
      const style = getComputedStyle(control);
      const sides = (['Top', 'Right', 'Bottom', 'Left'] as const).filter((side) => style[`border${side}Style`] !== 'none' && parseFloat(style[`border${side}Width`]) > 0);
      const behind = backgroundBehind(control.parentElement);
      return {
        name: control.id ? `#${control.id}` : `${control.localName} "${control.getAttribute('name') ?? control.textContent?.trim()}"`,
        borders: sides.map((side) => style[`border${side}Color`]),
        behind,
        fill: opaque(style.backgroundColor) ? style.backgroundColor : behind,
        placeholder: control.hasAttribute('placeholder') ? getComputedStyle(control, '::placeholder').color : undefined,
      };
    });
}

describe.skipIf(!hasChromium && !inCI)('form controls', () => {
  const site = useBrowserOnSite();

  for (const { path, shown } of CONTROL_PAGES) {
    test(`${path}: every box, menu and button looks the same, with a border of 3:1 against what lies behind it and a placeholder of 4.5:1, in both themes, by system and by switch`, async () => {
      const context = await site.browser.newContext();
      try {
        const page = await context.newPage();
        await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
        await page.locator(shown).waitFor();
        const faults: string[] = [];
        for (const colorScheme of ['light', 'dark'] as const) {
          for (const switched of [false, true]) {
            await page.emulateMedia({ colorScheme });
            await page.locator('#theme-toggle').setChecked(switched);
            const theme = `${colorScheme} system${switched ? ', theme switched' : ''}`;
            const controls = await page.evaluate(readControlColours);
            expect(controls.map((control) => control.name), theme).toContain(shown);
            // One look: the browser's own boxes and menus were white, or grey in the dark theme, with their own borders.
            const pageBackground = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
            const looks = new Set(controls.map(({ borders, fill }) => `border ${[...new Set(borders)].join(' ')}, fill ${fill}`));
            if (looks.size > 1) faults.push(`${theme}: controls look different: ${[...looks].join('; ')}`);
            for (const { name, fill } of controls) if (fill !== pageBackground) faults.push(`${theme}: ${name} is filled with ${fill}, not the page's ${pageBackground}`);
            for (const { name, borders, behind, fill, placeholder } of controls) {
              if (borders.length === 0) faults.push(`${theme}: ${name} has no border`);
              for (const border of new Set(borders)) {
                const ratio = contrastRatio(border, behind);
                if (ratio < 3) faults.push(`${theme}: ${name} border ${border} on ${behind}: ${ratio.toFixed(2)}:1`);
              }
              if (placeholder === undefined) continue;
              const ratio = contrastRatio(placeholder, fill);
              if (ratio < 4.5) faults.push(`${theme}: ${name} placeholder ${placeholder} on ${fill}: ${ratio.toFixed(2)}:1`);
            }
          }
        }
        expect(faults).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
