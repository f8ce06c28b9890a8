/**
 * The timeline as data: one vis-timeline item per dated fact of the knowledge base, with the
 * uncertainty of its date kept visible (ranges, classes, EDTF in the tooltip). Served as /timeline.json;
 * the /timeline/ page draws it and lists the same items as a chronology.
 */
import { KIND_OF, type DatedItem, type DatedKind, type EntityKind } from './kb.ts';
import { dateQualifiers, formatEdtf, timeParts, type DateRange, type TimePart } from './dates.ts';
import { KIND_STYLES } from './visual.ts';
import { TIMELINE_GROUPS, type TimelineGroupId } from './timeline-view.ts';
import type { EntryCheck } from './entry-check.ts';
import { labelText, notVerifiedLabel, verdictLabel } from './check-labels.ts';
import { t } from '../i18n/index.ts';
import { escapeHtml, labelHtml, shorten } from './label-text.ts';
import { claimBundles, type TimelineBundle } from './timeline-bundles.ts';

/** One row of the timeline, in vis-timeline's group format. */
export interface TimelineGroup {
  /** The collection name. */
  id: TimelineGroupId;
  /** Row label: the kind's symbol and the collection's name (escaped HTML). */
  content: string;
  /** `tl-group-<id>`, for the row's style. */
  className: string;
  /** Position of the row, from the top. */
  order: number;
}

/** One dated fact in vis-timeline's item format, plus what the chronology list needs (with a claim's `verdict` and, when the fact's entry is not fully verified, its `verification`). */
export interface TimelineItem extends EntryCheck {
  /** The dated item's id, e.g. `published:kaplan-2020-scaling-laws`. */
  id: string;
  /** Label drawn on the timeline (escaped HTML, Chinese marked `lang="zh"`): kind symbol, short title, the date when it is uncertain, a claim's verdict, and † when the entry is not fully verified. */
  content: string;
  /** The same label in words, for the keyboard's status line (see `factLabel`). */
  spoken: SpokenLabel;
  /** Tooltip (escaped HTML, Chinese marked `lang="zh"`): full title, a claim's verdict, date in words, the EDTF as written, and what is not verified. */
  title: string;
  /** Earliest instant the date may mean, ISO 8601 UTC. */
  start: string;
  /** Latest instant (ISO 8601 UTC) for ranges; open ends run to the timeline's `now`. */
  end?: string;
  /** The row the item sits in. */
  group: TimelineGroupId;
  /** `point` for an exact day, `range` for spans and for dates known only to a month, year or approximately. */
  type: 'point' | 'range';
  /** Space-separated classes: `tl-<group>`, and `tl-approximate`, `tl-uncertain`, `tl-imprecise`, `tl-span`, `tl-open` (ongoing), `tl-end-unknown` (all about the date) and `tl-not-verified` (about the entry) as they apply. */
  className: string;
  /** The date as written, in EDTF (`from/to` for spans). */
  edtf: string;
  /** Page of the entry the fact belongs to, root-relative. */
  url: string;
  /** Kind of fact. */
  kind: DatedKind;
  /** The full title as plain text. */
  text: string;
  /** The date in words, e.g. "c. Nov 2014" or "2016 – …". */
  date: string;
  /** The date as `<time>` parts: one for a date, two for a span (an open end has no `datetime`). */
  times: TimePart[];
  /** Year the date starts in: the chronology's heading. */
  year: number;
  /** True when the date is approximate, uncertain or has an uncertain end. */
  uncertain: boolean;
  /** Id of the bundle drawn in its place, for a claim drawn with others of its work and date; the chronology lists it alone. */
  bundle?: string;
}

/** Everything /timeline.json holds. */
export interface TimelineData {
  /** The instant open-ended spans are drawn to (ISO 8601 UTC). */
  now: string;
  /** Rows, in order. */
  groups: TimelineGroup[];
  /** Items in chronological order (the knowledge base's order of dated facts). */
  items: TimelineItem[];
  /** Claims of one work and date, drawn as one item instead of their items (see `claimBundles`). */
  bundles: TimelineBundle[];
}

/** The row a dated fact belongs in: the collection of its entity. */
function groupOf(item: DatedItem): TimelineGroupId {
  const group = TIMELINE_GROUPS.find((id) => id === item.collection);
  if (!group) throw new Error(`Dated item "${item.id}" belongs to ${item.collection}, which has no timeline row`);
  return group;
}

/** How far past its start a span whose end is not known is drawn (fading out): a year, so it reads as "from then on, for a while", not as ongoing. */
export const UNKNOWN_END_DRAWN_MS = 365.25 * 24 * 3600 * 1000;

/** Where an item's bar ends: `now` for an ongoing span, a fading year past the start for one whose end is not known (never past `now`). */
function drawnEnd(range: DateRange, now: number): number {
  if (range.openEnd === 'ongoing') return Math.max(now, range.start);
  if (range.openEnd === 'unknown') return Math.max(range.start, Math.min(now, range.start + UNKNOWN_END_DRAWN_MS));
  return range.end;
}

/** A label in words, around the full title (which the status line links): the kind before it, and after it the date, a claim's verdict and whether the entry is not fully verified. */
export interface SpokenLabel {
  /** "Claim". */
  kind: string;
  /** "(c. Nov 2024). Verdict: Partly supported. Not fully verified: only secondary sources." */
  after: string;
}

/** What a fact's label is made of: its kind, title and date in words, a claim's verdict and its entry's verification; `dateDrawn` when the drawing cannot show the date (uncertain, or a span whose end is not known). */
export interface LabelParts extends EntryCheck {
  kind: EntityKind;
  title: string;
  date: string;
  dateDrawn: boolean;
}

