/**
 * Open data: the claims table (CSV and JSON) and the list of every download the site offers,
 * all read from the knowledge base.
 */
import type { Entity, KnowledgeBase } from './kb.ts';
import type { Verdict } from './schema.ts';

/** One row of /claims.csv and /claims.json. */
export interface ClaimRow {
  /** The statement in plain English. */
  statement: string;
  /** The claim's words in their original language (the quote, else the Chinese statement), or ''. */
  original: string;
  /** Language of `original` (BCP 47), or ''. */
  original_language: string;
  /** Who made the claim, by name. */
  claimant: string;
  /** When the claim was made (EDTF as written). */
  date: string;
  /** Our verdict. */
  verdict: Verdict;
  /** Number of evidence items on the claim page. */
  evidence_count: number;
  /** Address of the claim's page. */
  url: string;
}

/** Columns of the claims table, in order. */
export const CLAIM_COLUMNS = ['statement', 'original', 'original_language', 'claimant', 'date', 'verdict', 'evidence_count', 'url'] as const satisfies readonly (keyof ClaimRow)[];

/** The row of one claim, with its page address made absolute against `site`. */
export function claimRow(kb: KnowledgeBase, claim: Entity<'claims'>, site: string | URL): ClaimRow {
  const { data } = claim;
  const original = data.quote ? { text: data.quote.text, lang: data.quote.lang } : data.statementZh ? { text: data.statementZh, lang: 'zh' } : { text: '', lang: '' };
  return {
    statement: data.statement,
    original: original.text,
    original_language: original.lang,
    claimant: kb.get(data.claimant).label,
    date: data.date,
    verdict: data.verdict,
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
  { path: '/claims.csv', format: 'CSV (RFC 4180, UTF-8)', contents: `Every claim: ${CLAIM_COLUMNS.join(', ')}. Dates are EDTF, as the atlas records them: 2024-11~ means about November 2024.` },
  { path: '/claims.json', format: 'JSON', contents: 'The same claims table as an array of objects.' },
  { path: '/bibliography.bib', format: 'BibTeX (UTF-8)', contents: 'Every work offered as a citation, keyed by its entry id: not those whose published title or first author is unverified (their pages say why).' },
  { path: '/bibliography.json', format: 'CSL-JSON', contents: 'The same works as Citation Style Language data, for Zotero and citation processors.' },
  { path: '/graph.json', format: 'JSON', contents: 'The knowledge graph: entries as nodes, relations with their evidence as edges.' },
  { path: '/timeline.json', format: 'JSON', contents: 'Every dated fact with its EDTF date and range.' },
];
