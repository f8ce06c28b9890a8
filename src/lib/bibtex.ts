/**
 * BibTeX from CSL-JSON items with citation.js: its entries (fields mapped and escaped by the library)
 * with what its BibTeX mapping has no rule for completed in one place (arXiv's `eprint`,
 * `archivePrefix` and `primaryClass`, the month as BibTeX's month macro, a @misc's venue, `urldate`,
 * a show's episode `number`, `language`), each
 * value escaped by its value formatter, then written out by its BibTeX writer.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { format as writeEntries } from '@citation-js/plugin-bibtex/lib/output/bibtex.js';
import { format as formatValue } from '@citation-js/plugin-bibtex/lib/output/value.js';
import type { CslDate, CslItem } from './cite.ts';
import { MORE_AUTHORS_TEXT } from './cite-completeness.ts';

const bibtexConfig = plugins.config.get('@bibtex');
bibtexConfig.format!.useIdAsLabel = true; // entry ids are stable, unique and valid BibTeX keys
bibtexConfig.format!.checkLabel = false;
// CSL `article` (a preprint or working paper, not in a journal) is @misc, as arXiv exports preprints; citation.js's default @article demands a journal.
(bibtexConfig.types as { bibtex: { target: Record<string, string> } }).bibtex.target.article = 'misc';

/** BibTeX's month macros, January first. */
const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A CSL day as BibTeX's `urldate` writes it: YYYY-MM-DD. */
function isoDay(date: CslDate): string {
  return date['date-parts'][0]!.map((part, i) => String(part).padStart(i === 0 ? 4 : 2, '0')).join('-');
}

/** A BibTeX entry as citation.js maps it: type, key and field values already escaped for BibTeX. */
export interface BibtexEntry {
  type: string;
  label: string;
  properties: Record<string, string>;
}

/**
 * Scripts citation.js's BibTeX writer drops: it escapes `{ } & % _ $ #` and writes accents as LaTeX
 * commands, but silently removes characters it has no LaTeX command for (Chinese, Japanese,
 * Korean, Cyrillic, full-width punctuation). Its `asciiOnly: false` switch keeps them but then
 * escapes nothing, so we protect these runs with placeholders and put them back as UTF-8.
 */
const UNESCAPED_SCRIPTS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Cyrillic}\u3000-\u303F\uFF00-\uFFEF]+/gu;
const PLACEHOLDER = /zqcjk(\d+)qz/g;

/** The entry citation.js maps `item` to, completed: the month alone as a macro name (BibTeX has no day), a @misc's venue as `howpublished` instead of a `journal` or nothing, no `howpublished` repeating the URL, arXiv's eprint fields, the URL's access day as `urldate`, the number of a show's episode (or any number the library maps only for reports), the language of a work not in English, and an incomplete author list ending `and others`. */
export function completeEntry(entry: BibtexEntry, item: CslItem): BibtexEntry {
  const month = item.issued?.['date-parts'][0]?.[1];
  const misc = entry.type === 'misc';
  const properties: Record<string, string> = {};
  for (const [field, value] of Object.entries(entry.properties)) {
    if (field === 'month' && month) properties.month = MONTH_MACROS[month - 1]!;
    // citation.js repeats the URL as `howpublished`, with TeX escapes (`\textunderscore{}`) the `url` field does not have.
    else if (!(misc && field === 'journal') && !(field === 'howpublished' && /^https?:/.test(value) && entry.properties.url)) properties[field] = value;
  }
  const added: Record<string, string | string[] | undefined> = {
    ...(misc && item['container-title'] ? { howpublished: item['container-title'] } : {}),
    ...(item.archive === 'arXiv' ? { eprint: item.archive_location, archivePrefix: 'arXiv', primaryClass: item.archive_collection } : {}),
    ...(item.accessed ? { urldate: isoDay(item.accessed) } : {}),
    ...(item.number && !properties.number ? { number: item.number } : {}),
    // `language` is a list field to citation.js's formatter.
    ...(item.language && item.language !== 'en' ? { language: [item.language] } : {}),
  };
  for (const [field, value] of Object.entries(added)) if (value) properties[field] = formatValue(field.toLowerCase(), value);
  // An incomplete author list ends in MORE_AUTHORS, which citation.js braces into a name; BibTeX styles know only the bare `others`.
  const braced = ` and {${MORE_AUTHORS_TEXT}}`;
  if (properties.author?.endsWith(braced)) properties.author = `${properties.author.slice(0, -braced.length)} and others`;
  return { ...entry, properties };
}

/** BibTeX of the items, written by citation.js, with non-Latin runs kept intact (see UNESCAPED_SCRIPTS) and months as bare macros (`month = dec`). */
export function formatBibtex(items: readonly CslItem[]): string {
  const runs: string[] = [];
  const protectedItems = JSON.parse(JSON.stringify(items).replace(UNESCAPED_SCRIPTS, (run) => `zqcjk${runs.push(run) - 1}qz`)) as CslItem[];
  // Without `accessed`, citation.js's writer does not also put the day in a `[Online; accessed …]` note: completeEntry gives it as `urldate`.
  const undated = protectedItems.map(({ accessed: _accessed, ...item }) => item);
  const entries = (new Cite(undated).format('bibtex', { format: 'object' }) as unknown as BibtexEntry[]).map((entry, i) => completeEntry(entry, protectedItems[i]!));
  // citation.js braces every value; a month macro must stand bare to be expanded.
  const text = writeEntries(entries, plugins.dict.get('text')).replace(/^(\s*month = )\{([a-z]{3})\},$/gm, '$1$2,');
  return text.replace(PLACEHOLDER, (_match, index: string) => runs[Number(index)]!);
}
