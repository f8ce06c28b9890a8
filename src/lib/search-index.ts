/**
 * What the search index knows about an entry page, and about the Chinese check of the article
 * (/zh/), besides their text: facets to filter by, metadata for result cards, and the date key
 * every page carries so sorting drops nothing.
 */
import type { Entity, KnowledgeBase } from './kb.ts';
import type { RelationType } from './references.ts';
import type { Verdict, WorkType } from './schema.ts';
import { displayDate } from './kb.ts';
import { entryCheck, type NotVerified } from './entry-check.ts';
import { parseEdtf } from './dates.ts';
import { ARTICLE_CHECK_TYPE, META_WEIGHTS, type ResultType, type SearchFacet } from './search-schema.ts';
import type { UiLanguage } from '../i18n/index.ts';
import { authorSearchNames, otherNames, shortCitation } from './entry-names.ts';

/** Search data of one indexed page, written into the page as `data-pagefind-*` attributes. */
export interface SearchRecord {
  /** Facet values: kind, verdict, year, connected organisations, language of the original. */
  filters: Partial<Record<SearchFacet, string[]>>;
  /** What a result card shows besides title and excerpt (`lang`: the page's language, when not English), and the searchable fields of `META_WEIGHTS`. */
  meta: { kind: ResultType; lang?: UiLanguage; date?: string; verdict?: Verdict; verification?: NotVerified; format?: WorkType } & Partial<Record<Exclude<keyof typeof META_WEIGHTS, 'title'>, string>>;
  /** Sort keys; `date` is an ISO day on every page (undated entries sort as oldest). */
  sort: { date: string };
}

/** Identifiers a work is searched by: arXiv id, DOI, ISBN. */
function identifiers(entity: Entity): string[] {
  if (entity.collection !== 'works') return [];
  const { arxiv, doi, isbn } = entity.data.identifiers;
  return [arxiv, doi, isbn].filter((id): id is string => Boolean(id));
}

/** Authors a work is searched by (as printed on it and by their atlas names), and its short citation ("Kaplan et al. 2020"), so a surname finds the works under it before the pages that mention them, but after the person. */
function authors(kb: KnowledgeBase, entity: Entity): string[] {
  return entity.collection === 'works' ? [...authorSearchNames(kb, entity), shortCitation(kb, entity)].filter((name): name is string => Boolean(name)) : [];
}

/** A claim's quote in its original words and in translation. */
function quoteText(entity: Entity): string[] {
  if (entity.collection !== 'claims' || !entity.data.quote) return [];
  return [entity.data.quote.text, entity.data.quote.translation].filter((q): q is string => Boolean(q));
}

/** Sort key of entries with no date of their own and no dated facts. */
export const UNDATED_SORT_KEY = '0000-01-01';

/** Relations that tie an entry to an organisation for the organisation facet. */
const ORG_TIES: readonly RelationType[] = ['authored', 'member_of', 'part_of', 'about', 'made_claim', 'involved'];

/** Names of the organisations an entity is tied to (itself included when it is one), sorted. */
export function connectedOrgs(kb: KnowledgeBase, entity: Entity): string[] {
  const ids = [...kb.outgoing(entity.id).map((r) => ({ type: r.type, other: r.target })), ...kb.incoming(entity.id).map((r) => ({ type: r.type, other: r.source }))]
    .filter((tie) => ORG_TIES.includes(tie.type))
    .map((tie) => tie.other);
  if (entity.collection === 'orgs') ids.push(entity.id);
  return [...new Set(ids.map((id) => kb.get(id)).filter((other) => other.collection === 'orgs').map((org) => org.label))].sort();
}

/** Language of the original text of a work or claim (a claim's quote, else the work it was made in). */
export function originalLanguage(kb: KnowledgeBase, entity: Entity): string | undefined {
  if (entity.collection === 'works') return entity.data.language;
  if (entity.collection === 'claims') {
    const madeIn = kb.get(entity.data.madeIn.work);
    return entity.data.quote?.lang ?? (madeIn.collection === 'works' ? madeIn.data.language : undefined);
  }
  return undefined;
}

/**
 * ISO day of the start of the entity's own date, else of its earliest dated fact other than claims
 * about it (a claim's date is when it was made: it would file Fei-Fei Li under 2024).
 */
export function sortDate(kb: KnowledgeBase, entity: Entity): string {
  const start = entity.date ? parseEdtf(entity.date).start : kb.datedFor(entity.id).find((item) => item.collection !== 'claims')?.range.start;
  return start === undefined ? UNDATED_SORT_KEY : new Date(start).toISOString().slice(0, 10);
}

/** The search record of an entry page. */
export function searchRecord(kb: KnowledgeBase, entity: Entity): SearchRecord {
  const { verdict, verification } = entryCheck(entity);
  const language = originalLanguage(kb, entity);
  const organisations = connectedOrgs(kb, entity);
  const filters: SearchRecord['filters'] = { type: [entity.kind] };
  const searchable = { name: otherNames(entity), identifiers: identifiers(entity), quote: quoteText(entity), authors: authors(kb, entity) };
  if (verdict) filters.verdict = [verdict];
  if (entity.year !== undefined) filters.year = [String(entity.year)];
  if (organisations.length > 0) filters.organisation = organisations;
  if (language) filters.language = [language];
  return {
    filters,
    meta: {
      kind: entity.kind,
      ...(entity.date ? { date: displayDate(entity.date) } : {}),
      ...(verdict ? { verdict } : {}),
      ...(verification ? { verification } : {}),
      ...(entity.collection === 'works' ? { format: entity.data.type } : {}),
      ...Object.fromEntries(Object.entries(searchable).filter(([, values]) => values.length > 0).map(([key, values]) => [key, values.join(' · ')])),
    },
    sort: { date: sortDate(kb, entity) },
  };
}

/**
 * The search record of the article checked claim by claim in `lang` (/zh/): a type of its own and no
 * verdict, year, organisation or language, facets that describe one entry; sorted by the article's date.
 */
export function articleCheckSearchRecord(kb: KnowledgeBase, article: Entity | undefined, lang: UiLanguage): SearchRecord {
  return {
    filters: { type: [ARTICLE_CHECK_TYPE] },
    meta: { kind: ARTICLE_CHECK_TYPE, lang },
    sort: { date: article ? sortDate(kb, article) : UNDATED_SORT_KEY },
  };
}

/** The built file of the page at `url` (as Astro requests it in the build), relative to the site root: `…/people/x/` → `people/x/index.html`. */
export function indexedSourcePath(url: string, base: string): string {
  const { pathname } = new URL(url);
  const root = base.endsWith('/') ? base : `${base}/`;
  const path = decodeURI(pathname.startsWith(root) ? pathname.slice(root.length) : pathname.slice(1));
  return path === '' || path.endsWith('/') ? `${path}index.html` : path.endsWith('.html') ? path : `${path}.html`;
}
