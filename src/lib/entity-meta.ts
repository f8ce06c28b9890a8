/** One short line about an entity, shared by index pages, search cards and graph tooltips. */
import type { Entity, KnowledgeBase } from './kb.ts';
import { workByline } from './entry-names.ts';
import { displayDate } from './kb.ts';
import { t } from '../i18n/index.ts';

/** Who made a claim, for lists: "by" a person or organisation; a work (an article, a talk) is named by its kind, so a headline is not read as an author. */
function claimantLine(claimant: Entity): string {
  return claimant.collection === 'works' ? `${t(`workType.${claimant.data.type}`)} “${claimant.label}”` : `${t('entry.claimedBy')} ${claimant.label}`;
}

/** A one-line description of an entity for lists: type and date, affiliations, verdict. */
export function entityMeta(kb: KnowledgeBase, entity: Entity): string {
  switch (entity.collection) {
    case 'works':
      return [t(`workType.${entity.data.type}`), displayDate(entity.data.date), workByline(kb, entity, 3)].filter(Boolean).join(' · ');
    case 'people':
      return [...new Set(entity.data.affiliations.map((a) => kb.get(a.org).label))].join(', ');
    case 'orgs':
      return [t(`orgKind.${entity.data.kind}`), entity.data.founded ? `${t('org.founded').toLowerCase()} ${displayDate(entity.data.founded)}` : '', entity.data.location ?? ''].filter(Boolean).join(' · ');
    case 'claims':
      return [claimantLine(kb.get(entity.data.claimant)), displayDate(entity.data.date)].join(' · ');
    case 'events':
      return displayDate(entity.data.date);
    case 'datasets':
      return `from ${kb.get(entity.data.origin.work).label}, ${entity.data.origin.locator}`;
  }
}
