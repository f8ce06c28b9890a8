/** The day a citation gives as its URL's access date: read from the work's own sources, never made up. */
import type { Work } from './schema.ts';

/** The `accessed` day of the work's source at exactly `url`, else of its first primary source; undefined without a URL or without such a source. */
export function citedAccessDay(data: Pick<Work, 'sources'>, url: string | undefined): string | undefined {
  if (!url) return undefined;
  const source = data.sources.find((candidate) => candidate.url === url) ?? data.sources.find((candidate) => candidate.reliability === 'primary');
  return source?.accessed;
}
