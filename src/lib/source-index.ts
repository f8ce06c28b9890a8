/**
 * The sources index: every source the atlas cites, one per address, with the entries and fields that
 * cite it, so a reader can weigh the evidence base: read first- or secondhand, how much rests on one
 * source, when each was read. Sources are found by their shape, in whatever field holds them.
 */
import type { Entity, KnowledgeBase } from './kb.ts';
import { COLLECTIONS, sourceSchema, type Source } from './schema.ts';
import { formatPath } from './paths.ts';

/** A source object found in an entry's data, with the path of the field that holds it. */
export interface FoundSource {
  /** Where in the entry, as contributors write it: `evidence[2].source`, `sources[0]`. */
  field: string;
  source: Source;
}

/** Every source object in an entry's data, in any field at any depth (anything `sourceSchema` accepts), in the order of the data. */
export function sourcesIn(data: unknown, path: readonly PropertyKey[] = []): FoundSource[] {
  if (Array.isArray(data)) return data.flatMap((item, index) => sourcesIn(item, [...path, index]));
  if (!data || typeof data !== 'object') return [];
  const parsed = sourceSchema.safeParse(data);
  if (parsed.success) return [{ field: formatPath(path), source: parsed.data }];
  return Object.entries(data).flatMap(([key, value]) => sourcesIn(value, [...path, key]));
}

/** The site a source is on: its host name without a leading `www.`. */
export function sourceHost(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/** The address sources are grouped by: the URL as the URL standard serialises it (host lower-cased, an empty path written `/`); nothing else is changed, so two different pages are never merged. */
export function sourceAddress(url: string): string {
  return new URL(url).href;
}

/** How a source was read: as its uses say, or `mixed` when they disagree (some primary, some secondary). */
export type SourceReliability = Source['reliability'] | 'mixed';

/** One field of an entry that cites a source, with how that use says the source was read. */
export type CitingField = { field: string; reliability: Source['reliability'] };

/** An entry that cites a source, with every field of it that does. */
export type CitingEntry = Pick<Entity, 'id' | 'kind' | 'label' | 'url'> & { fields: CitingField[] };

/** One source: an address, what the entries say about it, and the entries that cite it. */
export interface SourceGroup {
  /** The address (see `sourceAddress`). */
  url: Source['url'];
  /** The site it is on (see `sourceHost`). */
  host: string;
  /** Every label the entries give it, each once, in the order first used. */
  labels: NonNullable<Source['label']>[];
  /** How it was read; `mixed` when its uses disagree (each field says which it gives). */
  reliability: SourceReliability;
  /** Every day it was read, each once, earliest first. */
  accessed: Source['accessed'][];
  /** Every archived copy the entries give, each once, sorted. */
  archives: NonNullable<Source['archive']>[];
  /** How many source fields cite it, over all entries. */
  uses: number;
  /** The entries citing it, each once, in the order of the collections' index pages. */
  entries: CitingEntry[];
}

/** Counts over the whole index. */
export interface SourceTotals {
  /** Distinct sources (addresses). */
  sources: number;
  /** Distinct sites the sources are on. */
  hosts: number;
  /** Entries that cite at least one source. */
  entries: number;
  /** Source fields over all entries. */
  uses: number;
  /** Sources every use of which is primary. */
  primary: number;
  /** Sources every use of which is secondary. */
  secondary: number;
  /** Sources whose uses disagree. */
  mixed: number;
}

/** Every source of the knowledge base with what rests on it, and the totals. */
export interface SourceIndex {
  totals: SourceTotals;
  /** Sources cited by most entries first, then by address. */
  sources: SourceGroup[];
}

/** Compare two texts by code point, the same on every machine. */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The sources index of a knowledge base. */
export function sourceIndex(kb: KnowledgeBase): SourceIndex {
  const entities = COLLECTIONS.flatMap((collection): Entity[] => kb.byCollection[collection]);
  const uses = entities.flatMap((entity) => sourcesIn(entity.data).map((found) => ({ entity, ...found })));
  const sources = [...Map.groupBy(uses, (use) => sourceAddress(use.source.url))]
    .map(([url, group]): SourceGroup => {
      const reliabilities = new Set(group.map((use) => use.source.reliability));
      const entries = [...Map.groupBy(group, (use) => use.entity)].map(([{ id, kind, label, url: page }, own]) => ({
        id,
        kind,
        label,
        url: page,
        fields: own.map((use) => ({ field: use.field, reliability: use.source.reliability })),
      }));
      return {
        url,
        host: sourceHost(url),
        labels: distinct(group.map((use) => use.source.label)),
        reliability: reliabilities.size === 1 ? [...reliabilities][0]! : 'mixed',
        accessed: distinct(group.map((use) => use.source.accessed)).sort(byCodePoint),
        archives: distinct(group.map((use) => use.source.archive)).sort(byCodePoint),
        uses: group.length,
        entries,
      };
    })
    .sort((a, b) => b.entries.length - a.entries.length || byCodePoint(a.url, b.url));
  const count = (reliability: SourceReliability) => sources.filter((source) => source.reliability === reliability).length;
  return {
    totals: {
      sources: sources.length,
      hosts: new Set(sources.map((source) => source.host)).size,
      entries: new Set(uses.map((use) => use.entity.id)).size,
      uses: uses.length,
      primary: count('primary'),
      secondary: count('secondary'),
      mixed: count('mixed'),
    },
    sources,
  };
}

/** The values given, each once, in the order first given. */
function distinct<T>(values: readonly (T | undefined)[]): T[] {
  return [...new Set(values.filter((value): value is T => value !== undefined))];
}
