/** Open data of the sources index: /sources.json and /sources.csv, and the one description of their fields that /data/ and the README give. */
import type { SourceGroup, SourceIndex } from './source-index.ts';

/** What each field of a source in /sources.json (each column of /sources.csv) holds, in column order. */
export const SOURCE_COLUMN_DESCRIPTIONS = {
  url: 'the source’s address, as the entries give it',
  host: 'the site it is on, without www.',
  labels: 'the labels the entries give it, each once (JSON: a list; CSV: one per line), or none',
  reliability: 'primary (the source itself was read), secondary (only a report of it was) or mixed (its uses disagree: each field says which it gives)',
  accessed: 'the days it was read for the atlas, YYYY-MM-DD, earliest first (JSON: a list; CSV: one per line)',
  archives: 'archived copies of it, if any (JSON: a list; CSV: one per line)',
  uses: 'how many source fields cite it, over all entries',
  entries: 'the entries citing it, each once. JSON: objects with id, kind (person, org, work, claim, event or dataset), label, url (its page) and fields (each field path, e.g. evidence[0].source, with the reliability it gives); CSV: one line per entry, its page’s address then its field paths, each followed by its reliability in brackets when the source is mixed',
} as const satisfies Record<keyof SourceGroup, string>;

/** Columns of /sources.csv, in order. */
export const SOURCE_COLUMNS = Object.keys(SOURCE_COLUMN_DESCRIPTIONS) as (keyof typeof SOURCE_COLUMN_DESCRIPTIONS)[];

/** The sources index `index` with every entry's page address made absolute against `site`: the content of /sources.json. */
export function sourcesData(index: SourceIndex, site: string | URL): SourceIndex {
  return {
    ...index,
    sources: index.sources.map((source) => ({ ...source, entries: source.entries.map((entry) => ({ ...entry, url: new URL(entry.url, site).href })) })),
  };
}

/** One row of /sources.csv: a source's lists as text, one item per line. */
export type SourceRow = Record<Exclude<keyof SourceGroup, 'uses'>, string> & { uses: number };

/** The rows of /sources.csv, in the order of the index. */
export function sourceRows(index: SourceIndex): SourceRow[] {
  return index.sources.map((source) => ({
    url: source.url,
    host: source.host,
    labels: source.labels.join('\n'),
    reliability: source.reliability,
    accessed: source.accessed.join('\n'),
    archives: source.archives.join('\n'),
    uses: source.uses,
    entries: source.entries
      .map((entry) => `${entry.url} ${entry.fields.map((use) => (source.reliability === 'mixed' ? `${use.field} (${use.reliability})` : use.field)).join(', ')}`)
      .join('\n'),
  }));
}
