import { describe, expect, test } from 'vitest';
import { busiestWindow, defaultView, emptyWindow, fullWindow, MIN_YEAR_PX, panLimits, parseViewQuery, PRESETS, stepThroughItems, viewQuery, windowOf, windowShowing, ZOOM_MAX, ZOOM_MIN, TIMELINE_GROUPS } from './timeline-view.ts';
import type { TimelineData } from './timeline.ts';

const data = {
  now: '2026-11-29T00:00:00.000Z',
  groups: [],
  items: [{ start: '1993-01-01T00:00:00.000Z' }, { start: '2017-12-01T00:00:00.000Z' }],
} as unknown as TimelineData;

describe('windows and zoom', () => {
  test('the full window runs from a year before the first item to a year after now', () => {
    expect(fullWindow(data)).toEqual({ start: '1992-01-01', end: '2027-11-29' });
  });

  test('panning reaches from the start of the full window to half the widest window past its end, so the latest fact can be centred', () => {
    const limits = panLimits(data);
    expect(limits.start).toBe(fullWindow(data).start);
    expect((Date.parse(limits.end) - Date.parse(fullWindow(data).end)) / ZOOM_MAX).toBeCloseTo(0.5, 3);
  });

  test('the empty window the timeline is made in is the narrowest allowed, inside the pan limits and after every item, ongoing ones included', () => {
    const ongoing = { ...data, items: [...data.items, { start: '2021-01-01T00:00:00.000Z', end: data.now }] } as unknown as TimelineData;
    const empty = emptyWindow(ongoing);
    expect(Date.parse(empty.end) - Date.parse(empty.start)).toBe(ZOOM_MIN);
    expect(empty.end).toBe(panLimits(ongoing).end);
    for (const item of ongoing.items) expect(Date.parse(item.end ?? item.start)).toBeLessThan(Date.parse(empty.start));
  });

  test('zoom reaches from six decades down to a week of days', () => {
    expect(ZOOM_MAX / (365.25 * 86_400_000)).toBe(60);
    expect(ZOOM_MIN / 86_400_000).toBe(7);
  });

  test('the lineage preset shows the works and events from 1993 to 2024', () => {
    expect(PRESETS.lineage).toEqual({ start: '1993-01-01', end: '2024-12-31', groups: ['works', 'events'] });
  });

  test('windowOf turns the instants vis-timeline reports into days', () => {
    expect(windowOf(new Date('2014-11-01T10:00:00Z'), new Date('2017-04-30T23:00:00Z'))).toEqual({ start: '2014-11-01', end: '2017-04-30' });
  });
});

describe('the window the timeline opens with', () => {
  const item = (start: string) => ({ start: `${start}T00:00:00.000Z` });
  const clustered = { ...data, items: [item('1993-01-01'), item('2014-11-01'), item('2015-12-08'), item('2017-12-01'), item('2020-01-23'), item('2024-11-11')] } as unknown as TimelineData;
  const years = (window: { start: string; end: string }) => (Date.parse(window.end) - Date.parse(window.start)) / (365.25 * 86_400_000);

  test('a canvas wide enough for MIN_YEAR_PX a year shows the whole timeline', () => {
    const full = fullWindow(clustered);
    expect(defaultView(clustered, years(full) * MIN_YEAR_PX + 1)).toMatchObject(full);
    expect(defaultView(clustered)).toMatchObject(full);
  });

  test('a narrow canvas opens on the years where most facts start, every row shown', () => {
    const view = defaultView(clustered, 8 * MIN_YEAR_PX);
    expect(view).toEqual({ start: '2014-11-01', end: '2022-11-01', groups: [...TIMELINE_GROUPS] });
  });

  test('of equally busy windows the latest wins', () => {
    // 2014-11 to 2016-11 and 2015-12 to 2017-12 both hold two starts.
    expect(busiestWindow(clustered, 2)).toEqual({ start: '2015-12-08', end: '2017-12-07' });
  });

  test('a window is moved back rather than run past the full window', () => {
    const late = { ...data, items: [item('1993-01-01'), item('2025-06-01'), item('2026-03-01')] } as unknown as TimelineData;
    expect(busiestWindow(late, 6)).toEqual({ start: '2021-11-28', end: '2027-11-29' });
    expect(fullWindow(late).end).toBe('2027-11-29');
  });
});

