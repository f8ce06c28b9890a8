/**
 * Typographic quotes for the atlas's own English prose in entry fields, as the Markdown bodies already
 * get from the build's SmartyPants: "First" → “First”, Baidu's → Baidu’s. Verbatim quotations,
 * titles, names and Chinese text are left as their sources print them (see `prose` in schema.ts).
 */
import { smartypantsu } from 'smartypants';

/** SmartyPants' option for quotes only: dashes and dots are written as they are meant. */
const QUOTES_ONLY = 'q';

/** `text` with its straight quotes and apostrophes made typographic (“ ” ‘ ’). */
export function typographicQuotes(text: string): string {
  return /["']/.test(text) ? smartypantsu(text, QUOTES_ONLY) : text;
}
