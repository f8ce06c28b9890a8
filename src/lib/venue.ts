/** A work's venue as one line for its page: the name, then volume, number, pages and publisher, then any remark. */
import type { Work } from './schema.ts';
import { t } from '../i18n/index.ts';

/** The venue line of a work, e.g. "NeurIPS 2020, vol. 33, pp. 1877–1901", or undefined when the work names no venue. */
export function venueLine(work: Pick<Work, 'type' | 'venue' | 'volume' | 'number' | 'pages' | 'publisher' | 'venueNote'>): string | undefined {
  if (!work.venue) return work.venueNote;
  const pages = work.pages && `${t(/[–-]/.test(work.pages) ? 'venue.pages' : 'venue.page')} ${work.pages}`;
  const number = work.number && `${t(work.type === 'podcast' ? 'venue.episode' : 'venue.issue')} ${work.number}`;
  const line = [work.venue, work.volume && `${t('venue.volume')} ${work.volume}`, number, pages, work.publisher].filter(Boolean).join(', ');
  return work.venueNote ? `${line} (${work.venueNote})` : line;
}
