/**
 * How to write each field: the one table of examples that the check's "required field is missing"
 * message, the field reference of CONTRIBUTING.md (npm run docs:fields) and the placeholders of a new
 * entry (npm run new) all read. A field added to src/lib/schema.ts gets a line here
 * (field-examples.test.ts names every required field without one, and every example its field rejects).
 */

/** How to write one field. */
export interface FieldExample {
  /** A value as written in YAML, e.g. `2017-12-01`; none for free text, which the message shows as `"…"`. */
  example?: string;
  /** What the field holds, in a few words. */
  holds: string;
  /** How the value is written, where the example alone does not show it. */
  format?: string;
}

const URL = '"https://arxiv.org/abs/1712.00409"';
const DAY = '2026-11-29';
const WORK = 'hestness-2017-scaling-predictable';
const ORG = 'baidu-svail';
const SOURCE = `{ url: ${URL}, accessed: ${DAY} }`;
/** The forms of an EDTF date, for the field examples and the schema's message on a date it cannot read. */
export const EDTF_FORMS = 'a year 2017, a month 2017-12 or a day 2017-12-01; 2014~ for about, 1993? for uncertain, 2014-05/2017-03 for a span';
const EDTF = `in EDTF: ${EDTF_FORMS}`;
const ONE_OR_TWO = 'in one or two sentences';

/** A native name's example, with the name given (an org's 百度) or a person's. */
const nativeName = (text = '吴恩达') => `{ text: ${text}, lang: zh }`;

/**
 * Fields by name. A key may name the fields around it (`points[].x`) where fields of the same name
 * hold different things; the most specific key that ends a field's path applies.
 */
export const FIELD_EXAMPLES = {
  url: { example: URL, holds: 'the page that shows the facts' },
  accessed: { example: DAY, holds: 'the day you read the source' },
  source: { example: SOURCE, holds: 'where this was read' },
  archive: { example: '"https://web.archive.org/web/2024/https://arxiv.org/abs/1712.00409"', holds: 'an archived copy of the same page' },
  homepage: { example: '"https://www.anthropic.com/"', holds: 'the official or personal home page' },
  wikipedia: { example: '"https://en.wikipedia.org/wiki/Andrew_Ng"', holds: 'the Wikipedia article' },
  wikidata: { example: 'Q42', holds: 'Wikidata item id' },
  arxiv: { example: '"1712.00409"', holds: 'arXiv id without prefix' },
  summary: { holds: 'who or what this is and why it matters here', format: ONE_OR_TWO },
  name: { holds: 'the name as commonly written in English' },
  nativeName: { example: nativeName(), holds: 'the name in its own script' },
  title: { holds: 'as published' },
  date: { example: '2017-12-01', holds: 'when it happened or was first made public', format: EDTF },
  from: { example: '2014-05', holds: 'when they joined', format: EDTF },
  to: { example: '2017~', holds: 'when they left, or present while they are still there', format: EDTF },
  founded: { example: '2014-05-16', holds: 'when it was founded or announced', format: EDTF },
  dissolved: { example: '2017~', holds: 'when it closed, merged or was renamed', format: EDTF },
  text: { holds: 'the words exactly as written, in their language' },
  lang: { example: 'zh', holds: 'the language of the text' },
  translation: { holds: 'your own English translation' },
  quote: { example: '{ text: "…", lang: zh, translation: "our own English translation" }', holds: 'the words in their language, with your translation' },
  verification: { example: '{ status: unverified, note: "what is not verified and what would settle it" }', holds: 'what is not verified and what would settle it' },
  note: { holds: 'what this shows, in your words' },
  role: { example: '"Chief scientist"', holds: 'role or title there' },
  location: { holds: 'city and country' },
  context: { example: '"§7 Related Work, as [HNA+17]"', holds: 'how or where it is cited' },
  statement: { holds: 'the claim in plain English' },
  reasoning: { holds: 'why the verdict is what it is', format: 'in two or three sentences' },
  evidence: { example: `[{ work: ${WORK}, stance: supports, note: "…", source: ${SOURCE} }]`, holds: 'at least one item: the work, its stance, what it shows and where it was read' },
  'influencedBy[].evidence': { example: `[{ work: ${WORK}, note: "…", source: ${SOURCE} }]`, holds: 'at least one item: the work, what it shows and where it was read' },
  locator: { holds: 'where in the work: section, table, figure or timestamp' },
  work: { example: WORK, holds: 'id of the work, a file name in content/works/' },
  org: { example: ORG, holds: 'id of the organisation, a file name in content/orgs/' },
  person: { example: 'joel-hestness', holds: 'id of the person, a file name in content/people/' },
  parent: { example: 'baidu', holds: 'id of the organisation it belongs to' },
  partOf: { example: 'metz-2021-genius-makers', holds: 'id of the larger work it belongs to' },
  claimant: { example: 'robin-li', holds: 'id of the person, org or work that made the claim' },
  by: { example: WORK, holds: 'id of the person, org or work that did the influencing' },
  madeIn: { example: `{ work: ${WORK}, locator: "…" }`, holds: 'the work the claim appears in, and where in it' },
  about: { example: `[${ORG}]`, holds: 'ids of the entries the claim names, one per item' },
  orgs: { example: `[${ORG}]`, holds: 'ids of the organisations credited' },
  involved: { example: `[${ORG}]`, holds: 'ids of the people, orgs and works involved' },
  authors: { example: '[{ person: joel-hestness }, "Sharan Narang"]', holds: 'each author in published order: a plain name, or person: <id> for someone with an entry' },
  description: { holds: 'what the chart shows, for screen readers' },
  label: { holds: 'the text shown for it' },
  row: { holds: "the text of the row's first column" },
  key: { example: 'alpha_N', holds: 'column key: letters, digits and _, used in rows' },
  rows: { example: '[{ law: "L(N)", alpha_N: "0.0760" }]', holds: 'one row per item, keyed by column key', format: 'numbers in quotes exactly as published' },
  dataset: { example: 'kaplan-2020-combined-fit', holds: 'id of the dataset holding it' },
  domain: { example: '[768, 1.5e9]', holds: 'the range [from, to], both above zero' },
  'points[].x': { example: 'params', holds: 'column key of the x values' },
  'points[].y': { example: 'loss', holds: 'column key of the y values' },
} satisfies Record<string, FieldExample>;

