/**
 * "Cite this": a work's data as a CSL-JSON item, and BibTeX, RIS and CSL-JSON produced from it
 * by citation.js (no hand-assembled BibTeX, so braces, `&`, `%`, `_` and non-ASCII are escaped
 * by the library; src/lib/bibtex.ts and src/lib/ris.ts add what its mappings lack). What a record
 * leaves out is said in it (src/lib/cite-completeness.ts); works whose title or first author is not
 * known are not offered at all.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { parse as parseName } from '@citation-js/name';
import type { Entity, KnowledgeBase } from './kb.ts';
import type { CitationFormat } from './citation-formats.ts';
import type { Work } from './schema.ts';
import { parseEdtf } from './dates.ts';
import { authorNames } from './entry-names.ts';
import { formatBibtex } from './bibtex.ts';
import { formatRis } from './ris.ts';
import { workUrl } from './work-links.ts';
import { citedAccessDay } from './cite-accessed.ts';
import { authorCoverage, citationNote, citedAuthors, citedDate, MORE_AUTHORS_TEXT, withheldReasons } from './cite-completeness.ts';

/** A CSL date: date parts at the written precision, flagged `circa` when approximate or uncertain. */
export interface CslDate {
  'date-parts': number[][];
  circa?: boolean;
}

/** A name in CSL-JSON: split parts for people, `literal` for names that cannot be split. */
export type CslName = Record<string, string>;

/** The CSL-JSON fields the atlas fills in for a work. */
export interface CslItem {
  /** The work's entry id, also the BibTeX key. */
  id: string;
  type: string;
  title: string;
  author?: CslName[];
  issued?: CslDate;
  /** The venue's name: journal, proceedings, show or outlet. */
  'container-title'?: string;
  publisher?: string;
  volume?: string;
  /** Issue of a journal or proceedings. */
  issue?: string;
  /** Number of anything else, e.g. a podcast episode. */
  number?: string;
  page?: string;
  DOI?: string;
  ISBN?: string;
  URL?: string;
  /** The day the source at URL was read for the atlas (BibTeX `urldate`). */
  accessed?: CslDate;
  language?: string;
  /** `arXiv` for works on arXiv, with the arXiv id as the location in that archive. */
  archive?: string;
  archive_location?: string;
  /** The arXiv primary category (e.g. cs.LG): the collection within the archive. */
  archive_collection?: string;
  /** The English title of a work in another language, then what the record leaves out or has not verified, in words (BibTeX `note`, RIS `N1`). */
  note?: string;
}

/** The name that ends an author list known to be incomplete: BibTeX writes it as `and others`; RIS and CSL-JSON, which have no such name (a reference manager would import "et al." as an author), drop it and say so in the note (see withoutMoreAuthors). */
export const MORE_AUTHORS: CslName = { literal: MORE_AUTHORS_TEXT };

/** What the note of a RIS or CSL-JSON citation says for an author list that ends in MORE_AUTHORS. */
export const MORE_AUTHORS_NOTE = 'Author list incomplete: further authors are not recorded here.';

/** The item without the MORE_AUTHORS name that ends an incomplete author list, its note saying the list is incomplete instead (for RIS and CSL-JSON). */
export function withoutMoreAuthors(item: CslItem): CslItem {
  const last = item.author?.at(-1);
  if (!last || last.literal !== MORE_AUTHORS.literal) return item;
  const { author, note, ...rest } = item;
  const named = author!.slice(0, -1);
  return { ...rest, ...(named.length > 0 ? { author: named } : {}), note: [MORE_AUTHORS_NOTE, note].filter(Boolean).join(' ') };
}

/**
 * CSL item type of each kind of work. A paper's type depends on its `venueType`, an article's on
 * whether it has a venue (see cslType); these are a paper in conference proceedings, where most
 * papers here appeared, and an article in a periodical. An essay is a web page and a blog post a
 * post: citation.js writes them as RIS `ELEC` and `BLOG`, which Zotero reads back as a web page and
 * a blog post (the CSL `article` essays had was RIS `JOUR`, a journal article).
 */
const CSL_TYPES: Record<Work['type'], string> = {
  paper: 'paper-conference',
  preprint: 'article',
  talk: 'speech',
  podcast: 'broadcast',
  article: 'article-magazine',
  book: 'book',
  'blog-post': 'post-weblog',
  essay: 'webpage',
  dataset: 'dataset',
  software: 'software',
};

/** An EDTF date as a CSL date at its precision (intervals give both ends). */
export function cslDate(edtf: string): CslDate {
  const parts = (value: string): number[] => {
    const range = parseEdtf(value);
    const date = new Date(range.start);
    const all = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    return all.slice(0, range.precision === 'year' ? 1 : range.precision === 'month' ? 2 : 3);
  };
  const ends = edtf.split('/').filter((end) => end && end !== '..');
  const circa = parseEdtf(edtf).uncertain;
  return { 'date-parts': ends.map(parts), ...(circa ? { circa: true } : {}) };
}

/** A paper's CSL type follows its venue: a journal article, a report when the organisation issued it itself, else a conference paper; an article with no periodical (a letter released on its own) is a generic document (BibTeX @misc, RIS GEN) rather than a magazine article without a magazine; other works by kind. */
export function cslType(data: Pick<Work, 'type' | 'venue' | 'venueType'>): string {
  if (data.type === 'article' && !data.venue) return 'document';
  if (data.type !== 'paper') return CSL_TYPES[data.type];
  return data.venueType === 'journal' ? 'article-journal' : data.venueType === 'publisher' ? 'report' : CSL_TYPES.paper;
}

