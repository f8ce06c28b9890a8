/** The meta description of an entry's page, for search engines and link previews: distinct for every entry, as two entries may share a summary. */
import type { Entity } from './kb.ts';
import { t } from '../i18n/index.ts';

/** A claim's verdict and statement ("Partly supported: Baidu found it first"); any other entry's summary led by its name or title, unless the summary already starts with it. */
export function entryDescription(entity: Entity): string {
  if (entity.collection === 'claims') return `${t(`verdict.${entity.data.verdict}`)}: ${entity.data.statement}`;
  const { summary } = entity.data;
  return summary.startsWith(entity.label) ? summary : `${entity.label}: ${summary}`;
}
