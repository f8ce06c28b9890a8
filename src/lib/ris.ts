/**
 * RIS from CSL-JSON items with citation.js: its records (tags mapped by the library) with what its
 * mapping gets wrong for our works corrected in one place, then written out one tag a line.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import type { CslItem, CslName } from './cite.ts';

/** A RIS record as citation.js maps it: tag → value or values. */
export type RisRecord = Record<string, string | string[]>;

/** A page range split into its first and last page ("1877–1901" → 1877, 1901); a start with "ff." keeps the start alone. */
export function pageRange(page: string): { start: string; end?: string } {
  const range = page.match(/^\s*(\S+?)\s*[–—-]+\s*(\S+)\s*$/);
  if (range) return { start: range[1]!, end: range[2]! };
  return { start: page.replace(/\s*\bff?\.?\s*$/, '').trim() };
}

/** Names as RIS writes them, by citation.js's own rule: "Family, Given, Suffix", or the name as written. */
const risNames = (names: readonly CslName[]): string[] => names.map(({ family, given, suffix, literal }) => [family, given, suffix].filter(Boolean).join(', ') || (literal ?? ''));

/**
 * The record citation.js maps `item` to, corrected: the whole entry id as `ID` (the library cuts it
 * to 20 characters), an arXiv preprint as `UNPB` (unpublished work) instead of a journal article
 * named "arXiv", the arXiv id for every work on arXiv (`DB` arXiv, `AN` the id, as CSL's archive and
 * its location), `PY` for every type (the library leaves it out of conference papers), pages as
 * `SP` and `EP` instead of one range, and a podcast episode's people as `AU`, its show as `T2` and
 * its number as `M1`, where Zotero reads an episode number (the library reads a broadcast as a film:
 * `AU` its director, and writes none of them).
 */
export function completeRecord(record: RisRecord, item: CslItem): RisRecord {
  const preprint = item.type === 'article' && item.archive === 'arXiv';
  const { SP: _pages, ...rest } = record;
  const completed: RisRecord = { ...rest, ID: item.id, ...(preprint ? { TY: 'UNPB' } : {}) };
  if (preprint && completed.T2 === item['container-title']) delete completed.T2;
  const year = item.issued?.['date-parts'][0]?.[0];
  if (year !== undefined && !completed.PY) completed.PY = String(year);
  if (item.page) {
    const { start, end } = pageRange(item.page);
    completed.SP = start;
    if (end) completed.EP = end;
  }
  if (item.type === 'broadcast') {
    if (item.author?.length && !completed.AU) completed.AU = risNames(item.author);
    if (item['container-title'] && !completed.T2) completed.T2 = item['container-title'];
    if (item.number && !completed.M1) completed.M1 = item.number;
  }
  if (item.archive === 'arXiv' && item.archive_location) Object.assign(completed, { DB: 'arXiv', AN: item.archive_location });
  return completed;
}

/** A record as RIS text: `TY` first, one line per value (no wrapping of long values), `ER` last. */
function writeRecord(record: RisRecord): string {
  const { TY, ...tags } = record;
  const lines = Object.entries(tags).flatMap(([tag, value]) => [value].flat().map((v) => `${tag}  - ${v}`));
  return [`TY  - ${String(TY)}`, ...lines, 'ER  - '].join('\n');
}

/** RIS of the items: records mapped by citation.js, corrected by completeRecord. */
export function formatRis(items: readonly CslItem[]): string {
  const records = new Cite(items.map((item) => ({ ...item }))).format('ris', { format: 'object' }) as unknown as RisRecord[];
  return `${records.map((record, i) => writeRecord(completeRecord(record, items[i]!))).join('\n')}\n`;
}
