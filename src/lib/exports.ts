/**
 * Open data: the claims table (CSV and JSON) and the list of every download the site offers, all
 * read from the knowledge base (the sources index's rows are in source-export.ts).
 */
import type { Entity, KnowledgeBase } from './kb.ts';
import type { Verdict } from './schema.ts';
import { FEED_LENGTH } from './feed.ts';

/** What each column of /claims.csv (each field of /claims.json) holds, in column order: the one description the /data/ page and the README give. */
export const CLAIM_COLUMN_DESCRIPTIONS = {
  id: 'the claim’s atlas id (its page is /claims/<id>/)',
  statement: 'the statement in plain English',
  statement_zh: 'the statement in Chinese, when it was made in Chinese, else empty',
  original: 'the claim’s words in their original language: the quote, else the Chinese statement, else empty',
  original_language: 'language of original (BCP 47, e.g. zh), or empty',
  translation_en: 'the atlas’s English translation of the quote, when the quote is not in English, else empty',
  claimant: 'who made the claim, by name',
  date: 'when the claim was made (EDTF as written: 2024-11~ means about November 2024)',
  locator: 'where in the work the claim is made (paragraph, section, timestamp), or empty',
  verdict: 'the atlas’s verdict: supported, partly-supported, contested, unsupported, false or unverified',
  reasoning_en: 'why the verdict is what it is, in English',
  reasoning_zh: 'the reasoning in brief, in Chinese, or empty',
  unverified_en: 'parts of the claim that stay unverified, in English, one per line, or empty',
  unverified_zh: 'the same unverified parts in Chinese, one per line, or empty',
  evidence_count: 'number of evidence items on the claim page',
  url: 'address of the claim’s page',
} as const;

/** Columns of the claims table, in order. */
export const CLAIM_COLUMNS = Object.keys(CLAIM_COLUMN_DESCRIPTIONS) as (keyof typeof CLAIM_COLUMN_DESCRIPTIONS)[];

/** One row of /claims.csv and /claims.json: a value per column (see CLAIM_COLUMN_DESCRIPTIONS), text empty when the claim has none. */
export type ClaimRow = Record<Exclude<(typeof CLAIM_COLUMNS)[number], 'verdict' | 'evidence_count'>, string> & { verdict: Verdict; evidence_count: number };

/** The row of one claim, with its page address made absolute against `site`. */
export function claimRow(kb: KnowledgeBase, claim: Entity<'claims'>, site: string | URL): ClaimRow {
  const { data } = claim;
  const original = data.quote ? { text: data.quote.text, lang: data.quote.lang } : data.statementZh ? { text: data.statementZh, lang: 'zh' } : { text: '', lang: '' };
  return {
    id: claim.id,
    statement: data.statement,
    statement_zh: data.statementZh ?? '',
    original: original.text,
    original_language: original.lang,
    translation_en: data.quote?.translation ?? '',
    claimant: kb.get(data.claimant).label,
    date: data.date,
    locator: data.madeIn.locator ?? '',
    verdict: data.verdict,
    reasoning_en: data.reasoning,
    reasoning_zh: data.reasoningZh ?? '',
    unverified_en: data.unverifiedParts.join('\n'),
    unverified_zh: (data.unverifiedPartsZh ?? []).join('\n'),
    evidence_count: data.evidence.length,
    url: new URL(claim.url, site).href,
  };
}

/** Every claim's row, in the knowledge base's chronological order. */
export function claimRows(kb: KnowledgeBase, site: string | URL): ClaimRow[] {
  return kb.byCollection.claims.map((claim) => claimRow(kb, claim, site));
}

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; quotes doubled. */
function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The UTF-8 byte-order mark: at the start of a CSV it makes Excel read the file as UTF-8 (without it, Chinese shows as mojibake); CSV readers that honour it drop it. */
export const UTF8_BOM = '\uFEFF';

/** Rows as RFC 4180 CSV with a header line and CRLF line ends. */
export function toCsv<Column extends string>(rows: readonly { [K in Column]: string | number }[], columns: readonly Column[]): string {
  return [columns.join(','), ...rows.map((row) => columns.map((column) => csvField(row[column])).join(','))].join('\r\n') + '\r\n';
}

/** A download listed on /data/. */
export interface DataExport {
  /** Path from the site root. */
  path: string;
  /** File format in words, e.g. "CSV (RFC 4180, UTF-8)". */
  format: string;
  /** What the file holds. */
  contents: string;
}

/** Every download the site offers, for the /data/ page. */
export const DATA_EXPORTS: readonly DataExport[] = [
  { path: '/claims.csv', format: 'CSV (RFC 4180, UTF-8 with byte-order mark)', contents: `Every claim, one row each, with the columns listed below. The file starts with a UTF-8 byte-order mark so that Excel shows the Chinese text correctly; other CSV readers skip it.` },
  { path: '/claims.json', format: 'JSON', contents: 'The same claims table as an array of objects, one field per column.' },
  { path: '/bibliography.bib', format: 'BibTeX (UTF-8)', contents: 'Every work offered as a citation, keyed by its entry id: not those whose published title or first author is unverified (their pages say why).' },
  { path: '/bibliography.json', format: 'CSL-JSON', contents: 'The same works as Citation Style Language data, for Zotero and citation processors.' },
  { path: '/sources.json', format: 'JSON', contents: 'The sources index: totals (sources, sites, citing entries, uses, and sources by reliability) and every source the entries cite, one object each with the fields listed below, those cited by most entries first.' },
  { path: '/sources.csv', format: 'CSV (RFC 4180, UTF-8 with byte-order mark)', contents: 'The same sources, one row each; a list (labels, days, entries) holds one item per line.' },
  { path: '/graph.json', format: 'JSON', contents: 'The knowledge graph: entries as nodes, relations with their evidence as edges.' },
  { path: '/timeline.json', format: 'JSON', contents: 'Every dated fact with its EDTF date and range.' },
  { path: '/feed.xml', format: 'RSS 2.0', contents: `The ${FEED_LENGTH} entries changed most recently, the latest first, dated by the commit that last changed each; a claim’s item gives its verdict and reasoning. A change to an entry comes as a new item, so a corrected verdict shows again in a feed reader.` },
];
