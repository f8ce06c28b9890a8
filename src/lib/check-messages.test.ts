/** Messages that name the field also say what to write there. */
import { describe, expect, test } from 'vitest';
import { formatIssue } from './integrity.ts';
import { FIELD_EXAMPLES } from './field-examples.ts';
import { checkFiles, validFiles, withEdit } from './test-fixtures.ts';

const WORK = 'content/works/hestness-2017.mdx';
const CLAIM = 'content/claims/baidu-first.mdx';
const EVENT = 'content/events/svail-opens.mdx';
const ACCESSED_ONLY = 'sources:\n  - { accessed: 2026-11-29 }';
const DATASET = 'content/datasets/d.yaml';
/** A dataset whose chart names a law cut short, and whose row holds an unquoted number and a cell of no column. */
const BROKEN_DATASET = `title: T
summary: S.
origin: { work: kaplan-2020, locator: Eq. 1, reading: primary, source: { url: "https://arxiv.org/abs/2001.08361", accessed: 2026-11-29 } }
columns:
  - { key: law, label: Law, type: text }
  - { key: alpha_N, label: a }
rows:
  - { law: L, alpha_N: 0.0760, beta: "1" }
chart:
  description: d
  panels:
    - x: { label: N, domain: [1, 10] }
      y: { label: L }
      curves:
        - { label: c, law: kaplan-combined, row: L }
`;

/** The errors a check reports for some files, each with its line. */
function errors(files: Record<string, string>): { line?: number; text: string }[] {
  return checkFiles(files)
    .issues.filter((issue) => issue.severity === 'error')
    .map((issue) => ({ line: issue.line, text: formatIssue(issue) }));
}

describe('a missing field is told what to write, at a line', () => {
  test('a missing url gives an example of it', () => {
    expect(errors(withEdit(WORK, (t) => t.replace(/sources:\n {2}- .*/, ACCESSED_ONLY)))).toEqual([
      { line: 12, text: `${WORK}: sources[0].url: required field is missing: add url: "https://arxiv.org/abs/1712.00409" (the page that shows the facts)` },
    ]);
  });

  test('a missing top-level field points at the start of the frontmatter', () => {
    expect(errors(withEdit(WORK, (t) => t.replace(/^title: .*\n/m, '')))).toEqual([{ line: 1, text: `${WORK}: title: required field is missing: add title: "…" (as published)` }]);
  });

  test('a missing date, id or evidence gets the example of the table the field reference and npm run new show', () => {
    const missing = (file: string, line: RegExp) => errors(withEdit(file, (t) => t.replace(line, ''))).map((e) => e.text);
    expect(missing(WORK, /^date: .*\n/m)).toEqual([
      `${WORK}: date: required field is missing: add date: ${FIELD_EXAMPLES.date.example} (when it happened or was first made public, in EDTF: a year 2017, a month 2017-12 or a day 2017-12-01; 2014~ for about, 1993? for uncertain, 2014-05/2017-03 for a span)`,
    ]);
    expect(missing(CLAIM, /^claimant: .*\n/m)).toEqual([`${CLAIM}: claimant: required field is missing: add claimant: ${FIELD_EXAMPLES.claimant.example} (id of the person, org or work that made the claim)`]);
    expect(missing(CLAIM, /^evidence:\n(?: .*\n)+/m)).toEqual([
      `${CLAIM}: evidence: required field is missing: add evidence: ${FIELD_EXAMPLES.evidence.example} (at least one item: the work, its stance, what it shows and where it was read)`,
    ]);
  });

  test('an influence without evidence is shown evidence without a stance, which only a claim takes', () => {
    const KAPLAN = 'content/works/kaplan-2020.mdx';
    expect(errors(withEdit(KAPLAN, (t) => t.replace(/^ {4}evidence:\n(?: {6}.*\n)+/m, ''))).map((e) => e.text)).toEqual([
      `${KAPLAN}: influencedBy[0].evidence: required field is missing: add evidence: [{ work: hestness-2017-scaling-predictable, note: "…", source: { url: "https://arxiv.org/abs/1712.00409", accessed: 2026-11-29 } }] (at least one item: the work, what it shows and where it was read)`,
    ]);
  });
});

