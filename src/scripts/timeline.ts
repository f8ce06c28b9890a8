/**
 * The interactive timeline on /timeline/: loads vis-timeline (peer build) and /timeline.json in the
 * browser only, draws every dated fact, and keeps the window and the shown rows in the URL.
 * The chronology under it is the page's canonical content; this only enhances it.
 */
import type { TimelineData } from '../lib/timeline.ts';
import { defaultView, drawnItems, emptyWindow, ITEM_MOVE_KEYS, panLimits, parseViewQuery, PRESETS, stepThroughItems, viewQuery, windowOf, windowShowing, ZOOM_MAX, ZOOM_MIN, type PresetId, type Span, type TimelineGroupId, type TimelineView } from '../lib/timeline-view.ts';
import type { DrawnItem } from '../lib/timeline-bundles.ts';
import { withBase } from '../lib/urls.ts';
import { LABEL_MARKUP } from '../lib/label-text.ts';
import { t } from '../i18n/index.ts';
import { foldWhenNarrow } from './fold-when-narrow.ts';
import { scrollRowsWithFinger } from './timeline-touch.ts';

/** Air left between a fact brought into view and the edge of the drawing, as a share of the window. */
const REVEAL_MARGIN = 0.02;

/** Air left between a fact brought into view and the top or bottom of the drawing, in pixels. */
const ROW_MARGIN_PX = 12;

/** Most drawings the bringing into view of a selected fact waits for (a window move, a row scroll, a correction). */
const MAX_REVEAL_STEPS = 6;

/** The smallest box holding both `a` and `b`. */
const unionBox = (a: DOMRect, b: DOMRect) => {
  const [left, top, right, bottom] = [Math.min(a.left, b.left), Math.min(a.top, b.top), Math.max(a.right, b.right), Math.max(a.bottom, b.bottom)];
  return { left, top, right, bottom, width: right - left, height: bottom - top };
};

/** Midnight UTC of a YYYY-MM-DD day. */
const instant = (day: string) => new Date(`${day}T00:00:00Z`);

/** vis-timeline's window moves glide over half a second, unless the reader's system asks for less motion. */
const motion = () => ({ animation: !window.matchMedia('(prefers-reduced-motion: reduce)').matches });

