/**
 * EDTF dates: parsing (by the `edtf` package), ranges for sorting and drawing, and display text.
 */
import edtf from 'edtf';
import { ONGOING, OPEN_END_TEXT, type OpenEnd } from './open-ends.ts';

/** How finely a date is known. */
export type Precision = 'year' | 'month' | 'day' | 'season' | 'interval' | 'set';

/** An EDTF string turned into the numbers every view needs. */
export interface DateRange {
  /** The EDTF string as written. */
  edtf: string;
  /** Earliest instant the date may mean (ms since epoch, UTC). */
  start: number;
  /** Latest instant the date may mean (ms since epoch, UTC). */
  end: number;
  /** Finest unit written. */
  precision: Precision;
  /** True when marked uncertain (`?`) or approximate (`~`, `%`), or an interval with an uncertain end. */
  uncertain: boolean;
  /** True when it stands for a span rather than one day. */
  isRange: boolean;
  /** For an interval without an end date: `ongoing` when its end is open (`2021/..`), `unknown` when it is empty (`2013-09/`); `end` is then `start`. */
  openEnd: OpenEnd | false;
}

/** How the end `side` of an interval is open, if it is: `..` ongoing, empty unknown. */
const openEndOf = (side: string | undefined): OpenEnd | undefined => (side === ONGOING ? 'ongoing' : side ? undefined : 'unknown');

const PRECISIONS: Record<number, Precision> = { 1: 'year', 2: 'month', 3: 'day' };

/**
 * First month (0-based) of each EDTF season code that names a season of the year, read as the
 * meteorological season (three months; winter runs into the next year): 21–24 and 25–28 northern,
 * 29–32 southern hemisphere. The `edtf` package reads 21–24 as calendar quarters, which would draw
 * "Autumn 2012" over July to September.
 */
const SEASON_FIRST_MONTH: Record<number, number> = { 21: 2, 22: 5, 23: 8, 24: 11, 25: 2, 26: 5, 27: 8, 28: 11, 29: 8, 30: 11, 31: 2, 32: 5 };

/** Start and end (ms, UTC) of `season` of `year` as SEASON_FIRST_MONTH reads it; undefined for codes it does not cover (quarters, halves…). */
export function seasonBounds(year: number, season: number): { start: number; end: number } | undefined {
  const month = SEASON_FIRST_MONTH[season];
  if (month === undefined) return undefined;
  return { start: Date.UTC(year, month), end: Date.UTC(year, month + 3) - 1 };
}

// Parsing is the build's hottest path (sorting compares dates over and over); the same few
// thousand strings recur, so each is parsed once per process.
const validity = new Map<string, boolean>();
const ranges = new Map<string, DateRange>();

/** Whether `value` is a date the `edtf` package accepts. */
export function isValidEdtf(value: string): boolean {
  let valid = validity.get(value);
  if (valid === undefined) {
    try {
      edtf(value);
      valid = true;
    } catch {
      valid = false;
    }
    validity.set(value, valid);
  }
  return valid;
}

/** Whether the span from one valid EDTF date to another ends before it starts. */
export const endsBeforeStart = (from: string, to: string): boolean => parseEdtf(to).end < parseEdtf(from).start;

/** Why the `edtf` package refuses an interval of two valid dates, when it is that the interval ends before it starts; undefined otherwise. */
export function reversedInterval(value: string): string | undefined {
  const [from, to, ...more] = value.split('/');
  if (!from || !to || more.length > 0 || from === '..' || to === '..' || !isValidEdtf(from) || !isValidEdtf(to)) return undefined;
  return endsBeforeStart(from, to) ? `the interval ends (${to}) before it starts (${from})` : undefined;
}

/** Flags (`?`, `~`, `%`) on a parsed EDTF value, however the package stores them. */
function isMarked(bits: unknown): boolean {
  if (bits == null) return false;
  const value = typeof bits === 'object' && 'value' in bits ? (bits as { value: number }).value : bits;
  return typeof value === 'number' ? value !== 0 : Boolean(value);
}

/** Parse an EDTF string into its range (shared, frozen); throws on invalid input (validate first with `isValidEdtf`). */
export function parseEdtf(value: string): DateRange {
  let range = ranges.get(value);
  if (!range) {
    range = Object.freeze(parseUncached(value));
    ranges.set(value, range);
  }
  return range;
}

/** The range of an EDTF string, computed by the `edtf` package. */
function parseUncached(value: string): DateRange {
  const parsed = edtf(value) as {
    type: string;
    min: number;
    max: number;
    year?: number;
    season?: number;
    precision?: number;
    approximate?: unknown;
    uncertain?: unknown;
    lower?: { approximate?: unknown; uncertain?: unknown } | null;
    upper?: { approximate?: unknown; uncertain?: unknown } | null;
  };
  let precision: Precision;
  let uncertain: boolean;
  if (parsed.type === 'Interval') {
    precision = 'interval';
    const ends = [parsed.lower, parsed.upper];
    uncertain = ends.some((end) => !end || isMarked(end.approximate) || isMarked(end.uncertain));
  } else if (parsed.type === 'Season') {
    precision = 'season';
    uncertain = isMarked(parsed.approximate) || isMarked(parsed.uncertain);
  } else if (parsed.type === 'Set' || parsed.type === 'List') {
    precision = 'set';
    uncertain = true;
  } else {
    precision = PRECISIONS[parsed.precision ?? 3] ?? 'day';
    uncertain = isMarked(parsed.approximate) || isMarked(parsed.uncertain);
  }
  const openEnd = (parsed.type === 'Interval' && openEndOf(value.slice(value.indexOf('/') + 1))) || false;
  const season = parsed.type === 'Season' ? seasonBounds(parsed.year!, parsed.season!) : undefined;
  const start = season?.start ?? parsed.min;
  const end = season?.end ?? (Number.isFinite(parsed.max) ? parsed.max : start);
  return { edtf: value, start, end, precision, uncertain, isRange: precision !== 'day', openEnd };
}