describe('the view in the address', () => {
  const fallback = defaultView(data);

  test('no query means the whole timeline with every row', () => {
    expect(parseViewQuery('', fallback)).toEqual({ view: fallback, ignored: [] });
    expect(fallback.groups).toEqual([...TIMELINE_GROUPS]);
    expect(viewQuery(fallback, fallback)).toBe('');
  });

  test('a window and rows round-trip through the query string', () => {
    const view = { start: '1993-01-01', end: '2024-12-31', groups: ['works', 'claims'] as const };
    const query = viewQuery({ ...view, groups: [...view.groups] }, fallback);
    expect(query).toBe('?from=1993-01-01&to=2024-12-31&groups=works,claims');
    expect(parseViewQuery(query, fallback)).toEqual({ view: { ...view, groups: ['works', 'claims'] }, ignored: [] });
  });

  test('hiding every row is a view of its own', () => {
    const query = viewQuery({ ...fallback, groups: [] }, fallback);
    expect(query).toBe('?groups=');
    expect(parseViewQuery(query, fallback).view.groups).toEqual([]);
  });

  test('bad values are ignored with a message saying how to write them', () => {
    const { view, ignored } = parseViewQuery('?from=2024-02-30&to=1993-01-01&groups=works,robots', fallback);
    expect(view).toEqual({ ...fallback, groups: ['works'] });
    expect(ignored).toHaveLength(2);
    expect(ignored[0]).toMatch(/YYYY-MM-DD/);
    expect(ignored[1]).toMatch(/unknown robots/);
  });

  test('a window whose end is before its start is ignored', () => {
    expect(parseViewQuery('?from=2024-01-01&to=1993-01-01', fallback).view.start).toBe(fallback.start);
  });
});

describe('moving between items with the keyboard', () => {
  const items = [
    { id: 'kaplan', start: '2020-01-23', group: 'works' as const },
    { id: 'amodei-at-baidu', start: '2014-11-01', end: '2015-12-31', group: 'people' as const },
    { id: 'hestness', start: '2017-12-01', group: 'works' as const },
    { id: 'svail', start: '2014-11-01', group: 'orgs' as const },
    { id: 'cortes', start: '1993-01-01', group: 'works' as const },
  ];
  const all = TIMELINE_GROUPS;

  test('arrow keys step through the items in time order, an earlier end first on the same start', () => {
    const seen: (string | undefined)[] = [];
    let selected: string | undefined;
    for (let i = 0; i < 5; i++) seen.push((selected = stepThroughItems(items, all, selected, 'next')));
    expect(seen).toEqual(['cortes', 'svail', 'amodei-at-baidu', 'hestness', 'kaplan']);
    expect(stepThroughItems(items, all, 'hestness', 'previous')).toBe('amodei-at-baidu');
  });

  test('the selection stays put at either end', () => {
    expect(stepThroughItems(items, all, 'kaplan', 'next')).toBe('kaplan');
    expect(stepThroughItems(items, all, 'cortes', 'previous')).toBe('cortes');
  });

  test('Home and End jump to the earliest and the latest item', () => {
    expect(stepThroughItems(items, all, 'hestness', 'first')).toBe('cortes');
    expect(stepThroughItems(items, all, 'hestness', 'last')).toBe('kaplan');
  });

  test('from nothing selected, going back starts from the latest item', () => {
    expect(stepThroughItems(items, all, undefined, 'previous')).toBe('kaplan');
    expect(stepThroughItems(items, all, undefined, 'next')).toBe('cortes');
  });

  test('hidden rows are skipped, and a selection in a row just hidden counts as none', () => {
    expect(stepThroughItems(items, ['works'], 'cortes', 'next')).toBe('hestness');
    expect(stepThroughItems(items, ['works'], 'svail', 'next')).toBe('cortes');
    expect(stepThroughItems(items, [], undefined, 'next')).toBeUndefined();
  });
});

describe('bringing a selected fact into view', () => {
  const window = { start: 1000, end: 2000 };

  test('a fact already in the window leaves it where it is', () => {
    expect(windowShowing(window, { start: 1200, end: 1500 }, 20)).toBe(window);
    expect(windowShowing(window, { start: 1000, end: 2000 }, 20)).toBe(window);
  });

  test('a fact, or its label, past the window’s end moves the window on just far enough, with the margin to spare', () => {
    expect(windowShowing(window, { start: 1900, end: 2300 }, 20)).toEqual({ start: 1320, end: 2320 });
    expect(windowShowing(window, { start: 5000, end: 5100 }, 20)).toEqual({ start: 4120, end: 5120 });
  });

  test('a fact before the window’s start moves it back to that start, with the margin to spare', () => {
    expect(windowShowing(window, { start: 900, end: 1100 }, 20)).toEqual({ start: 880, end: 1880 });
    expect(windowShowing(window, { start: 100, end: 200 }, 20)).toEqual({ start: 80, end: 1080 });
  });

  test('a fact wider than the window is shown from its start, and the window keeps its width', () => {
    expect(windowShowing(window, { start: 1500, end: 3000 }, 20)).toEqual({ start: 1480, end: 2480 });
    expect(windowShowing(window, { start: 500, end: 2500 }, 20)).toEqual({ start: 480, end: 1480 });
  });

  test('moving again to what it shows leaves the window put, so a fact too wide for it does not keep moving it', () => {
    const moved = windowShowing(window, { start: 1500, end: 3000 }, 20);
    expect(windowShowing(moved, { start: moved.start + 20, end: moved.start + 1600 }, 20)).toEqual(moved);
  });
});