/** A field name (or `parent[].name`) of the table. */
export type FieldKey = keyof typeof FIELD_EXAMPLES;

/** Examples of the shared shapes of schema.ts by schema name; a native name shows the field's own "e.g." (an org's 百度) when it has one. */
export const SHAPE_EXAMPLES: Record<string, (own?: string) => string> = {
  sourceSchema: () => FIELD_EXAMPLES.source.example,
  nativeNameSchema: nativeName,
  originalTextSchema: () => FIELD_EXAMPLES.quote.example,
  verificationSchema: () => FIELD_EXAMPLES.verification.example,
};

/** How to write the field at a path such as `sources[0].url` or `chart.panels[].points[].x`: the most specific entry whose key ends the path. */
export function fieldExampleAt(path: string): FieldExample | undefined {
  const names = path.replace(/\[\d*\]/g, '[]').split('.');
  for (let start = 0; start < names.length; start++) {
    const key = names.slice(start).join('.');
    if (Object.hasOwn(FIELD_EXAMPLES, key)) return FIELD_EXAMPLES[key as FieldKey];
  }
  return undefined;
}

/** What to add for a missing field at a path such as `sources[0].url`: a line of YAML with what it holds, when the table has the field. */
export function missingFieldFix(path: string): string {
  const entry = fieldExampleAt(path);
  if (!entry) return '';
  return `add ${path.split('.').at(-1)}: ${entry.example ?? '"…"'} (${[entry.holds, entry.format].filter(Boolean).join(', ')})`;
}

/** An example as text inside a double-quoted placeholder: a quoted text without its quotes, other double quotes as single ones (the same YAML). */
const inPlaceholder = (example: string) => /^"([^"]*)"$/.exec(example)?.[1] ?? example.replace(/"/g, "'");

/** The hint of a placeholder for a field: what it holds (or the more specific `holds` given), an example and how it is written. */
export function placeholderHint(key: FieldKey, holds?: string): string {
  const entry: FieldExample = FIELD_EXAMPLES[key];
  return hint(entry, holds, entry.example);
}

/** The hint of a placeholder for one item of a list field, with the example's item (`[baidu-svail]` → `baidu-svail`). */
export function itemHint(key: FieldKey, holds?: string): string {
  const entry: FieldExample = FIELD_EXAMPLES[key];
  return hint(entry, holds, entry.example?.replace(/^\[(.*)\]$/, '$1'));
}

/** "holds, e.g. example, format": what a field holds (or the more specific `holds` given), an example, and how it is written. */
function hint(entry: FieldExample, holds: string | undefined, example: string | undefined): string {
  return [holds ?? entry.holds, example && `e.g. ${inPlaceholder(example)}`, entry.format].filter(Boolean).join(', ');
}
