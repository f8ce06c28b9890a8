/** One short line about an entity, shared by index pages, search cards and graph tooltips. */
import type { Entity, KnowledgeBase } from './kb.ts';
import { displayDate } from './kb.ts';
import { t } from '../i18n/index.ts';

/** Every author name of a work, in order: an author's entry label, or the plain name given. */
export function authorNames(kb: KnowledgeBase, entity: Entity<'works'>): string[] {
  return entity.data.authors.map((author) => (typeof author === 'string' ? author : kb.get(author.person).label));
}

/** The surname of a name as written in English: its last word ("Jared Kaplan" → "Kaplan"). */
const surname = (name: string) => name.trim().split(/\s+/).at(-1) ?? name;

/** A plain-name author written as "Kolachina et al.": the list continues past what the source names. */
const ET_AL = /\s+et al\.?$/i;

/** How papers are cited in running text: "Kaplan et al. 2020", "Pearce & Song 2024", "Goodman 2001"; undefined without authors or year. */
export function shortCitation(kb: KnowledgeBase, entity: Entity<'works'>): string | undefined {
  const names = authorNames(kb, entity);
  if (names.length === 0 || entity.year === undefined) return undefined;
  const first = surname(names[0]!.replace(ET_AL, ''));
  if (names.length > 2 || ET_AL.test(names[0]!)) return `${first} et al. ${entity.year}`;
  return names.length === 2 ? `${first} & ${surname(names[1]!)} ${entity.year}` : `${first} ${entity.year}`;
}

/** Other names an entry is looked up by (search, the graph's find box): a person's name in every script and aliases, an organisation's short name, a work's aliases. */
export function otherNames(entity: Entity): string[] {
  const names = (() => {
    switch (entity.collection) {
      case 'people':
        return [entity.data.name, entity.data.nativeName?.text, ...entity.data.aliases];
      case 'orgs':
        return [entity.data.name, entity.data.nativeName?.text, entity.data.shortName];
      case 'works':
        return entity.data.aliases;
      default:
        return [];
    }
  })();
  return names.filter((name): name is string => Boolean(name));
}

/** Author names of a work, shortened to the first three and a count. */
export function authorLine(kb: KnowledgeBase, entity: Entity<'works'>): string {
  const names = authorNames(kb, entity);
  return names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
}

/** Who made a claim, for lists: "by" a person or organisation; a work (an article, a talk) is named by its kind, so a headline is not read as an author. */
function claimantLine(claimant: Entity): string {
  return claimant.collection === 'works' ? `${t(`workType.${claimant.data.type}`)} “${claimant.label}”` : `${t('entry.claimedBy')} ${claimant.label}`;
}

/** A one-line description of an entity for lists: type and date, affiliations, verdict. */
export function entityMeta(kb: KnowledgeBase, entity: Entity): string {
  switch (entity.collection) {
    case 'works':
      return [t(`workType.${entity.data.type}`), displayDate(entity.data.date), authorLine(kb, entity)].filter(Boolean).join(' · ');
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
