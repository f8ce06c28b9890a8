/**
 * "Cite this": a work's data as a CSL-JSON item, and BibTeX, RIS and CSL-JSON produced from it
 * by citation.js (no hand-assembled BibTeX, so braces, `&`, `%`, `_` and non-ASCII are escaped
 * by the library).
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { parse as parseName } from '@citation-js/name';
import type { Entity, KnowledgeBase } from './kb.ts';
import type { CitationFormat } from './citation-formats.ts';
import type { Work } from './schema.ts';
import { parseEdtf } from './dates.ts';
import { authorNames } from './entity-meta.ts';

const bibtexConfig = plugins.config.get('@bibtex');
bibtexConfig.format!.useIdAsLabel = true; // entry ids are stable, unique and valid BibTeX keys
bibtexConfig.format!.checkLabel = false;

/**
 * Scripts citation.js's BibTeX writer drops: it escapes `{ } & % _ $ #` and writes accents as LaTeX
 * commands, but silently removes characters it has no LaTeX command for (Chinese, Japanese,
 * Korean, Cyrillic, full-width punctuation). Its `asciiOnly: false` switch keeps them but then
 * escapes nothing, so we protect these runs with placeholders and put them back as UTF-8.
 */
const UNESCAPED_SCRIPTS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Cyrillic}\u3000-\u303F\uFF00-\uFFEF]+/gu;
const PLACEHOLDER = /zqcjk(\d+)qz/g;

/** BibTeX of the items with non-Latin runs kept intact (see UNESCAPED_SCRIPTS). */
function bibtexKeepingScripts(items: readonly CslItem[]): string {
  const runs: string[] = [];
  const protectedItems = JSON.parse(JSON.stringify(items).replace(UNESCAPED_SCRIPTS, (run) => `zqcjk${runs.push(run) - 1}qz`)) as CslItem[];
  return new Cite(protectedItems).format('bibtex').replace(PLACEHOLDER, (_match, index: string) => runs[Number(index)]!);
}

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
  'container-title'?: string;
  DOI?: string;
  ISBN?: string;
  URL?: string;
  language?: string;
  /** arXiv id, as the archive location in the arXiv archive. */
  archive?: string;
  archive_location?: string;
}

/**
 * CSL item type of each kind of work. Papers are `paper-conference` because most papers here
 * appeared in conference proceedings; the schema does not say which ones were journal articles.
 */
const CSL_TYPES: Record<Work['type'], string> = {
  paper: 'paper-conference',
  preprint: 'article',
  talk: 'speech',
  podcast: 'broadcast',
  article: 'article-magazine',
  book: 'book',
  'blog-post': 'post-weblog',
  essay: 'article',
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

/** A person's name in CSL parts, parsed by citation.js. */
function cslName(name: string): CslName {
  return /\p{Script=Han}/u.test(name) ? { literal: name } : parseName(name);
}

/** A work's CSL-JSON item, from its entry (authors by their atlas names). */
export function workToCsl(kb: KnowledgeBase, work: Entity<'works'>): CslItem {
  const { data } = work;
  const authors = authorNames(kb, work).map(cslName);
  const url = data.identifiers.url ?? (data.identifiers.arxiv ? `https://arxiv.org/abs/${data.identifiers.arxiv}` : undefined);
  return {
    id: work.id,
    type: CSL_TYPES[data.type],
    title: data.title,
    ...(authors.length > 0 ? { author: authors } : {}),
    issued: cslDate(data.date),
    ...(data.venue ? { 'container-title': data.venue } : {}),
    ...(data.identifiers.doi ? { DOI: data.identifiers.doi } : {}),
    ...(data.identifiers.isbn ? { ISBN: data.identifiers.isbn } : {}),
    ...(url ? { URL: url } : {}),
    ...(data.identifiers.arxiv ? { archive: 'arXiv', archive_location: data.identifiers.arxiv } : {}),
    language: data.language,
  };
}

/** Citations of the given items in one format, as produced by citation.js. */
export function formatCitations(items: readonly CslItem[], format: CitationFormat): string {
  const copies = items.map((item) => ({ ...item }));
  const text =
    format === 'bibtex'
      ? bibtexKeepingScripts(copies)
      : format === 'csl'
        ? new Cite(copies).format('data', { format: 'text', space: 2 })
        : // citation.js hard-wraps RIS values every 70 characters, mid-word; readers then rejoin them with a space. Undo the wrap.
          new Cite(copies).format('ris').replace(/\n(?![A-Z][A-Z0-9] {2}-)/g, '');
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** Read citations back into CSL-JSON items (used to check that exports round-trip). */
export function parseCitations(text: string): Record<string, unknown>[] {
  return new Cite(text).data;
}

/** CSL items of every work in the knowledge base, in its chronological order. */
export function bibliographyItems(kb: KnowledgeBase): CslItem[] {
  return kb.byCollection.works.map((work) => workToCsl(kb, work));
}
