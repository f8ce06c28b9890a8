/**
 * A work's citation in each format, formatted once per build: the work page shows all three and
 * the download files serve the same text, and citation.js is the costly part of both.
 */
import type { Entity, KnowledgeBase } from '../lib/kb.ts';
import { formatCitations, workToCsl, type CitationFormat } from '../lib/cite.ts';

const formatted = new Map<string, string>();

/** The citation of `work` in `format`, as its page shows it and its download file holds it. */
export function workCitation(kb: KnowledgeBase, work: Entity<'works'>, format: CitationFormat): string {
  const key = `${work.id}\n${format}`;
  let text = formatted.get(key);
  if (text === undefined) formatted.set(key, (text = formatCitations([workToCsl(kb, work)], format)));
  return text;
}