describe('a reference to nobody says how to go on', () => {
  test('an unknown author may be written as a plain name or get an entry', () => {
    expect(errors(withEdit(WORK, (t) => t.replace('person: joel-hestness', 'person: orhan-firat'))).map((e) => e.text)).toEqual([
      `${WORK}: authors[0].person: unknown person "orhan-firat"; write the name as plain text (- "Orhan Firat") or create the entry with npm run new -- people "Orhan Firat"`,
    ]);
  });

  test('an unknown org that is no typo can get an entry', () => {
    expect(errors(withEdit(WORK, (t) => t.replace('orgs: [baidu-svail]', 'orgs: [google-brain]'))).map((e) => e.text)).toEqual([
      `${WORK}: orgs[0]: unknown org "google-brain"; create the entry with npm run new -- orgs "Google Brain"`,
    ]);
  });

  test('keeps the did-you-mean when there is one', () => {
    expect(errors(withEdit(WORK, (t) => t.replace('person: joel-hestness', 'person: joel-hestnes'))).map((e) => e.text)).toEqual([
      `${WORK}: authors[0].person: unknown person "joel-hestnes" (did you mean "joel-hestness"?); write the name as plain text (- "Joel Hestnes") or create the entry with npm run new -- people "Joel Hestnes"`,
    ]);
  });
});

describe('values written the wrong way are told the right way', () => {
  test('several ids in one list item', () => {
    expect(errors(withEdit(CLAIM, (t) => t.replace('about: [baidu-svail, hestness-2017]', 'about: ["baidu-svail, hestness-2017"]'))).map((e) => e.text)).toEqual([
      `${CLAIM}: about[0]: must be an entry id: lower-case letters, digits and hyphens, e.g. "dario-amodei"; a list holds one id per item, e.g. [baidu-svail, hestness-2017]`,
    ]);
  });

  test('an interval that ends before it starts', () => {
    expect(errors(withEdit(EVENT, (t) => t.replace('date: 2014-05-16', 'date: "2021-10/2021-02"'))).map((e) => e.text)).toEqual([
      `${EVENT}: date: the interval ends (2021-02) before it starts (2021-10)`,
    ]);
  });

  test('frontmatter without its closing line', () => {
    expect(errors(withEdit(EVENT, (t) => t.replace(/---\n$/, ''))).map((e) => e.text)).toEqual([
      `${EVENT}: (frontmatter): the closing --- line of the frontmatter is missing: end the fields with a line "---" before the text`,
    ]);
  });

  test('a law cut short gets the law it begins', () => {
    expect(errors({ ...validFiles(), [DATASET]: BROKEN_DATASET }).map((e) => e.text)).toContainEqual(
      expect.stringMatching(/^content\/datasets\/d\.yaml: chart\.panels\[0\]\.curves\[0\]\.law: "kaplan-combined" is not allowed \(did you mean "kaplan-combined-vs-data"\?\); use one of: /)
    );
  });
});

describe('one run reports everything that can be checked', () => {
  const KAPLAN = 'content/works/kaplan-2020.mdx';

  test('a field typo does not hide an unknown reference in the same entry', () => {
    expect(errors(withEdit(KAPLAN, (t) => t.replace('work: hestness-2017', 'work: hestnes-2017').replace('summary:', 'summery:'))).map((e) => e.text)).toEqual([
      expect.stringMatching(new RegExp(`^${KAPLAN}: summary: required field is missing`)),
      `${KAPLAN}: cites[0].work: unknown work "hestnes-2017" (did you mean "hestness-2017"?)`,
      expect.stringMatching(new RegExp(`^${KAPLAN}: summery: unknown field "summery" \\(did you mean "summary"\\?\\)`)),
    ]);
  });

  test('an item failing its schema does not hide the references of the items beside it', () => {
    const second = '  - work: hestnes-2017\n    context: again\ninfluencedBy:';
    expect(errors(withEdit(KAPLAN, (t) => t.replace('influencedBy:', second))).map((e) => e.text)).toEqual([
      `${KAPLAN}: cites[1].source: required field is missing: add source: { url: "https://arxiv.org/abs/1712.00409", accessed: 2026-11-29 } (where this was read)`,
      `${KAPLAN}: cites[1].work: unknown work "hestnes-2017" (did you mean "hestness-2017"?)`,
    ]);
  });

  test('an unknown law in a chart does not hide the errors of the rows', () => {
    expect(errors({ ...validFiles(), [DATASET]: BROKEN_DATASET }).map((e) => e.text)).toEqual([
      'content/datasets/d.yaml: rows[0].alpha_N: expected text, but YAML read 0.0760 as the number 0.076: write it in quotes, "0.0760", so its digits are kept as written',
      'content/datasets/d.yaml: rows[0].beta: "beta" is not a column; columns: law, alpha_N',
      expect.stringMatching(/^content\/datasets\/d\.yaml: chart\.panels\[0\]\.curves\[0\]\.law: "kaplan-combined" is not allowed/),
    ]);
  });
});
