/**
 * What `npm run new -- <collection> "<name>"` writes: a slug id from the name, and a file with every
 * required field, the unknown ones as "TODO:" placeholders that `npm run check` rejects until filled.
 */
import { distance } from 'fastest-levenshtein';
import { didYouMean } from './did-you-mean.ts';
import { placeholder as todo } from './placeholders.ts';
import { collectionNamed, COLLECTIONS, orgKind, reliability, stance, verdict, workType, type CollectionName } from './schema.ts';
import { CONTENT_EXTENSIONS } from './content-files.ts';
import { FIELD_EXAMPLES, itemHint, placeholderHint, type FieldKey } from './field-examples.ts';

/** Longest id the scaffolder makes; longer names are cut at a word boundary. */
const MAX_ID_LENGTH = 60;

/** An entry id from a name: ASCII letters and digits joined by hyphens ("Łukasz Kaiser" → "lukasz-kaiser"). */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/gi, 'l')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_ID_LENGTH) return slug;
  return slug.slice(0, MAX_ID_LENGTH + 1).replace(/-[^-]*$/, '');
}

const quoted = (text: string) => JSON.stringify(text);
/** What a placeholder says beyond the table of field examples: what the field holds here, and a remark after the example. */
interface Asking {
  holds?: string;
  then?: string;
}
/** A quoted placeholder for a field, from its line in the table of field examples. */
const ask = (key: FieldKey, { holds, then }: Asking = {}) => quoted(todo([placeholderHint(key, holds), then].filter(Boolean).join('; ')));
/** A quoted placeholder for one item of a list, written one per line. */
const askEach = (key: FieldKey, holds: string) => quoted(todo(`${itemHint(key, holds)}; one per line, each starting with -`));
const SOURCE = `{ url: ${ask('url')}, accessed: ${ask('accessed')} }`;
const SOURCES = `sources:\n  - url: ${ask('url')}\n    accessed: ${ask('accessed')}`;
const SUMMARY = (holds: string) => `summary: ${ask('summary', { holds })}`;
const oneOf = (options: readonly string[]) => quoted(todo(`one of ${options.join(', ')}`));

/** The frontmatter (YAML) of a new entry of a collection, with `name` filled in. */
export function entryFrontmatter(collection: CollectionName, name: string): string {
  const title = quoted(name);
  switch (collection) {
    case 'people':
      return `name: ${title}
# Optional: remove the # to use a line, and fill in its TODO.
# nativeName: { text: ${quoted(todo('the name in its own script, e.g. 吴恩达 for Andrew Ng'))}, lang: zh }
${SUMMARY('who this is and why they matter to the history of scaling laws')}
# affiliations:
#   - org: ${ask('org')}
#     role: ${ask('role')}
#     from: ${ask('from')}
#     to: ${ask('to')}
#     source: ${SOURCE}
links:
  wikidata: ${ask('wikidata', { then: 'delete this line and links: if there is none' })}
${SOURCES}`;
    case 'orgs':
      return `name: ${title}
# Optional: remove the # to use a line, and fill in its TODO.
# nativeName: { text: ${quoted(todo('the name in its own script, e.g. 百度 for Baidu'))}, lang: zh }
# parent: ${ask('parent')}
kind: ${oneOf(orgKind.options)}
# founded: ${ask('founded')}
# location: ${ask('location')}
${SUMMARY('what this organisation is and its part in the story')}
${SOURCES}`;
    case 'works':
      return `title: ${title}
type: ${oneOf(workType.options)}
date: ${ask('date', { holds: 'when it was first made public' })}
authors:
  - ${quoted(todo(FIELD_EXAMPLES.authors.holds))}
# Optional: remove the # to use a line, and fill in its TODO.
# orgs:
#   - ${askEach('orgs', 'id of an organisation credited')}
# identifiers: { arxiv: ${ask('arxiv', { then: 'or write doi:, isbn: or url: instead' })} }
# cites:
#   - work: ${ask('work')}
#     context: ${ask('context')}
#     source: ${SOURCE}
# language: zh
# nativeTitle: { text: ${ask('text', { holds: 'the title as published' })}, lang: zh, translation: ${ask('translation')} }
${SUMMARY('what the work is and what it found')}
${SOURCES}`;
    case 'claims':
      return `statement: ${title}
claimant: ${ask('claimant')}
madeIn:
  work: ${ask('work')}
  locator: ${ask('locator')}
date: ${ask('date', { holds: 'when the claim was made' })}
# quote: { text: ${ask('text')}, lang: zh, translation: ${ask('translation')} }  # optional
about:
  - ${askEach('about', 'id of an entry the claim is about')}
verdict: ${oneOf(verdict.options)}
reasoning: ${ask('reasoning')}
evidence:
  - work: ${ask('work', { then: 'delete this line if the work has no entry' })}
    stance: ${oneOf(stance.options)}
    note: ${ask('note')}
    source: ${SOURCE}
source: ${SOURCE}`;
    case 'events':
      return `title: ${title}
date: ${ask('date', { holds: 'when it happened' })}
involved:
  - ${askEach('involved', 'id of a person, org or work involved')}
${SUMMARY('what happened and why it matters here')}
${SOURCES}`;
    case 'datasets':
      return `title: ${title}
summary: ${ask('summary', { holds: 'what the numbers are' })}
origin:
  work: ${ask('work')}
  locator: ${ask('locator', { holds: 'table, figure or equation, e.g. Table 3' })}
  reading: ${oneOf(reliability.options)}
  source: ${SOURCE}
columns:
  - key: ${ask('key')}
    label: ${ask('label', { holds: 'heading shown above the column' })}
rows:
  - ${askEach('rows', 'one row, keyed by column key')}`;
  }
}