/** The range from the start of `from` to the end of `to`, for spans such as affiliations: `to` ONGOING while it still holds, missing when its end is not known. */
export function spanRange(from: string, to?: string): DateRange {
  const start = parseEdtf(from);
  const openEnd = openEndOf(to);
  const end = openEnd ? undefined : parseEdtf(to!);
  return {
    edtf: `${from}/${to ?? ''}`,
    start: start.start,
    end: end ? end.end : start.start,
    precision: 'interval',
    uncertain: start.uncertain || Boolean(end?.uncertain),
    isRange: true,
    openEnd: openEnd ?? false,
  };
}

/** Year of the date's start, for filters and facets. */
export function startYear(value: string): number {
  return new Date(parseEdtf(value).start).getUTCFullYear();
}

/** ISO form of the date's start for `<time datetime>`, at its own precision (2014, 2014-11, 2017-12-01). */
export function isoDatetime(value: string): string {
  const range = parseEdtf(value);
  const iso = new Date(range.start).toISOString();
  if (range.precision === 'year' || range.precision === 'season') return iso.slice(0, 4);
  if (range.precision === 'month') return iso.slice(0, 7);
  return iso.slice(0, 10);
}

// Lower case, as English writes seasons inside a sentence ("founded autumn 2012").
const SEASONS: Record<string, string> = { '21': 'spring', '22': 'summer', '23': 'autumn', '24': 'winter' };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** One EDTF date (not an interval) in words, e.g. "c. Nov 2014", "1993?", "1 Dec 2017". */
function formatSingle(value: string): string {
  const bare = value.replace(/[?~%]/g, '');
  const { approximate, uncertain } = dateQualifiers(value);
  const [year, month, day] = bare.split('-');
  let text = year ?? bare;
  if (month && Number(month) >= 1 && Number(month) <= 12) text = `${MONTHS[Number(month) - 1]} ${year}`;
  else if (month && SEASONS[month]) text = `${SEASONS[month]} ${year}`;
  else if (month) text = bare; // unspecified digits (2017-XX) are shown as written
  if (day) text = `${Number(day)} ${text}`;
  if (approximate) text = `c. ${text}`;
  if (uncertain) text = `${text}?`;
  return text;
}

/** An interval whose two ends are the same date ("2015-22/2015-22", a stint within one season) is that date. */
const sameEnds = (value: string): string | undefined => {
  const [from, to] = value.split('/');
  return to !== undefined && from && from === to ? from : undefined;
};

/** An EDTF date in words for readers, e.g. "Nov 2014 – Oct 2015", "c. Nov 2014", "1993?"; an interval within one date reads as that date. */
export function formatEdtf(value: string): string {
  const single = sameEnds(value);
  if (single) return formatSingle(single);
  if (value.includes('/')) {
    const [from, to] = value.split('/');
    const side = (part: string | undefined) => (!part || part === ONGOING ? '…' : formatSingle(part));
    const end = openEndOf(to);
    return `${side(from)} – ${end ? OPEN_END_TEXT[end] : side(to)}`;
  }
  return formatSingle(value);
}

/** Compare two EDTF strings by start, then end, for chronological sorting. */
export function compareEdtf(a: string, b: string): number {
  const left = parseEdtf(a);
  const right = parseEdtf(b);
  return left.start - right.start || left.end - right.end;
}

/** One side of a date for a `<time>` element: the words a reader sees and, unless open, the machine-readable form. */
export interface TimePart {
  /** The date in words, e.g. "c. Nov 2014"; OPEN_END_TEXT for an end that is open or unknown, "…" for an unknown start. */
  text: string;
  /** Value for `<time datetime>`, at the written precision; absent for an open end. */
  datetime?: string;
}

/** A date as one `<time>` part, or an interval (`from/to`) as two, e.g. "Nov 2014" – "present". */
export function timeParts(value: string): TimePart[] {
  const sides = sameEnds(value) ? [sameEnds(value)!] : value.includes('/') ? value.split('/') : [value];
  return sides.map((side, i) => {
    const open = openEndOf(side);
    if (!open) return { text: formatSingle(side), datetime: isoDatetime(side) };
    return { text: i === 1 ? OPEN_END_TEXT[open] : '…' };
  });
}

/** The qualifiers written on a date or either end of an interval: `~` approximate, `?` uncertain, `%` both. */
export function dateQualifiers(value: string): { approximate: boolean; uncertain: boolean } {
  return { approximate: /[~%]/.test(value), uncertain: /[?%]/.test(value) };
}
