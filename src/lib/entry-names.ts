/**
 * The names an entry goes by besides its title: a work's authors and short citation, aliases. Types
 * only from the knowledge base, so the graph's browser code can use it without bundling the model.
 */
import type { Entity, KnowledgeBase } from './kb.ts';
import { authorCoverage, byline, ET_AL } from './cite-completeness.ts';

/** One entry of a work's `authors`: a plain name, or a person by id with the name printed on the work. */
export type WorkAuthor = Entity<'works'>['data']['authors'][number];

/** The name an author has on the work: a plain name as given, a person's name as printed there (`asPrinted`), else the person's entry label. */
export function printedName(kb: KnowledgeBase, author: WorkAuthor): string {
  return typeof author === 'string' ? author : (author.asPrinted ?? kb.get(author.person).label);
}

/** Every author name of a work as printed on it, in order (what citations and bylines give). */
export function authorNames(kb: KnowledgeBase, entity: Entity<'works'>): string[] {
  return entity.data.authors.map((author) => printedName(kb, author));
}

/** A work's byline for lists outside its page: names as printed, "et al." when the list is known to be incomplete (see byline), at most `max` names. */
export function workByline(kb: KnowledgeBase, entity: Entity<'works'>, max?: number): string {
  return byline(authorNames(kb, entity), authorCoverage(entity.data), max);
}

/** What a work's authors are found by: its whole byline, then the entry label of each person printed under another name ("… Linxi Fan, …", then "Jim Fan"); empty without authors. */
export function authorSearchNames(kb: KnowledgeBase, entity: Entity<'works'>): string[] {
  const labels = entity.data.authors.flatMap((author) => (typeof author !== 'string' && author.asPrinted ? [kb.get(author.person).label] : []));
  return [workByline(kb, entity), ...new Set(labels)].filter(Boolean);
}

/** An `asPrinted` that repeats the person's own name, as the field and a message with the fix (run by `npm run check`). */
export function printedNameIssues(authors: readonly WorkAuthor[], nameOf: (person: string) => string | undefined): { path: string; message: string }[] {
  return authors.flatMap((author, i) =>
    typeof author !== 'string' && author.asPrinted !== undefined && author.asPrinted === nameOf(author.person)
      ? [{ path: `authors[${i}].asPrinted`, message: `"${author.asPrinted}" is already the name of ${author.person}: remove asPrinted (it is only for a name printed differently on this work)` }]
      : []
  );
}

/** The surname of a name as written in English: its last word ("Jared Kaplan" → "Kaplan"). */
const surname = (name: string) => name.trim().split(/\s+/).at(-1) ?? name;

/** How papers are cited in running text: "Kaplan et al. 2020", "Pearce & Song 2024", "Goodman 2001"; "et al." for any list known to be incomplete; undefined without authors or year, or when the first author is not known (`authorList: some`). */
export function shortCitation(kb: KnowledgeBase, entity: Entity<'works'>): string | undefined {
  const names = authorNames(kb, entity);
  const coverage = authorCoverage(entity.data);
  if (names.length === 0 || entity.year === undefined || coverage === 'some') return undefined;
  const first = surname(names[0]!.replace(ET_AL, ''));
  if (names.length > 2 || coverage !== 'complete') return `${first} et al. ${entity.year}`;
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