/** Mount the timeline into `container` (its `data-src` names the JSON), wiring the controls of `form`. */
export async function mountTimeline(container: HTMLElement, form: HTMLFormElement): Promise<void> {
  const base = import.meta.env.BASE_URL;
  const [{ Timeline }, { DataSet }, data] = await Promise.all([
    import('vis-timeline/peer'),
    import('vis-data/peer'),
    fetch(container.dataset.src ?? withBase('/timeline.json', base)).then((response) => {
      if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status}`);
      return response.json() as Promise<TimelineData>;
    }),
    import('vis-timeline/styles/vis-timeline-graph2d.min.css'),
  ]);

  container.hidden = false;
  const fallback = defaultView(data, container.clientWidth);
  const { view, ignored } = parseViewQuery(location.search, fallback);
  for (const problem of ignored) console.warn(`Timeline address: ${problem}`);
  const bounds = panLimits(data);

  const checkboxes = [...form.querySelectorAll<HTMLInputElement>('input[name="groups"]')];
  for (const box of checkboxes) box.checked = view.groups.includes(box.value as TimelineGroupId);

  const groups = new DataSet(data.groups.map((group) => ({ ...group, visible: view.groups.includes(group.id) })));
  const drawn = drawnItems(data);
  const items = new DataSet(drawn);
  container.replaceChildren();
  // Made in an empty window and then moved to the view, so the facts are drawn in one pass (see emptyWindow);
  // the view goes in as options, which vis-timeline applies again after its first drawing.
  const empty = emptyWindow(data);
  const timeline = new Timeline(container, items, groups, {
    start: instant(empty.start),
    end: instant(empty.end),
    min: instant(bounds.start),
    max: instant(bounds.end),
    zoomMin: ZOOM_MIN,
    zoomMax: ZOOM_MAX,
    groupOrder: 'order',
    orientation: 'top',
    stack: true,
    maxHeight: '75vh',
    verticalScroll: true,
    zoomKey: 'ctrlKey',
    margin: { item: { horizontal: 4, vertical: 4 } },
    selectable: true,
    showCurrentTime: false,
    tooltip: { followMouse: true, overflowMethod: 'cap' },
    // Labels are escaped text with Chinese marked as such (labelHtml): the filter keeps that mark and nothing else.
    xss: { disabled: false, filterOptions: { whiteList: LABEL_MARKUP } },
  });

  timeline.setOptions({ start: instant(view.start), end: instant(view.end) });
  // The row names are no scroll box of their own (timeline.css): the wheel over them scrolls the rows as it does over the drawing.
  const rowNames = container.querySelector<HTMLElement>('.vis-panel.vis-left');
  rowNames?.addEventListener(
    'wheel',
    (event) => {
      if (event.ctrlKey) return;
      const before = rowNames.scrollTop;
      rowNames.scrollTop += event.deltaMode === WheelEvent.DOM_DELTA_LINE ? event.deltaY * 40 : event.deltaY;
      if (rowNames.scrollTop !== before) event.preventDefault();
    },
    { passive: false }
  );
  if (rowNames) scrollRowsWithFinger(container, rowNames);

  const current: TimelineView = { ...view };
  const remember = () => {
    history.replaceState(history.state, '', `${location.pathname}${viewQuery(current, fallback)}${location.hash}`);
  };

  // vis-timeline labels the year the window starts in at that year's tick, left of the drawing, so
  // it shows cut in half ("90" for 1990): after every redraw such labels are hidden.
  const hideCutAxisLabels = () => {
    const left = container.querySelector('.vis-panel.vis-center')?.getBoundingClientRect().left;
    if (left === undefined) return;
    for (const label of container.querySelectorAll<HTMLElement>('.vis-time-axis .vis-text')) {
      const cut = label.getBoundingClientRect().left < left - 0.5;
      if (cut) label.dataset.cut = '';
      else delete label.dataset.cut;
    }
  };
  timeline.on('changed', hideCutAxisLabels);

  timeline.on('rangechanged', ({ start, end }: { start: Date; end: Date }) => {
    Object.assign(current, windowOf(start, end));
    remember();
  });

  /** Open the entry page of the item with `id`, if there is one. */
  const openItem = (id: string | number | null | undefined) => {
    const url = id === null || id === undefined ? undefined : items.get(id)?.url;
    if (url) location.assign(withBase(url, base));
  };
  timeline.on('click', ({ item }: { item: string | number | null }) => openItem(item));

  // The keyboard's way in: the timeline is one tab stop; arrows, Home and End move the selection from
  // fact to fact (bringing it into view), Enter opens it, and the line under the canvas names it.
  const status = document.getElementById('tl-selected');
  /** Stops the bringing into view of the fact selected before (see `reveal`). */
  let stopRevealing = () => {};
  /**
   * Bring the selected fact into view, its label included: the window moves in time just as far as
   * needed (by the fact's dates, then by its drawn box), and the rows scroll just as far, to its row
   * first where vis-timeline has not drawn the fact (it draws no item of a row scrolled out of view).
   * Every step measures a finished drawing: it runs on vis-timeline's `changed`, which follows each
   * move, scroll or asked-for redraw, never between a move and the drawing that shows it.
   */
  const reveal = (item: DrawnItem) => {
    stopRevealing();
    const centre = container.querySelector('.vis-panel.vis-center');
    if (!centre) return;
    /** Moves the window to show `shown` (milliseconds); false where it shows it already. */
    const moveTo = (shown: Span): boolean => {
      const { start, end } = timeline.getWindow();
      const now = { start: start.getTime(), end: end.getTime() };
      const next = windowShowing(now, shown, (now.end - now.start) * REVEAL_MARGIN);
      // A move below a tenth of a pixel is the measuring's rounding, not a fact out of view.
      if (Math.abs(next.start - now.start) < (now.end - now.start) / 10_000) return false;
      timeline.setWindow(next.start, next.end, { animation: false });
      return true;
    };
    /** Scrolls the rows to show `shown`, pixels from the top of all rows; false where they show it already, or cannot scroll. */
    const scrollRowsTo = (rows: HTMLElement, shown: Span): boolean => {
      const before = rows.scrollTop;
      rows.scrollTop = windowShowing({ start: before, end: before + rows.clientHeight }, shown, ROW_MARGIN_PX).start;
      return rows.scrollTop !== before;
    };
    const dates = { start: Date.parse(item.start), end: Date.parse(item.end ?? item.start) };
    let steps = 0;
    const step = () => {
      // The rows' panel scrolls natively, and only while the rows are taller than the drawing.
      const rows = container.querySelector<HTMLElement>('.vis-panel.vis-left');
      const drawing = centre.querySelector('.vis-content');
      if (!rows || !drawing) return stopRevealing();
      const element = container.querySelector('.vis-item.vis-selected:not(.vis-dot)');
      let moved: boolean;
      if (!element) {
        const label = rows.querySelector(`.vis-label.tl-group-${item.group}`);
        const rowTop = label ? label.getBoundingClientRect().top - rows.getBoundingClientRect().top + rows.scrollTop : 0;
        moved = moveTo(dates) || (label !== null && scrollRowsTo(rows, { start: rowTop, end: rowTop }));
      } else {
        // A label may run past its box (a short period's, a selected span's): the fact is the two together.
        const box = unionBox(element.getBoundingClientRect(), element.querySelector('.vis-item-content')?.getBoundingClientRect() ?? element.getBoundingClientRect());
        const view = centre.getBoundingClientRect();
        const { start, end } = timeline.getWindow();
        const msPerPx = (end.getTime() - start.getTime()) / view.width;
        const at = (x: number) => start.getTime() + (x - view.left) * msPerPx;
        // The drawing moves with the rows' scroll, so a box's offset in it is where it lies among all rows.
        const top = box.top - drawing.getBoundingClientRect().top;
        moved = moveTo({ start: at(box.left), end: at(box.right) }) || scrollRowsTo(rows, { start: top, end: top + box.height });
      }
      if (!moved || ++steps >= MAX_REVEAL_STEPS) stopRevealing();
    };
    timeline.on('changed', step);
    stopRevealing = () => {
      timeline.off('changed', step);
      stopRevealing = () => {};
    };
    moveTo(dates);
    // A drawing, and so a first step, even where the window stays put.
    timeline.redraw();
  };
  let selected: string | undefined;
  const select = (id: string | undefined) => {
    selected = id;
    timeline.setSelection(id === undefined ? [] : [id]);
    const item = id === undefined ? undefined : items.get(id);
    if (!item || !status) return;
    reveal(item);
    const link = Object.assign(document.createElement('a'), { href: withBase(item.url, base), textContent: item.text });
    // The label's parts in words: what a sighted reader sees drawn, the full title linked.
    status.replaceChildren(`${t('timeline.selected')} ${item.spoken.kind}: `, link, ` ${item.spoken.after} ${t('timeline.selected.open')}`);
  };
  container.tabIndex = 0;
  container.setAttribute('aria-describedby', 'tl-help');
  container.addEventListener('keydown', (event) => {
    if (event.target !== container || event.altKey || event.ctrlKey || event.metaKey) return;
    const move = ITEM_MOVE_KEYS[event.key];
    if (move) {
      event.preventDefault();
      select(stepThroughItems(drawn, current.groups, selected, move));
    } else if (event.key === 'Enter') {
      openItem(selected);
    }
  });

  const showGroups = (shown: readonly TimelineGroupId[]) => {
    current.groups = data.groups.map((group) => group.id).filter((id) => shown.includes(id));
    for (const box of checkboxes) box.checked = shown.includes(box.value as TimelineGroupId);
    groups.update(data.groups.map((group) => ({ id: group.id, visible: shown.includes(group.id) })));
    remember();
  };

  form.addEventListener('change', () => showGroups(checkboxes.filter((box) => box.checked).map((box) => box.value as TimelineGroupId)));

  /** Show a whole view: its rows and its window. */
  const show = (next: TimelineView) => {
    showGroups(next.groups);
    timeline.setWindow(instant(next.start), instant(next.end), motion());
  };

  /** Move the window by half its width, back (-1) or forward (1) in time. */
  const pan = (direction: -1 | 1) => {
    const { start, end } = timeline.getWindow();
    const shift = ((end.getTime() - start.getTime()) / 2) * direction;
    timeline.setWindow(start.getTime() + shift, end.getTime() + shift, motion());
  };

  const actions: Record<string, (button: HTMLButtonElement) => void> = {
    'zoom-in': () => timeline.zoomIn(0.5, motion()),
    'zoom-out': () => timeline.zoomOut(0.5, motion()),
    earlier: () => pan(-1),
    later: () => pan(1),
    all: () => show(defaultView(data)),
    preset: (button) => {
      const preset = PRESETS[button.dataset.preset as PresetId];
      if (preset) show({ ...preset, groups: [...preset.groups] });
    },
  };

  form.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    event.preventDefault();
    actions[button.dataset.action ?? '']?.(button);
  });

  for (const hidden of document.querySelectorAll<HTMLElement>('[data-needs-js]')) hidden.hidden = false;
  // The style sheet's phone breakpoint: the options fold so the drawing is on the first screen.
  foldWhenNarrow(form.querySelector('details'), '40rem');
}