/**
 * A fact's label from its parts, drawn and spoken alike: drawn as the kind's symbol, the title shortened,
 * the date where the drawing cannot show it, the verdict with its symbol and † for an entry not fully
 * verified; spoken as the same parts in words (the date always, as a listener cannot see where it is drawn).
 */
export function factLabel({ kind, title, date, dateDrawn, verdict, verification }: LabelParts): { drawn: string; spoken: SpokenLabel } {
  const verdictMark = verdict && verdictLabel(verdict);
  const notVerified = verification && notVerifiedLabel(verification);
  const drawn = [`${KIND_STYLES[kind].symbol} ${shorten(title)}${dateDrawn ? ` (${date})` : ''}`, verdictMark && `· ${labelText(verdictMark)}`, notVerified && notVerified.symbol];
  const after = [`(${date}).`, verdictMark && `${t('entry.verdict')}: ${verdictMark.text}.`, notVerified && `${notVerified.text}.`];
  return { drawn: drawn.filter(Boolean).join(' '), spoken: { kind: t(`kind.${kind}`), after: after.filter(Boolean).join(' ') } };
}

/** One dated fact as a timeline item; ongoing spans run to `now` (ms since epoch), spans whose end is not known fade out after a year; `check` is how far its entry is checked. */
export function timelineItem(item: DatedItem, now: number, check: EntryCheck = {}): TimelineItem {
  const { range } = item;
  const group = groupOf(item);
  const { approximate, uncertain } = dateQualifiers(item.edtf);
  const point = range.precision === 'day' && !range.uncertain;
  const end = drawnEnd(range, now);
  const date = formatEdtf(item.edtf);
  const classes = [
    `tl-${group}`,
    approximate && 'tl-approximate',
    uncertain && 'tl-uncertain',
    !point && !approximate && !uncertain && range.precision !== 'interval' && 'tl-imprecise',
    range.precision === 'interval' && 'tl-span',
    range.openEnd === 'ongoing' && 'tl-open',
    range.openEnd === 'unknown' && 'tl-end-unknown',
    check.verification && 'tl-not-verified',
  ].filter(Boolean);
  const verdict = check.verdict && labelText(verdictLabel(check.verdict));
  const label = factLabel({ kind: KIND_OF[group], title: item.title, date, dateDrawn: range.uncertain || range.openEnd === 'unknown', ...check });
  const tooltip = [item.title, verdict && `${t('entry.verdict')}: ${verdict}`, date, `EDTF: ${item.edtf}`, check.verification && labelText(notVerifiedLabel(check.verification))].filter(Boolean).join('\n');
  return {
    id: item.id,
    content: labelHtml(label.drawn),
    spoken: label.spoken,
    title: labelHtml(tooltip),
    start: new Date(range.start).toISOString(),
    ...(point ? {} : { end: new Date(end).toISOString() }),
    group,
    type: point ? 'point' : 'range',
    className: classes.join(' '),
    edtf: item.edtf,
    url: item.url,
    kind: item.kind,
    text: item.title,
    date,
    times: timeParts(item.edtf),
    year: new Date(range.start).getUTCFullYear(),
    uncertain: range.uncertain,
    ...check,
  };
}

/** The whole timeline from the knowledge base's dated facts; `now` fixes where open spans end, so output is deterministic; `checkOf` says how far the entry with a given id is checked. */
export function buildTimeline(dated: readonly DatedItem[], now: Date, checkOf: (entity: string) => EntryCheck = () => ({})): TimelineData {
  return {
    now: now.toISOString(),
    groups: TIMELINE_GROUPS.map((id, order) => ({
      id,
      content: escapeHtml(`${KIND_STYLES[KIND_OF[id]].symbol} ${t(`collection.${id}`)}`),
      className: `tl-group-${id}`,
      order,
    })),
    ...withBundles(dated.map((item) => timelineItem(item, now.getTime(), checkOf(item.entity))), dated),
  };
}

/** The timeline's items, each claim drawn in a bundle naming it, and the bundles. */
function withBundles(items: TimelineItem[], dated: readonly DatedItem[]): Pick<TimelineData, 'items' | 'bundles'> {
  const bundles = claimBundles(items, dated);
  const bundleOf = new Map(bundles.flatMap((bundle) => bundle.members.map((member) => [member, bundle.id])));
  return { items: items.map((item) => (bundleOf.has(item.id) ? { ...item, bundle: bundleOf.get(item.id) } : item)), bundles };
}

/** Timeline items by the year they start in, oldest first: the chronology's sections. */
export function itemsByYear(items: readonly TimelineItem[]): { year: number; items: TimelineItem[] }[] {
  return [...Map.groupBy(items, (item) => item.year)].sort(([a], [b]) => a - b).map(([year, list]) => ({ year, items: list }));
}

/** The latest `accessed` day anywhere in `value` (entries' sources, evidence, affiliations), or undefined. */
export function latestAccessed(value: unknown): string | undefined {
  if (Array.isArray(value)) return value.map(latestAccessed).reduce<string | undefined>(later, undefined);
  if (value === null || typeof value !== 'object') return undefined;
  return Object.entries(value).reduce<string | undefined>(
    (latest, [key, inner]) => later(latest, key === 'accessed' && typeof inner === 'string' ? inner : latestAccessed(inner)),
    undefined
  );
}

/** The later of two YYYY-MM-DD days (ISO days sort as text). */
function later(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}
