/**
 * What `npm run new -- <collection> "<name>"` writes: a slug id from the name, and a file with every
 * required field, the unknown ones as "TODO:" placeholders that `npm run check` rejects until filled.
 */
import { distance } from 'fastest-levenshtein';
import { didYouMean } from './did-you-mean.ts';
import { placeholder as todo } from './placeholders.ts';
import { collectionNamed, COLLECTIONS, orgKind, reliability, stance, verdict, workType, type CollectionName } from './schema.ts';
import { CONTENT_EXTENSIONS } from './content-files.ts';

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
const SOURCE = `{ url: ${quoted(todo('https://… address that shows this'))}, accessed: ${quoted(todo('day you read it, YYYY-MM-DD'))} }`;
const SOURCES = `sources:\n  - url: ${quoted(todo('https://… address of a page that shows the facts of this entry'))}\n    accessed: ${quoted(todo('day you read it, YYYY-MM-DD'))}`;
const SUMMARY = (what: string) => `summary: ${quoted(todo(`one or two sentences: ${what}`))}`;
const DATE = (what: string) => quoted(todo(`${what}, EDTF: 2017, 2017-12, 2017-12-01, 2014~ (about) or 1993? (uncertain)`));
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
#   - org: ${quoted(todo('id of the organisation, a file name in content/orgs/'))}
#     role: ${quoted(todo('role or title there'))}
#     from: ${DATE('when they joined')}
#     to: ${DATE('when they left')}
#     source: ${SOURCE}
links:
  wikidata: ${quoted(todo('Wikidata item id such as Q42, or delete this line and links: if there is none'))}
${SOURCES}`;
    case 'orgs':
      return `name: ${title}
# Optional: remove the # to use a line, and fill in its TODO.
# nativeName: { text: ${quoted(todo('the name in its own script, e.g. 百度 for Baidu'))}, lang: zh }
# parent: ${quoted(todo('id of the organisation it belongs to'))}
kind: ${oneOf(orgKind.options)}
# founded: ${DATE('when it was founded or announced')}
# location: ${quoted(todo('city and country'))}
${SUMMARY('what this organisation is and its part in the story')}
${SOURCES}`;
    case 'works':
      return `title: ${title}
type: ${oneOf(workType.options)}
date: ${DATE('when it was first made public')}
authors:
  - ${quoted(todo('each author in published order: a plain name, or person: <id> for someone with an entry'))}
# Optional: remove the # to use a line, and fill in its TODO.
# orgs:
#   - ${quoted(todo('id of an organisation credited; one id per line, each starting with -'))}
# identifiers: { arxiv: ${quoted(todo('arXiv id such as 1712.00409; or write doi:, isbn: or url: instead'))} }
# cites:
#   - work: ${quoted(todo('id of the work it cites, a file name in content/works/'))}
#     context: ${quoted(todo('how or where it is cited, e.g. §7 Related Work, as [HNA+17]'))}
#     source: ${SOURCE}
# language: zh
# nativeTitle: { text: ${quoted(todo('the title as published'))}, lang: zh, translation: ${quoted(todo('your English translation'))} }
${SUMMARY('what the work is and what it found')}
${SOURCES}`;
    case 'claims':
      return `statement: ${title}
claimant: ${quoted(todo('id of the person, org or work that made the claim'))}
madeIn:
  work: ${quoted(todo('id of the work the claim appears in'))}
  locator: ${quoted(todo('where in it: paragraph, section or timestamp'))}
date: ${DATE('when the claim was made')}
# quote: { text: ${quoted(todo('the words exactly as written, in their language'))}, lang: zh, translation: ${quoted(todo('your own English translation'))} }  # optional
about:
  - ${quoted(todo('id of an entry the claim is about; one id per line, each starting with -'))}
verdict: ${oneOf(verdict.options)}
reasoning: ${quoted(todo('two or three sentences: why the verdict is what it is'))}
evidence:
  - work: ${quoted(todo('id of the work that holds the evidence (delete this line if it has no entry)'))}
    stance: ${oneOf(stance.options)}
    note: ${quoted(todo('what this evidence shows, in your words'))}
    source: ${SOURCE}
source: ${SOURCE}`;
    case 'events':
      return `title: ${title}
date: ${DATE('when it happened (a span: 2014-05/2017-03)')}
involved:
  - ${quoted(todo('id of a person, org or work involved; one id per line, each starting with -'))}
${SUMMARY('what happened and why it matters here')}
${SOURCES}`;
    case 'datasets':
      return `title: ${title}
summary: ${quoted(todo('what the numbers are, in a sentence or two'))}
origin:
  work: ${quoted(todo('id of the work the numbers are published in'))}
  locator: ${quoted(todo('table, figure or equation, e.g. Table 3'))}
  reading: ${oneOf(reliability.options)}
  source: ${SOURCE}
columns:
  - key: ${quoted(todo('column key, e.g. params'))}
    label: ${quoted(todo('heading shown above the column'))}
rows:
  - ${quoted(todo('one row per line, e.g. { params: \'1.5e9\' }, numbers in quotes exactly as published'))}`;
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
