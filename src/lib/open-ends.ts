/**
 * How a span without an end date ends, in content, in EDTF and for readers. Kept free of imports:
 * the graph's browser bundle reads relations through references.ts, which maps content to EDTF.
 */

/** What an affiliation's `to` says in content while the person is still there. */
export const PRESENT = 'present';

/** EDTF's open end: the span still holds (`2021/..`); an empty end (`2013-09/`) means the end is not known. */
export const ONGOING = '..';

/** How a span without an end date ends: it still holds, or when it ended is not known. */
export type OpenEnd = 'ongoing' | 'unknown';

/** How readers see the end of a span that still holds, and of one whose end is not known. */
export const OPEN_END_TEXT: Record<OpenEnd, string> = { ongoing: 'present', unknown: 'end unknown' };
