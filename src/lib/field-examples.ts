/** How to write each required field, for the message that says it is missing. */

const ID = (collection: string, example: string) => `<id of the ${collection}>, e.g. ${example}`;
const SOURCE = '{ url: "https://…", accessed: YYYY-MM-DD }';

/** A required field by its name → how to write it, as a line of YAML with what it holds. */
const EXAMPLES: Record<string, string> = {
  url: 'url: "https://…" (the page that shows the facts)',
  accessed: 'accessed: YYYY-MM-DD (the day you read the source)',
  source: `source: ${SOURCE} (where this was read)`,
  summary: 'summary: "…" (one or two sentences: who or what this is and why it matters here)',
  name: 'name: "…" (the name as commonly written in English)',
  title: 'title: "…" (as published)',
  date: 'date: 2017-12-01 (EDTF: 2017, 2017-12, 2017-12-01, 2014~ or 1993?)',
  text: 'text: "…" (the words exactly as written)',
  lang: 'lang: zh (the language of the text)',
  note: 'note: "…" (what this shows, in your words)',
  statement: 'statement: "…" (the claim in plain English)',
  reasoning: 'reasoning: "…" (two or three sentences: why the verdict is what it is)',
  evidence: `evidence: [{ work: <id>, stance: supports, note: "…", source: ${SOURCE} }]`,
  locator: 'locator: "…" (section, table, figure or timestamp)',
  claimant: `claimant: ${ID('person, org or work that made the claim', 'dario-amodei')}`,
  madeIn: `madeIn: { work: ${ID('work the claim appears in', 'kaplan-2020')} }`,
  about: 'about: [baidu, google-brain] (the ids the claim names, one per item)',
  work: `work: ${ID('work', 'kaplan-2020')}`,
  org: `org: ${ID('organisation', 'baidu')}`,
  person: `person: ${ID('person', 'dario-amodei')}`,
  by: `by: ${ID('person, org or work', 'hestness-2017')}`,
  description: 'description: "…" (what the chart shows, for screen readers)',
  label: 'label: "…"',
  row: 'row: "…" (the text of the row\'s first column)',
};

/** What to add for a missing field at a path such as `sources[0].url`: an example line of it, when there is one. */
export function missingFieldFix(path: string): string {
  const name = /(?:^|\.)([A-Za-z]+)$/.exec(path)?.[1];
  const example = name ? EXAMPLES[name] : undefined;
  return example ? `add ${example}` : '';
}