/** A work's venue in CSL: the venue's name as container (or as publisher when it issued the work), with volume, issue or number, and pages. */
function cslVenue(data: Work): Partial<CslItem> {
  const periodical = data.venueType !== 'publisher' && (data.type === 'paper' || data.type === 'article');
  return {
    ...(data.venue ? (data.venueType === 'publisher' ? { publisher: data.venue } : { 'container-title': data.venue }) : {}),
    ...(data.publisher ? { publisher: data.publisher } : {}),
    ...(data.volume ? { volume: data.volume } : {}),
    ...(data.number ? (periodical ? { issue: data.number } : { number: data.number }) : {}),
    ...(data.pages ? { page: data.pages } : {}),
  };
}

/** A person's name in CSL parts, parsed by citation.js; a Chinese name kept whole. */
function cslName(name: string): CslName {
  return /\p{Script=Han}/u.test(name) ? { literal: name } : parseName(name);
}

/** What a citation's note says of a work cited by its title in another language: its English title (CSL has no standard field for a translated title, and the note reaches BibTeX, RIS and CSL-JSON alike). */
export function englishTitleNote(data: Pick<Work, 'nativeTitle'>): string | undefined {
  const translation = data.nativeTitle?.lang === 'en' ? undefined : data.nativeTitle?.translation;
  return translation && `English title: ${translation}${/[.?!]$/.test(translation) ? '' : '.'}`;
}

/** A work's CSL-JSON item, from its entry: the title as published (in its original language, its English title in the note), its arXiv or DOI address before any other URL (see workUrl), authors by the names printed on the work (`asPrinted`, else their atlas names) ending in "et al." when the list is incomplete, the date a citation gives, the day the URL was read (see citedAccessDay), and a note on what is incomplete. */
export function workToCsl(kb: KnowledgeBase, work: Entity<'works'>): CslItem {
  const { data } = work;
  const cited = citedAuthors(authorNames(kb, work), authorCoverage(data));
  const authors = [...cited.names.map(cslName), ...(cited.more ? [MORE_AUTHORS] : [])];
  const note = [englishTitleNote(data), citationNote(data, cited.names)].filter(Boolean).join(' ');
  const url = workUrl(data.identifiers);
  const accessed = citedAccessDay(data, url);
  return {
    id: work.id,
    type: cslType(data),
    title: data.nativeTitle?.text ?? data.title,
    ...(authors.length > 0 ? { author: authors } : {}),
    issued: cslDate(citedDate(data)),
    ...cslVenue(data),
    ...(data.identifiers.doi ? { DOI: data.identifiers.doi } : {}),
    ...(data.identifiers.isbn ? { ISBN: data.identifiers.isbn } : {}),
    ...(url ? { URL: url } : {}),
    ...(accessed ? { accessed: cslDate(accessed) } : {}),
    ...(data.identifiers.arxiv ? { archive: 'arXiv', archive_location: data.identifiers.arxiv, ...(data.arxivCategories ? { archive_collection: data.arxivCategories[0] } : {}) } : {}),
    language: data.language,
    ...(note ? { note } : {}),
  };
}

/** Citations of the given items in one format, as produced by citation.js. */
export function formatCitations(items: readonly CslItem[], format: CitationFormat): string {
  const copies = items.map((item) => (format === 'bibtex' ? { ...item } : withoutMoreAuthors(item)));
  const text =
    format === 'bibtex'
      ? formatBibtex(copies)
      : format === 'csl'
        ? new Cite(copies).format('data', { format: 'text', space: 2 })
        : formatRis(copies.map(withParticlesInNames));
  return text.endsWith('\n') ? text : `${text}\n`;
}

/**
 * The item with name particles folded into the name parts RIS has: citation.js's RIS writer keeps
 * only family, given and suffix, so "George van den Driessche" would lose "van den". CSL allows a
 * non-dropping particle written as part of the family name, and a dropping one after the given names.
 */
export function withParticlesInNames(item: CslItem): CslItem {
  const fold = ({ 'non-dropping-particle': inFamily, 'dropping-particle': afterGiven, ...name }: CslName): CslName => ({
    ...name,
    ...(inFamily && name.family ? { family: `${inFamily} ${name.family}` } : {}),
    ...(afterGiven ? { given: [name.given, afterGiven].filter(Boolean).join(' ') } : {}),
  });
  return item.author ? { ...item, author: item.author.map(fold) } : item;
}

/** Read citations back into CSL-JSON items (used to check that exports round-trip). */
export function parseCitations(text: string): Record<string, unknown>[] {
  return new Cite(text).data;
}

/** Works offered as citations: all but those whose title or first author is not known (see withheldReasons), in the knowledge base's chronological order. */
export function citableWorks(kb: KnowledgeBase): Entity<'works'>[] {
  return kb.byCollection.works.filter((work) => withheldReasons(work.data).length === 0);
}

/** CSL items of every work offered as a citation, in the knowledge base's chronological order. */
export function bibliographyItems(kb: KnowledgeBase): CslItem[] {
  return citableWorks(kb).map((work) => workToCsl(kb, work));
}