/** The whole text of a new entry file. */
export function entryText(collection: CollectionName, name: string): string {
  const frontmatter = entryFrontmatter(collection, name);
  if (collection === 'datasets') return `# Fill in every TODO, then run: npm run check -- <this file>\n${frontmatter}\n`;
  return `---\n${frontmatter}\n---\n`;
}

/** What the scaffolder will do, or why it will not. */
export type NewEntryPlan = { ok: true; id: string; file: string; text: string; similar: string[]; tip?: string } | { ok: false; message: string };

/** An entry that exists already: its file and the name or title it shows. */
export interface ExistingEntry {
  file: string;
  label?: string;
}

/** True when two ids (or slugged names) are close enough to be the same thing misspelt. */
function near(a: string, b: string): boolean {
  return distance(a, b) <= Math.max(2, Math.floor(Math.min(a.length, b.length) / 4));
}

/** Plan a new entry: check the collection and name, refuse an id in use (naming its file), and list entries with a similar id or name. */
export function planNewEntry(collectionInput: string, name: string, existing: ReadonlyMap<string, ExistingEntry>): NewEntryPlan {
  const collection = collectionNamed(collectionInput);
  if (!collection) {
    return { ok: false, message: `unknown collection "${collectionInput}"${didYouMean(collectionInput.toLowerCase(), COLLECTIONS)}; use one of: ${COLLECTIONS.join(', ')}` };
  }
  const id = slugify(name);
  if (!id) {
    return { ok: false, message: `"${name}" gives no id: ids are made of Latin letters and digits, so give the name as written in English or pinyin (put the original script in nativeName)` };
  }
  const taken = existing.get(id);
  if (taken) {
    return { ok: false, message: `"${id}" already exists: ${taken.file}. Edit that entry, or give a more specific name if this is a different ${collection === 'people' ? 'person' : 'entry'}.` };
  }
  const similar = [...existing].filter(([other, entry]) => near(other, id) || (entry.label !== undefined && near(slugify(entry.label), id))).map(([, entry]) => entry.file);
  const file = `content/${collection}/${id}${CONTENT_EXTENSIONS[collection][0]}`;
  const tip = collection === 'works' ? 'works are usually named author-year-keywords (e.g. hestness-2017-scaling-predictable): rename the file to change the id' : undefined;
  return { ok: true, id, file, text: entryText(collection, name.trim()), similar: similar.sort(), ...(tip ? { tip } : {}) };
}

/** The name or title an entry shows, from its raw frontmatter. */
export function entryLabel(data: unknown): string | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const record = data as Record<string, unknown>;
  const label = record.name ?? record.title ?? record.statement;
  return typeof label === 'string' ? label : undefined;
}
