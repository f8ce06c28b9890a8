/**
 * The names an entry goes by besides its title: a work's authors and short citation, aliases. Types
 * only from the knowledge base, so the graph's browser code can use it without bundling the model.
 */
import type { Entity, KnowledgeBase } from './kb.ts';

/** Every author name of a work, in order: an author's entry label, or the plain name given. */
export function authorNames(kb: KnowledgeBase, entity: Entity<'works'>): string[] {
  return entity.data.authors.map((author) => (typeof author === 'string' ? author : kb.get(author.person).label));
}

/** The surname of a name as written in English: its last word ("Jared Kaplan" → "Kaplan"). */
const surname = (name: string) => name.trim().split(/\s+/).at(-1) ?? name;

/** A plain-name author written as "Kolachina et al.": the list continues past what the source names. */
export const ET_AL = /\s+et al\.?$/i;

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
