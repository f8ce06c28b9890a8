/** /timeline/ in real Chromium: the drawn timeline, its controls and address, and the chronology with and without JavaScript. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { hasChromium, inCI, launchBrowser, watchPage, type PageProblems } from '../helpers/browser.ts';
import { DIST, serveStatic, type RunningServer } from '../helpers/static-server.ts';
import { fingersMove, swipeUp } from '../helpers/touch.ts';
import type { TimelineData } from '../../src/lib/timeline.ts';
import { defaultView, drawnItems, fullWindow, PRESETS, stepThroughItems } from '../../src/lib/timeline-view.ts';
import { VERDICT_STYLES } from '../../src/lib/visual.ts';
import { en } from '../../src/i18n/en.ts';
import { notVerifiedLabel } from '../../src/lib/check-labels.ts';

describe.skipIf(!hasChromium && !inCI)('/timeline/ in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let problems: PageProblems;
  const data = JSON.parse(readFileSync(join(DIST, 'timeline.json'), 'utf8')) as TimelineData;

  /** Open /timeline/ (with `query`) and wait until vis-timeline has drawn its items. */
  async function openTimeline(query = ''): Promise<void> {
    await page.goto(`${server.url}/timeline/${query}`);
    await page.locator('#tl-canvas .vis-item-content').first().waitFor();
  }

  /** Open /timeline/ on a phone (a touch screen if `touch`) in a browser context of its own, run `use` on it, and close it. */
  async function onPhone(use: (phone: Page, phoneProblems: PageProblems) => Promise<void>, touch = false): Promise<void> {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, ...(touch ? { hasTouch: true, isMobile: true } : {}) });
    try {
      const phone = await context.newPage();
      const phoneProblems = watchPage(phone, server.url);
      await phone.goto(`${server.url}/timeline/`);
      await phone.locator('#tl-canvas .vis-item-content').first().waitFor();
      await use(phone, phoneProblems);
    } finally {
      await context.close();
    }
  }

  beforeAll(async () => {
    server = await serveStatic();
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    problems = watchPage(page, server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('draws every item of a row, with no console errors or foreign requests', async () => {
    await openTimeline();
    expect(await page.locator('#tl-canvas .vis-label').count()).toBe(data.groups.length);
    expect(await page.locator('#tl-canvas .vis-item-content').count()).toBeGreaterThan(10);
    expect(await page.locator('#tl-help').innerText(), 'a mouse is told the mouse wheel, not pinching').toMatch(/Ctrl \+ mouse wheel/);
    const axisLabels = () =>
      page.evaluate(() => {
        const left = document.querySelector('#tl-canvas .vis-panel.vis-center')!.getBoundingClientRect().left;
        const shown = [...document.querySelectorAll('#tl-canvas .vis-time-axis .vis-text')].filter((label) => getComputedStyle(label).visibility !== 'hidden' && /\d/.test(label.textContent ?? ''));
        return { shown: shown.length, cut: shown.filter((label) => label.getBoundingClientRect().left < left - 0.5).map((label) => label.textContent) };
      });
    expect(await axisLabels(), 'no year label shows cut in half at the left edge').toEqual({ shown: expect.any(Number), cut: [] });
    expect((await axisLabels()).shown).toBeGreaterThan(4);
    await openTimeline('?groups=events');
    const events = data.items.filter((item) => item.group === 'events');
    expect(events.length).toBeGreaterThan(5);
    expect(await page.locator('#tl-canvas .vis-item-content').count()).toBe(events.length);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
  });

  test('draws an approximate date as a hatched range over its whole period, with its EDTF in the tooltip', async () => {
    const approximate = data.items.find((item) => item.className.split(' ').includes('tl-approximate') && item.kind !== 'affiliation' && !item.bundle && /^\d{4}-\d{2}~$/.test(item.edtf))!;
    expect(approximate.type).toBe('range');
    const start = Date.parse(approximate.start);
    const end = Date.parse(approximate.end!);
    const period = end - start;
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const from = Date.parse(`${day(start - period)}T00:00:00Z`);
    const to = Date.parse(`${day(end + period)}T00:00:00Z`);
    await openTimeline(`?from=${day(from)}&to=${day(to)}&groups=${approximate.group}`);
    const box = page.locator('#tl-canvas .vis-item.vis-range.tl-approximate', { hasText: approximate.text.slice(0, 18) }).first();
    await box.waitFor();
    const style = await box.evaluate((element) => ({ border: getComputedStyle(element).borderTopStyle, image: getComputedStyle(element).backgroundImage }));
    expect(style.border).toBe('dashed');
    expect(style.image).toContain('repeating-linear-gradient');
    const canvas = (await page.locator('#tl-canvas .vis-center').boundingBox())!;
    const range = (await box.boundingBox())!;
    expect(range.width / canvas.width).toBeCloseTo(period / (to - from), 1);
    await box.hover();
    await expect.poll(() => page.locator('.vis-tooltip').textContent()).toContain(`EDTF: ${approximate.edtf}`);
  });

  test('a fact known only to the year shows its whole label past its short box, with no other fact drawn over it', async () => {
    const fact = data.items.find((item) => item.group === 'works' && item.className.split(' ').includes('tl-imprecise') && item.text.length > 30 && item.start.slice(0, 10) >= PRESETS.lineage.start)!;
    await openTimeline(`?from=${PRESETS.lineage.start}&to=${PRESETS.lineage.end}&groups=works`);
    const drawn = page.locator('#tl-canvas .vis-item.vis-range', { hasText: fact.text.slice(0, 18) }).first();
    const seen = await drawn.evaluate((element) => {
      const label = element.querySelector('.vis-item-content')!.getBoundingClientRect();
      const box = element.getBoundingClientRect();
      const others = [...document.querySelectorAll('#tl-canvas .vis-item')].filter((other) => other !== element).map((other) => other.getBoundingClientRect());
      const over = others.filter((other) => other.left < label.right && other.right > label.left && other.top < label.bottom && other.bottom > label.top);
      return { runsPast: label.right > box.right + 20, shown: getComputedStyle(element.querySelector('.vis-item-overflow')!).overflow, over: over.length };
    });
    expect(seen).toEqual({ runsPast: true, shown: 'visible', over: 0 });
  });

  /** A query showing only `item`'s row, over a window from two months before it to two months after it. */
  const around = (item: TimelineData['items'][number]) => {
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const margin = 60 * 86_400_000;
    return `?from=${day(Date.parse(item.start) - margin)}&to=${day(Date.parse(item.end ?? item.start) + margin)}&groups=${item.group}`;
  };

  test('a claim shows its verdict on its label and in its tooltip, as the claim pages word it', async () => {
    const claim = data.items.find((item) => item.verdict && !item.bundle)!;
    await openTimeline(around(claim));
    const box = page.locator('#tl-canvas .vis-item', { hasText: claim.text.slice(0, 18) }).first();
    const word = `${VERDICT_STYLES[claim.verdict!].symbol} ${en[`verdict.${claim.verdict!}`]}`;
    expect(await box.locator('.vis-item-content').textContent()).toContain(`· ${word}`);
    await box.hover();
    await expect.poll(() => page.locator('.vis-tooltip').textContent()).toContain(`Verdict: ${word}`);
  });

  test('a fact of an entry not fully verified is marked † in italics, apart from how its date is drawn, and the legend says so', async () => {
    const exact = data.items.find((item) => item.verification && item.type === 'point' && !item.uncertain);
    const fact = exact ?? data.items.find((item) => item.verification && !item.uncertain)!;
    await openTimeline(around(fact));
    const box = page.locator('#tl-canvas .vis-item.tl-not-verified', { hasText: fact.text.slice(0, 18) }).first();
    expect((await box.locator('.vis-item-content').textContent())!.trim()).toMatch(/ †$/);
    const style = await box.evaluate((element) => ({ font: getComputedStyle(element.querySelector('.vis-item-content')!).fontStyle, border: getComputedStyle(element).borderTopStyle, image: getComputedStyle(element).backgroundImage }));
    expect(style.font).toBe('italic');
    expect(style.border, 'a dashed edge is for an uncertain date').not.toBe('dashed');
    expect(style.image, 'hatching is for an uncertain date').not.toContain('repeating-linear-gradient');
    await box.hover();
    await expect.poll(() => page.locator('.vis-tooltip').textContent()).toMatch(/† Not fully verified: /);
    const legend = page.locator('.tl-legend [data-legend="not-verified"]');
    expect(await legend.textContent()).toMatch(/^† .*not fully verified/);
  });

  test('keeps the window and rows in the address, and the lineage preset shows works and events 1993–2024', async () => {
    await openTimeline('?groups=works,claims');
    expect(await page.locator('#tl-canvas .vis-label').count()).toBe(2);
    expect(await page.locator('input[name="groups"][value="people"]').isChecked()).toBe(false);
    await page.locator('input[name="groups"][value="people"]').check();
    await expect.poll(() => new URL(page.url()).searchParams.get('groups')).toBe('people,works,claims');
    expect(await page.locator('#tl-canvas .vis-label').count()).toBe(3);
    await page.getByRole('button', { name: 'Scaling-law lineage 1993–2024' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('?from=1993-01-01&to=2024-12-31&groups=works,events');
    expect(await page.locator('#tl-canvas .vis-label').allTextContents()).toEqual(data.groups.filter((group) => group.id === 'works' || group.id === 'events').map((group) => group.content));
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).not.toBe('1993-01-01');
    const zoomed = new URL(page.url()).searchParams;
    await page.getByRole('button', { name: 'Earlier' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('to')! < zoomed.get('to')!).toBe(true);
    await page.getByRole('button', { name: 'Show everything' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    expect(await page.locator('#tl-canvas .vis-label').count()).toBe(data.groups.length);
    await page.getByRole('button', { name: 'Scaling-law lineage 1993–2024' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('?from=1993-01-01&to=2024-12-31&groups=works,events');
    await page.reload();
    await page.locator('#tl-canvas .vis-item-content').first().waitFor();
    expect(await page.locator('#tl-canvas .vis-label').count()).toBe(2);
  });

  test('on a phone a vertical swipe over the drawing scrolls its rows while they can go that way, and then the page', async () => {
    await onPhone(async (phone) => {
      const help = phone.locator('#tl-help');
      await expect.poll(() => help.innerText()).toMatch(/pinch/);
      expect(await help.innerText(), 'a touch screen is told its own gestures, not the mouse wheel').not.toMatch(/mouse wheel/);
      // Each row name stays inside the row-name column: its longest word ("organisations") included.
      const overflowing = await phone.locator('#tl-canvas .vis-labelset .vis-label .vis-inner').evaluateAll((names) => names.filter((name) => name.scrollWidth > name.clientWidth + 1).map((name) => name.textContent));
      expect(overflowing).toEqual([]);
      await phone.evaluate(() => window.scrollTo(0, 300));
      const canvas = (await phone.locator('#tl-canvas').boundingBox())!;
      expect(canvas.y).toBeLessThan(600);
      const rows = phone.locator('#tl-canvas .vis-panel.vis-left');
      const scrolled = () => Promise.all([phone.evaluate(() => window.scrollY), rows.evaluate((panel) => panel.scrollTop)]);
      const rowsEnd = await rows.evaluate((panel) => panel.scrollHeight - panel.clientHeight);
      expect(rowsEnd, 'the rows are taller than the drawing on a phone').toBeGreaterThan(400);
      const finger = { x: 250, y: canvas.y + 300 };
      await swipeUp(phone, finger, 200);
      await expect.poll(scrolled, { message: 'up: the rows follow the finger, the page stays' }).toEqual([300, 200]);
      await fingersMove(phone, [finger], [{ x: finger.x, y: finger.y + 120 }]);
      await expect.poll(scrolled, { message: 'down: the rows follow the finger back' }).toEqual([300, 80]);
      await swipeUp(phone, { x: 60, y: finger.y }, 100);
      await expect.poll(scrolled, { message: 'over the row names too' }).toEqual([300, 180]);
      await rows.evaluate((panel) => (panel.scrollTop = panel.scrollHeight));
      await swipeUp(phone, finger, 200);
      await expect.poll(() => phone.evaluate(() => window.scrollY), { message: 'past the rows’ end the page scrolls' }).toBeGreaterThan(400);
      expect(await rows.evaluate((panel) => panel.scrollTop)).toBe(rowsEnd);
    }, true);
  });

  test('on a phone each span in view shows its label past its bar (the bars are mostly shorter than their labels there), and no two labels overlap', async () => {
    await onPhone(async (phone) => {
      await phone.locator('#tl-canvas .vis-item.tl-span .vis-item-content').first().waitFor();
      const spans = await phone.evaluate(() => {
        const drawing = document.querySelector('#tl-canvas .vis-panel.vis-center')!.getBoundingClientRect();
        const inView = [...document.querySelectorAll('#tl-canvas .vis-item.tl-span')].filter((span) => {
          const box = span.getBoundingClientRect();
          return box.right > drawing.left && box.left < drawing.right;
        });
        const labels = inView.map((span) => span.querySelector('.vis-item-content')!.getBoundingClientRect());
        const overlaps = labels.flatMap((a, i) => labels.slice(i + 1).filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)).length;
        const cut = inView.filter((span) => getComputedStyle(span.querySelector('.vis-item-overflow')!).overflow !== 'visible' && span.querySelector('.vis-item-content')!.getBoundingClientRect().width > span.getBoundingClientRect().width);
        const shorter = inView.filter((span) => span.querySelector('.vis-item-content')!.getBoundingClientRect().width > span.getBoundingClientRect().width);
        return { inView: inView.length, shorterThanLabel: shorter.length, cut: cut.length, overlaps };
      });
      expect(spans.inView).toBeGreaterThan(10);
      expect(spans.shorterThanLabel, 'most bars are shorter than their labels on a phone').toBeGreaterThan(spans.inView / 2);
      expect({ cut: spans.cut, overlaps: spans.overlaps }).toEqual({ cut: 0, overlaps: 0 });
    });
  });

  test('on a phone the options are folded and the drawing opens on the busiest years; Show everything widens it', async () => {
    await onPhone(async (phone, phoneProblems) => {
      expect(await phone.locator('details.tl-options').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
      const fold = (await phone.locator('details.tl-options > summary').textContent())!.trim();
      expect(await phone.locator('#tl-help .tl-help-touch').textContent(), 'the touch help says where the folded zoom buttons are').toContain(`“${fold}”`);
      expect((await phone.locator('#tl-canvas').boundingBox())!.y).toBeLessThan(844);
      const opened = defaultView(data, await phone.locator('#tl-canvas').evaluate((element) => element.clientWidth));
      const full = fullWindow(data);
      expect(opened.start > full.start).toBe(true);
      const axisYears = async () => (await phone.locator('#tl-canvas .vis-time-axis .vis-text.vis-minor').allTextContents()).map(Number).filter((year) => year > 1000);
      const years = await axisYears();
      expect(years.length).toBeGreaterThan(1);
      // The axis also labels the year it begins in (hidden there, as it would show cut in half).
      expect(Math.min(...years)).toBeGreaterThanOrEqual(Number(opened.start.slice(0, 4)) - 1);
      expect(Math.max(...years)).toBeLessThanOrEqual(Number(opened.end.slice(0, 4)));
      expect(Math.min(...years)).toBeGreaterThan(Number(full.start.slice(0, 4)) + 5);
      await phone.locator('details.tl-options > summary').click();
      const rowLabels = await phone.locator('.tl-controls label').evaluateAll((labels) => labels.map((label) => label.getBoundingClientRect().height));
      expect(Math.min(...rowLabels), 'each row checkbox is a tap target of at least 24 px').toBeGreaterThanOrEqual(24);
      await phone.getByRole('button', { name: 'Show everything' }).click();
      await expect.poll(() => phone.url()).toContain(`?from=${full.start}&to=${full.end}`);
      expect(phoneProblems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    });
  });

  test('zooms from decades down to days', async () => {
    await openTimeline();
    const decades = await page.locator('#tl-canvas .vis-time-axis .vis-text.vis-minor').allTextContents();
    expect(decades.map((text) => text.trim())).toEqual(expect.arrayContaining(['2000', '2010', '2020']));
    const day = data.items.find((item) => item.type === 'point')!;
    await openTimeline(`?from=${day.start.slice(0, 10)}&to=${new Date(Date.parse(day.start) + 7 * 86_400_000).toISOString().slice(0, 10)}`);
    const labels = await page.locator('#tl-canvas .vis-time-axis .vis-text.vis-minor').allTextContents();
    // Days are numbered, with the weekday where there is room ("Thu 23").
    expect(labels.filter((text) => /^(\p{L}{2,3} )?\d{1,2}$/u.test(text.trim())).length).toBeGreaterThanOrEqual(5);
  });

  test('clicking an item opens its entry', async () => {
    const target = data.items.find((item) => item.type === 'point' && item.group === 'works')!;
    await openTimeline(`?from=${target.start.slice(0, 10)}&to=${new Date(Date.parse(target.start) + 30 * 86_400_000).toISOString().slice(0, 10)}&groups=works`);
    await page.locator('#tl-canvas .vis-item-content', { hasText: target.text.slice(0, 18) }).first().click();
    await page.waitForURL(`${server.url}${target.url}`);
    expect(new URL(page.url()).pathname).toBe(target.url);
  });

  /** Whether the selected item of the drawn timeline lies inside its visible area. */
  const selectedInView = () =>
    page.evaluate(() => {
      const element = document.querySelector('#tl-canvas .vis-item.vis-selected:not(.vis-dot)');
      const bar = element?.getBoundingClientRect();
      // A label may run past its bar (a short period's, a selected span's): the fact is the two together.
      const label = element?.querySelector('.vis-item-content')?.getBoundingClientRect() ?? bar;
      const selected = bar && label && { left: Math.min(bar.left, label.left), right: Math.max(bar.right, label.right), top: Math.min(bar.top, label.top), bottom: Math.max(bar.bottom, label.bottom), width: Math.max(bar.right, label.right) - Math.min(bar.left, label.left) };
      const view = document.querySelector('#tl-canvas .vis-panel.vis-center')!.getBoundingClientRect();
      // Whole, label included, unless the fact spans more than the window.
      const across = selected && (selected.width > view.width || (selected.left >= view.left - 1 && selected.right <= view.right + 1));
      return Boolean(selected) && Boolean(across) && selected!.top >= view.top && selected!.bottom <= view.bottom;
    });

  test('with the keyboard it is one tab stop: arrows, Home and End move from fact to fact, into view, and Enter opens one', async () => {
    await openTimeline('?groups=people,works,events');
    const shown = ['people', 'works', 'events'] as const;
    const items = data.items.filter((item) => (shown as readonly string[]).includes(item.group));
    const path: string[] = [];
    for (const move of ['first', 'next', 'next', 'previous', 'last'] as const) path.push(stepThroughItems(items, shown, path.at(-1), move)!);
    const byId = (id: string) => items.find((item) => item.id === id)!;
    await page.getByRole('button', { name: 'Later' }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tl-canvas');
    for (const [key, id] of [['Home', path[0]], ['ArrowRight', path[1]], ['ArrowRight', path[2]], ['ArrowLeft', path[3]], ['End', path[4]]] as const) {
      await page.keyboard.press(key);
      const item = byId(id!);
      await expect.poll(() => page.locator('#tl-canvas .vis-item.vis-selected .vis-item-content').textContent()).toContain(item.text.slice(0, 18));
      expect(await page.locator('#tl-selected').textContent()).toContain(item.text);
      await expect.poll(() => selectedInView(), { message: `${key}: the selected fact, label included, is scrolled into view` }).toBe(true);
    }
    expect(new Set(path).size).toBe(4);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.url}${byId(path[4]!).url}`);
  });

  test('the keyboard moves the window only as far as the selected fact needs: one in view leaves it put, the latest is brought in at the edge, its label whole', async () => {
    await openTimeline();
    await page.locator('#tl-canvas').focus();
    await page.keyboard.press('Home');
    await expect.poll(() => selectedInView()).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => selectedInView()).toBe(true);
    expect(new URL(page.url()).search, 'the earliest facts are in the opening window, which stays put').toBe('');
    await page.keyboard.press('End');
    await expect.poll(() => selectedInView(), { message: 'End: the latest fact, label included, is in view' }).toBe(true);
    const room = await page.evaluate(() => {
      const label = document.querySelector('#tl-canvas .vis-item.vis-selected:not(.vis-dot)')!.getBoundingClientRect();
      const view = document.querySelector('#tl-canvas .vis-panel.vis-center')!.getBoundingClientRect();
      return (view.right - label.right) / view.width;
    });
    // Centred, the latest fact would leave most of the drawing's right half empty.
    expect(room, 'the window moved just far enough to show the latest fact’s label').toBeLessThan(0.05);
  });

  test('on a narrow screen the keyboard brings each fact into view, its row scrolled up once moving the window makes the rows taller than the drawing', async () => {
    await page.setViewportSize({ width: 390, height: 900 });
    try {
      // Three loads: a step that measured the drawing before vis-timeline redrew it failed one load in four.
      for (const load of [1, 2, 3]) {
        await openTimeline();
        await page.locator('#tl-canvas').focus();
        for (const key of ['Home', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'End']) {
          await page.keyboard.press(key);
          await expect.poll(() => selectedInView(), { message: `load ${load}, ${key}: the selected fact, label included, is in view`, timeout: 5_000 }).toBe(true);
        }
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  test('on a phone → walks through every fact of the rows shown in time order, each brought into view, label included', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await openTimeline('?groups=people,works,events');
      const shown = ['people', 'works', 'events'] as const;
      const items = data.items.filter((item) => (shown as readonly string[]).includes(item.group));
      await page.locator('#tl-canvas').focus();
      await page.keyboard.press('Home');
      const walked = new Set<string>();
      for (let id = stepThroughItems(items, shown, undefined, 'first'); id && !walked.has(id); id = stepThroughItems(items, shown, id, 'next')) {
        walked.add(id);
        const item = items.find((each) => each.id === id)!;
        await expect.poll(() => page.locator('#tl-selected').textContent()).toContain(item.text);
        await expect.poll(() => selectedInView(), { message: `${item.text}: in view, label included`, timeout: 5_000 }).toBe(true);
        await page.keyboard.press('ArrowRight');
      }
      expect(walked.size, 'every fact of the rows shown was walked through').toBe(items.length);
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  test('a selected span whose end is unknown is outlined, not faded, and shows its whole label', async () => {
    await openTimeline('?groups=people');
    const people = data.items.filter((item) => item.group === 'people');
    const order: string[] = [];
    for (let id = stepThroughItems(people, ['people'], undefined, 'first'); id && !order.includes(id); id = stepThroughItems(people, ['people'], id, 'next')) order.push(id);
    const target = order.findIndex((id) => people.find((item) => item.id === id)!.className.includes('tl-end-unknown'));
    expect(target, 'the people row has a span whose end is unknown').toBeGreaterThanOrEqual(0);
    await page.locator('#tl-canvas').focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < target; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('#tl-canvas .vis-item.vis-selected.tl-end-unknown').count()).toBe(1);
    const selected = page.locator('#tl-canvas .vis-item.vis-selected.tl-end-unknown');
    expect(await selected.evaluate((element) => getComputedStyle(element).maskImage), 'the fade would hide the outline').toBe('none');
    expect(await selected.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
    const label = await selected.evaluate((element) => {
      const content = element.querySelector('.vis-item-content') as HTMLElement;
      return { drawn: content.getBoundingClientRect().width, whole: content.scrollWidth };
    });
    expect(label.drawn, 'the label is drawn whole, past the bar’s end').toBeGreaterThanOrEqual(label.whole - 1);
    await expect.poll(() => selectedInView(), { message: 'the label, whole, is in view' }).toBe(true);
  });

  test('the keyboard’s status line says what the drawn label shows, in words: kind, title, date, a claim’s verdict, and “not fully verified” for a † fact', async () => {
    const kinds = { claims: 'claim', works: 'work' } as const;
    /** The line, built here from the item's fields and the interface's words. */
    const expected = (item: TimelineData['items'][number], group: keyof typeof kinds) =>
      [
        `Selected: ${en[`kind.${kinds[group]}`]}: ${item.text} (${item.date}).`,
        item.verdict && `Verdict: ${en[`verdict.${item.verdict}`]}.`,
        item.verification && `${notVerifiedLabel(item.verification).text}.`,
        'Enter opens its page.',
      ].filter(Boolean).join(' ');
    const heard: TimelineData['items'] = [];
    // The first claim drawn is the article's bundle, which a test below hears.
    for (const [group, key] of [['claims', 'End'], ['works', 'Home'], ['works', 'End']] as const) {
      await openTimeline(`?groups=${group}`);
      await page.locator('#tl-canvas').focus();
      await page.keyboard.press(key);
      const item = data.items.find((candidate) => candidate.id === stepThroughItems(drawnItems(data), [group], undefined, key === 'Home' ? 'first' : 'last'))!;
      await expect.poll(() => page.locator('#tl-selected').textContent()).toBe(expected(item, group));
      expect(await page.locator('#tl-selected a').textContent(), 'the full title links to its page').toBe(item.text);
      heard.push(item);
    }
    expect(heard.some((item) => item.verdict), 'a claim was heard').toBe(true);
    expect(heard.some((item) => item.verification), 'a fact of an entry not fully verified was heard').toBe(true);
  });

  test('claims of one work and date are drawn as one item: its label counts them and their verdicts, the keyboard names it, and it opens the work’s list of them', async () => {
    const [bundle] = data.bundles;
    expect(bundle, 'the article’s claims share its date').toBeDefined();
    const members = data.items.filter((item) => item.bundle === bundle!.id);
    await openTimeline('?groups=claims');
    const claimsDrawn = data.items.filter((item) => item.group === 'claims' && !item.bundle).length + data.bundles.length;
    expect(await page.locator('#tl-canvas .vis-item.tl-claims .vis-item-content').count()).toBe(claimsDrawn);
    const row = (await page.locator('#tl-canvas .vis-label.tl-group-claims').boundingBox())!;
    const line = (await page.locator('#tl-canvas .vis-item.tl-bundle').boundingBox())!.height;
    expect(row.height, 'the bundled claims no longer stack one per line').toBeLessThan(members.length * line);
    const verdicts = (Object.keys(VERDICT_STYLES) as (keyof typeof VERDICT_STYLES)[]).map((verdict) => [verdict, members.filter((member) => member.verdict === verdict).length] as const).filter(([, count]) => count > 0);
    const drawn = await page.locator('#tl-canvas .vis-item.tl-bundle .vis-item-content').textContent();
    expect(drawn).toContain(`⬢ ${members.length} claims in “`);
    expect(drawn).toContain(`· ${verdicts.map(([verdict, count]) => `${VERDICT_STYLES[verdict].symbol} ${count}`).join(' ')}`);
    await page.locator('#tl-canvas').focus();
    await page.keyboard.press('Home');
    const spoken = verdicts.map(([verdict, count]) => `${en[`verdict.${verdict}`]} ${count}`).join(', ');
    await expect.poll(() => page.locator('#tl-selected').textContent()).toBe(`Selected: Claims: ${bundle!.text} (${members[0]!.date}). Verdicts: ${spoken}. Enter opens its page.`);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.url}${bundle!.url}`);
    const listed = await page.locator(`section[aria-labelledby="${new URL(page.url()).hash.slice(1)}"] li`).count();
    expect(listed, 'the work page lists every claim of the bundle').toBeGreaterThanOrEqual(members.length);
  });

  test('Tab leaves the drawn timeline after one stop: the row names are no tab stop of their own', async () => {
    await openTimeline();
    expect(await page.locator('#tl-canvas [tabindex]:not([tabindex^="-"])').count(), 'nothing inside the drawing is in the tab order').toBe(0);
    await page.locator('#tl-canvas').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('#tl-canvas')))).toBe(false);
    // Not a scroll box of its own (which the browser would make a tab stop), the wheel over it still scrolls the rows.
    const rowNames = page.locator('#tl-canvas .vis-panel.vis-left');
    expect(await rowNames.evaluate((element) => element.scrollHeight > element.clientHeight), 'more rows than fit: there is something to scroll').toBe(true);
    const box = (await rowNames.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 200);
    await expect.poll(() => rowNames.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
    const firstRow = page.locator('#tl-canvas .vis-foreground .vis-group').first();
    await expect.poll(async () => (await firstRow.boundingBox())!.y, { message: 'the rows scroll with their names' }).toBeLessThan(box.y);
  });

  test('the view buttons glide to the new window, or jump to it when the system asks for reduced motion', async () => {
    for (const reducedMotion of ['no-preference', 'reduce'] as const) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion });
      try {
        const tab = await context.newPage();
        await tab.goto(`${server.url}/timeline/`);
        await tab.locator('#tl-canvas .vis-item-content').first().waitFor();
        // Zoom in, then note where the first drawn items stand across the canvas on every frame for 0.8 s (the glide takes 0.5 s).
        const frames = await tab.evaluate(async () => {
          const itemsAt = () => [...document.querySelectorAll('#tl-canvas .vis-item')].slice(0, 5).map((item) => Math.round(item.getBoundingClientRect().left)).join();
          const before = itemsAt();
          document.querySelector<HTMLButtonElement>('#tl-controls [data-action="zoom-in"]')!.click();
          const seen: string[] = [];
          const start = performance.now();
          while (performance.now() - start < 800) {
            await new Promise((done) => requestAnimationFrame(done));
            seen.push(itemsAt());
          }
          return { before, seen };
        });
        const moved = [...new Set(frames.seen)].filter((state) => state !== frames.before);
        expect(moved.length, `${reducedMotion}: the items moved`).toBeGreaterThan(0);
        if (reducedMotion === 'reduce') expect(moved, 'one step, straight to the new window').toHaveLength(1);
        else expect(moved.length, 'frames on the way').toBeGreaterThan(2);
      } finally {
        await context.close();
      }
    }
  });

  test('the chronology below lists exactly the items of /timeline.json, in order, by year', async () => {
    await openTimeline();
    const listed = await page.locator('.tl-chronology .tl-entry').evaluateAll((entries) =>
      entries.map((entry) => ({ id: entry.getAttribute('data-id'), href: entry.querySelector('a')!.getAttribute('href'), datetime: entry.querySelector('time')?.getAttribute('datetime') }))
    );
    expect(listed).toEqual(data.items.map((item) => ({ id: item.id, href: item.url, datetime: item.times[0]!.datetime })));
    const years = await page.locator('.tl-years > li > h3').allTextContents();
    expect(years).toEqual([...new Set(data.items.map((item) => String(item.year)))]);
  });

  test('has no WCAG 2 A/AA violations found by axe, timeline drawn and chronology below', async () => {
    await openTimeline();
    const drawn = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(drawn.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test('made no console errors, failed or foreign requests in any of the above', () => {
    // Leaving a page cancels what it was still fetching (ERR_ABORTED): that is navigation, not a failure.
    const failed = problems.failedRequests.filter((request) => !request.endsWith('net::ERR_ABORTED'));
    expect({ ...problems, failedRequests: failed }).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
  });

  test('without JavaScript the whole chronology is there and the canvas stays hidden', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const plain = await context.newPage();
      await plain.goto(`${server.url}/timeline/`);
      expect(await plain.locator('.tl-chronology .tl-entry').count()).toBe(data.items.length);
      expect(await plain.locator('.tl-chronology .tl-entry time[datetime]').count()).toBeGreaterThanOrEqual(data.items.length);
      expect(await plain.locator('#tl-canvas').isVisible()).toBe(false);
      await plain.locator('input[name="groups"][value="claims"]').uncheck();
      const claims = data.items.filter((item) => item.group === 'claims').length;
      expect(await plain.locator('.tl-chronology .tl-entry:visible').count()).toBe(data.items.length - claims);
    } finally {
      await context.close();
    }
  });
});
