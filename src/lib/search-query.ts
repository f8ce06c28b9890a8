/**
 * What the search box hands Pagefind: a reader's query put in the words the index holds. A pasted
 * arXiv or DOI link, an `arXiv:` id or arXiv's own DOI becomes the bare identifier the work pages
 * show, and the Chinese names of scaling laws become the English term the atlas writes.
 */

/** Chinese renderings of "scaling law" readers type; pages write the English term. */
export const SCALING_LAW_ZH = ['规模定律', '缩放定律', '尺度定律', '扩展定律', '扩展规律', '规模法则', '缩放法则', '标度律'] as const;

/** The English term the atlas writes for SCALING_LAW_ZH. */
export const SCALING_LAW = 'scaling law';

/** An arXiv id, new style (1712.00409) or old (cs.CL/0108005), with an optional version. */
const ARXIV_ID = String.raw`((?:[a-z-]+(?:\.[a-z]{2})?\/\d{7})|\d{4}\.\d{4,5})(?:v\d+)?`;

/** Whole-query forms of an identifier and how to get the identifier out of each. */
const IDENTIFIER_FORMS: RegExp[] = [
  new RegExp(String.raw`^(?:https?:\/\/)?(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf)\/${ARXIV_ID}(?:\.pdf)?\/?$`, 'i'),
  new RegExp(String.raw`^arxiv:\s*${ARXIV_ID}$`, 'i'),
  new RegExp(String.raw`^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)?10\.48550\/arxiv\.${ARXIV_ID}$`, 'i'),
  /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)(10\.\d{4,9}\/\S+)$/i,
  new RegExp(String.raw`^${ARXIV_ID}$`, 'i'),
];

/** `query` as the index will find it: an identifier in any of its pasted forms reduced to itself, Chinese names of scaling laws in English. */
export function indexedQuery(query: string): string {
  const trimmed = query.trim();
  for (const form of IDENTIFIER_FORMS) {
    const match = form.exec(trimmed);
    if (match) return match[1]!;
  }
  return SCALING_LAW_ZH.reduce((text, term) => text.replaceAll(term, ` ${SCALING_LAW} `), trimmed).replace(/\s+/g, ' ').trim();
}
