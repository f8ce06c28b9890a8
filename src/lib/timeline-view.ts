/**
 * What part of the timeline is shown: the visible window, the visible rows, zoom limits and the
 * preset views, and their round trip through the page's query string (so a view can be shared).
 * No runtime imports: the browser script uses it and must stay small.
 */
import type { TimelineData } from './timeline.ts';
import type { DrawnItem } from './timeline-bundles.ts';

/** The timeline's groups (rows), one per collection that has dated facts, in display order: the lineage first, claims last. */
export const TIMELINE_GROUPS = ['people', 'orgs', 'works', 'events', 'claims'] as const;

/** Id of a timeline group: the collection of the entity the fact belongs to. */
export type TimelineGroupId = (typeof TIMELINE_GROUPS)[number];

const DAY = 24 * 60 * 60 * 1000;
const YEAR = 365.25 * DAY;

/** Narrowest window the timeline zooms to: a week, where the axis shows single days. */
export const ZOOM_MIN = 7 * DAY;

/** Widest window the timeline zooms to: six decades. */
export const ZOOM_MAX = 60 * YEAR;

/** A window of the timeline, as YYYY-MM-DD days (inclusive). */
export interface TimelineWindow {
  start: string;
  end: string;
}

/** What the reader sees: a window and the rows shown. */
export interface TimelineView extends TimelineWindow {
  /** Rows shown, in the timeline's order. */
  groups: TimelineGroupId[];
}

/** Preset views a reader can jump to, by id; labels are UI strings `timeline.preset.<id>`. */
export const PRESETS = {
  /** The works and events of the scaling-law story, from the Bell Labs learning curves (1993) to the 2024 replications and podcast. */
  lineage: { start: '1993-01-01', end: '2024-12-31', groups: ['works', 'events'] },
} as const satisfies Record<string, { start: string; end: string; groups: readonly TimelineGroupId[] }>;

/** Id of a preset view. */
export type PresetId = keyof typeof PRESETS;

/** The YYYY-MM-DD day of an instant. */
function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The window that shows every item: from a year before the first start to a year after `now`. */
export function fullWindow(data: TimelineData): TimelineWindow {
  const starts = data.items.map((item) => Date.parse(item.start));
  const now = Date.parse(data.now);
  const first = starts.length > 0 ? Math.min(...starts) : now;
  return { start: day(first - YEAR), end: day(now + YEAR) };
}

/**
 * How far the timeline can be panned: the full window, plus half the widest window after it, so the
 * keyboard can bring even the latest fact into view at any zoom with its label, which runs to the
 * right of its date (see `windowShowing`).
 */
export function panLimits(data: TimelineData): TimelineWindow {
  const full = fullWindow(data);
  return { start: full.start, end: day(Date.parse(full.end) + ZOOM_MAX / 2) };
}

/**
 * The shortest window the timeline allows (ZOOM_MIN), at the end of its pan limits, after every fact.
 * The timeline is made there and then moved to its view: vis-timeline draws each fact added inside
 * its window on its own, measuring the page for each, but the facts a move brings into sight in one pass.
 */
export function emptyWindow(data: TimelineData): TimelineWindow {
  const { end } = panLimits(data);
  return { start: day(Date.parse(end) - ZOOM_MIN), end };
}

/** Fewest pixels of canvas width a year gets in the window the timeline opens with (see `defaultView`). */
export const MIN_YEAR_PX = 24;

/**
 * The window of `years` years, inside the full window, in which the most items start: it begins at an
 * item's start (the latest such window on a tie, as recent facts are the ones most looked for) and is
 * moved back where it would run past the full window's end.
 */
export function busiestWindow(data: TimelineData, years: number): TimelineWindow {
  const full = fullWindow(data);
  const [first, last] = [Date.parse(full.start), Date.parse(full.end)];
  const length = years * YEAR;
  if (length >= last - first) return full;
  const starts = data.items.map((item) => Date.parse(item.start)).sort((a, b) => a - b);
  let best = { start: last - length, count: -1 };
  for (const candidate of starts) {
    const start = Math.min(candidate, last - length);
    const count = starts.filter((value) => value >= start && value <= start + length).length;
    if (count >= best.count) best = { start, count };
  }
  return { start: day(best.start), end: day(best.start + length) };
}

/**
 * The view with nothing chosen, on a canvas `width` pixels wide: every row, and the whole timeline
 * where each year gets MIN_YEAR_PX; a narrower canvas (a phone) opens on its busiest years instead.
 */
export function defaultView(data: TimelineData, width = Infinity): TimelineView {
  return { ...busiestWindow(data, width / MIN_YEAR_PX), groups: [...TIMELINE_GROUPS] };
}

/** What the drawing shows: every item not in a bundle, and the bundles in place of their claims. */
export function drawnItems(data: Pick<TimelineData, 'items' | 'bundles'>): DrawnItem[] {
  return [...data.items.filter((item) => item.bundle === undefined), ...data.bundles];
}

/** True for a real calendar day written YYYY-MM-DD. */
function isDay(value: string | null): value is string {
  return value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) && day(Date.parse(`${value}T00:00:00Z`)) === value;
}

/** The view a query string asks for (`?from=1993-01-01&to=2024-12-31&groups=works,claims`), with what it had to ignore. */
export function parseViewQuery(search: string, fallback: TimelineView): { view: TimelineView; ignored: string[] } {
  const params = new URLSearchParams(search);
  const ignored: string[] = [];
  const view: TimelineView = { ...fallback, groups: [...fallback.groups] };
  const from = params.get('from');
  const to = params.get('to');
  if (from !== null || to !== null) {
    if (isDay(from) && isDay(to) && from < to) Object.assign(view, { start: from, end: to });
    else ignored.push(`from=${from ?? ''}&to=${to ?? ''}: write two days YYYY-MM-DD, the first before the second`);
  }
  const groups = params.get('groups');
  if (groups !== null) {
    const asked = groups.split(',').filter(Boolean);
    const unknown = asked.filter((id) => !(TIMELINE_GROUPS as readonly string[]).includes(id));
    if (unknown.length > 0) ignored.push(`groups: unknown ${unknown.join(', ')}; rows are ${TIMELINE_GROUPS.join(', ')}`);
    view.groups = TIMELINE_GROUPS.filter((id) => asked.includes(id));
  }
  return { view, ignored };
}

/** The query string for a view (empty when it is the fallback), the inverse of `parseViewQuery`. */
export function viewQuery(view: TimelineView, fallback: TimelineView): string {
  const params = new URLSearchParams();
  if (view.start !== fallback.start || view.end !== fallback.end) {
    params.set('from', view.start);
    params.set('to', view.end);
  }
  const groups = TIMELINE_GROUPS.filter((id) => view.groups.includes(id));
  if (groups.length !== fallback.groups.length || groups.some((id) => !fallback.groups.includes(id))) params.set('groups', groups.join(','));
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}

/** The window between two instants as YYYY-MM-DD days, as vis-timeline reports it after a pan or zoom. */
export function windowOf(start: Date, end: Date): TimelineWindow {
  return { start: day(start.getTime()), end: day(end.getTime()) };
}

/** A stretch of time, in milliseconds since 1970: a window of the timeline, or what a fact covers on it. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The window as wide as `window` that shows all of `shown` (a fact, label included): `window` itself
 * where it already does, else moved just far enough in time to show it with `margin` to spare; a fact
 * wider than the window, or one before it, is shown from its start.
 */
export function windowShowing(window: Span, shown: Span, margin: number): Span {
  if (shown.start >= window.start && shown.end <= window.end) return window;
  const width = window.end - window.start;
  if (shown.start < window.start || shown.end - shown.start + 2 * margin > width) return { start: shown.start - margin, end: shown.start - margin + width };
  return { start: shown.end + margin - width, end: shown.end + margin };
}

/** A keyboard move between the timeline's items. */
export type ItemMove = 'previous' | 'next' | 'first' | 'last';

/** The move a key makes, for the keys the timeline answers to (others are left to the browser). */
export const ITEM_MOVE_KEYS: Record<string, ItemMove> = { ArrowLeft: 'previous', ArrowRight: 'next', Home: 'first', End: 'last' };

/**
 * The item a keyboard `move` selects from `selected`: items of the shown rows only, in time order
 * (start, then end, then the order of `items`); from nothing selected, `next` and `first` give the
 * earliest item and `previous` and `last` the latest; at either end the selection stays put.
 */
export function stepThroughItems(
  items: readonly { id: string; start: string; end?: string; group: TimelineGroupId }[],
  shown: readonly TimelineGroupId[],
  selected: string | undefined,
  move: ItemMove
): string | undefined {
  const order = items
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => shown.includes(item.group))
    .sort((a, b) => a.item.start.localeCompare(b.item.start) || (a.item.end ?? a.item.start).localeCompare(b.item.end ?? b.item.start) || a.index - b.index)
    .map(({ item }) => item.id);
  if (order.length === 0) return undefined;
  const at = selected === undefined ? -1 : order.indexOf(selected);
  if (move === 'first' || (at === -1 && move === 'next')) return order[0];
  if (move === 'last' || at === -1) return order.at(-1);
  return order[Math.min(order.length - 1, Math.max(0, at + (move === 'next' ? 1 : -1)))];
}
