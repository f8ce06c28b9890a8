/**
 * The contract with contributors: one zod schema per collection of `content/`.
 * Plain zod (no Astro imports) so the build, `npm run check` and the tests share it.
 * How to write each field (the example the check, the field reference and `npm run new` give) is in field-examples.ts.
 */
import { z } from 'zod';
import { isValidEdtf, reversedInterval } from './dates.ts';
import { EDTF_FORMS } from './field-examples.ts';
import { PRESENT } from './open-ends.ts';
import { LAW_NAMES } from './scaling-laws.ts';
import { typographicQuotes } from './typography.ts';

/** Text in the atlas's own English words: its straight quotes and apostrophes are made typographic, as the build does in entry bodies (verbatim quotes, titles and names stay as written). */
export const prose = z.string().min(1).transform(typographicQuotes);

/** Entry ids are file names: lower-case words joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A reference to another entry by its id (the file name without extension). */
export const ref = z
  .string()
  .regex(ID_PATTERN, 'must be an entry id: lower-case letters, digits and hyphens, e.g. "dario-amodei"');

/** YAML turns `2014` into a number and `2017-12-01` into a Date; give both back as the EDTF text written. */
export function asWrittenDate(value: unknown): unknown {
  if (typeof value === 'number') return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return value;
}

/** A day written YYYY-MM-DD, whether or not the calendar has it. */
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** What is wrong with a day written YYYY-MM-DD that the calendar does not have (2021-02-30). */
const notACalendarDay = (value: string) => `${value} is not a real calendar day; check its month and day`;

/** A date or interval in EDTF, e.g. `2014`, `2014-11`, `2017-12-01`, `2014-11~`, `2014/2015-10`. */
export const edtfDate = z.preprocess(
  asWrittenDate,
  z.string().superRefine((value, context) => {
    if (isValidEdtf(value)) return;
    context.addIssue({
      code: 'custom',
      message:
        reversedInterval(value) ??
        (DAY_PATTERN.test(value) ? notACalendarDay(value) : `is not a valid EDTF date; write ${EDTF_FORMS}`),
    });
  })
);

/** The end of an affiliation: an EDTF date, or PRESENT while it continues. */
export const affiliationEnd = z.preprocess(
  asWrittenDate,
  z.string().refine((value) => value === PRESENT || isValidEdtf(value), {
    message: `is not a valid EDTF date or "${PRESENT}"; write e.g. 2015-10, or ${PRESENT} while the person is still there (omit it when the end is not known)`,
  })
);

/** A calendar day in EDTF (YYYY-MM-DD), used for accessed dates. */
export const edtfDay = z.preprocess(
  asWrittenDate,
  z
    .string()
    .regex(DAY_PATTERN, 'must be a day written YYYY-MM-DD, e.g. 2026-11-29')
    .refine(isValidEdtf, { error: (issue) => notACalendarDay(String(issue.input)) })
);

/** Languages the atlas stores original text in (BCP 47). */
export const languageCode = z.enum(['en', 'zh', 'zh-Hans', 'zh-Hant', 'fr', 'de', 'ja']);

/** How directly a fact was checked: read in the source itself, or only in a secondary report. */
export const reliability = z.enum(['primary', 'secondary']);

/** Where a fact comes from: the address and the day it was read. */
export const sourceSchema = z.strictObject({
  /** Address of the page, paper or record that shows the fact. */
  url: z.url({ message: 'must be a full URL starting with http:// or https://' }),
  /** Day the source was read for the atlas, YYYY-MM-DD. */
  accessed: edtfDay,
  /** Short human label for the link, e.g. "Reuters, 2014-05-16". */
  label: prose.optional(),
  /** `primary` when the source itself was read; `secondary` when only a report of it was. */
  reliability: reliability.default('primary'),
  /** An archived copy of the same page, for when the original moves or disappears. */
  archive: z.url().optional(),
});

/** Text in its original language, with an English translation when that language is not English. */
export const originalTextSchema = z.strictObject({
  /** The words exactly as written in the original. */
  text: z.string().min(1),
  /** Language of `text`. */
  lang: languageCode,
  /** Our own English translation (required unless `lang` is `en`). */
  translation: prose.optional(),
});

/** A name in its original script, e.g. 吴恩达 for Andrew Ng. */
export const nativeNameSchema = z.strictObject({
  /** The name in its own script. */
  text: z.string().min(1),
  /** Language of the name. */
  lang: languageCode,
});

/** Whether the entry's central facts were checked; `unverified` is shown prominently on the page. */
export const verificationSchema = z.strictObject({
  /** `verified` (primary source read), `secondary` (only reported elsewhere) or `unverified` (not checked). */
  status: z.enum(['verified', 'secondary', 'unverified']),
  /** The one part left unverified when the rest was checked (`date`); omit when the central facts themselves are not verified. */
  only: z.enum(['date']).optional(),
  /** What exactly is not verified, and what would settle it. */
  note: prose.optional(),
});

/** One stance an evidence item can take towards a claim. */
export const stance = z.enum(['supports', 'contradicts', 'context']);

/** A piece of evidence: a work (and where in it) plus the source that shows it. */
export const evidenceSchema = z.strictObject({
  /** The work that holds the evidence, by id, when it has an entry. */
  work: ref.optional(),
  /** Where in the work: page, section, table, figure, timestamp. */
  locator: prose.optional(),
  /** What this evidence shows, in our words. */
  note: prose,
  /** A short quote from the evidence, in its original language. */
  quote: originalTextSchema.optional(),
  /** Where the evidence was read. */
  source: sourceSchema,
});

/** Evidence bearing on a claim, with its stance. */
export const claimEvidenceSchema = evidenceSchema.extend({
  /** Whether the evidence supports the claim, contradicts it, or only gives context. */
  stance,
});

/** A statement that one entry influenced another, with the evidence for it. */
export const influenceSchema = z.strictObject({
  /** The entry (person, org or work) that did the influencing. */
  by: ref,
  /** How the influence showed, in our words. */
  note: prose,
  /** When the influence took place, if known (EDTF). */
  date: edtfDate.optional(),
  /** At least one piece of evidence: an influence without evidence is an error. */
  evidence: z.array(evidenceSchema).min(1, 'an influence needs at least one evidence item'),
});

/** Fields every entry has. */
const entryBase = {
  /** One or two sentences saying who or what this is and why it matters here. */
  summary: prose,
  /** Sources for the entry's facts; each fact's source is one click away on the page. */
  sources: z.array(sourceSchema).default([]),
  /** How well the entry's central facts were checked; omit when everything is verified. */
  verification: verificationSchema.optional(),
  /** Entries (people, orgs, works) that influenced this one, each with evidence. */
  influencedBy: z.array(influenceSchema).default([]),
};

/** A person's time at an organisation. */
export const affiliationSchema = z.strictObject({
  /** The organisation, by id. */
  org: ref,
  /** Role or title there, e.g. "Chief scientist". */
  role: prose.optional(),
  /** When the person joined (EDTF). */
  from: edtfDate.optional(),
  /** When the person left (EDTF), or `present` while they are still there; omit when it is not known. */
  to: affiliationEnd.optional(),
  /** Where the affiliation is shown. */
  source: sourceSchema,
  /** Anything uncertain about the dates or the role. */
  note: prose.optional(),
});

/** External identifiers for a person. */
export const personLinksSchema = z.strictObject({
  /** Personal or institutional home page. */
  homepage: z.url().optional(),
  /** Wikidata item id, e.g. Q42. */
  wikidata: z.string().regex(/^Q\d+$/, 'must be a Wikidata item id such as Q42').optional(),
  /** ORCID iD, e.g. 0000-0002-1825-0097. */
  orcid: z.string().regex(/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/, 'must be an ORCID iD such as 0000-0002-1825-0097').optional(),
  /** Wikipedia article. */
  wikipedia: z.url().optional(),
});

/** A person in the story. */
export const personSchema = z.strictObject({
  /** Name as commonly written in English. */
  name: z.string().min(1),
  /** Name in its original script, e.g. 吴恩达. */
  nativeName: nativeNameSchema.optional(),
  /** Other names the person publishes under, e.g. "Linxi Fan". */
  aliases: z.array(z.string().min(1)).default([]),
  /** Times at organisations, each with its source. */
  affiliations: z.array(affiliationSchema).default([]),
  /** Identifiers and home pages. */
  links: personLinksSchema.default({}),
  ...entryBase,
});

/** Kinds of organisation. */
export const orgKind = z.enum(['company', 'lab', 'institute', 'university', 'nonprofit', 'consortium', 'publisher', 'media']);

/** A company, lab or institute. */
export const orgSchema = z.strictObject({
  /** Name in English. */
  name: z.string().min(1),
  /** Name in its original script, e.g. 百度. */
  nativeName: nativeNameSchema.optional(),
  /** Short form, e.g. SVAIL. */
  shortName: z.string().min(1).optional(),
  /** What kind of organisation it is. */
  kind: orgKind,
  /** The organisation it belongs to, by id. */
  parent: ref.optional(),
  /** When it was founded or announced (EDTF). */
  founded: edtfDate.optional(),
  /** When it closed, merged or was renamed (EDTF). */
  dissolved: edtfDate.optional(),
  /** City and country. */
  location: prose.optional(),
  /** Official web site. */
  homepage: z.url().optional(),
  ...entryBase,
});

/** Kinds of work. */
export const workType = z.enum(['paper', 'preprint', 'talk', 'podcast', 'article', 'book', 'blog-post', 'essay', 'dataset', 'software']);

/** An author: a person with an entry, or a plain name. */
export const authorSchema = z.union([
  z.string().min(1).describe('A plain name, for authors without an entry'),
  z.strictObject({
    /** The person's entry id. */
    person: ref,
    /** The name as printed on this work when it differs from the person's `name`, e.g. "Linxi Fan" for jim-fan; citations give it, the page shows both. */
    asPrinted: z.string().min(1).optional(),
  }),
]);

/** Identifiers of a work. */
export const workIdentifiersSchema = z.strictObject({
  /** arXiv id without prefix, e.g. 1712.00409. */
  arxiv: z.string().regex(/^(\d{4}\.\d{4,5}|[a-z.-]+\/\d{7})$/, 'must be an arXiv id such as 1712.00409').optional(),
  /** DOI without resolver, e.g. 10.1145/3293883.3295710. */
  doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, 'must be a DOI such as 10.1145/3293883.3295710 (without https://doi.org/)').optional(),
  /** ISBN of a book. */
  isbn: z.string().regex(/^[\d-]{10,17}X?$/, 'must be an ISBN').optional(),
  /** Canonical address of the work. */
  url: z.url().optional(),
});

/** A citation from this work to another, with the context it is cited in. */
export const citationSchema = z.strictObject({
  /** The cited work, by id. */
  work: ref,
  /** How or where it is cited, e.g. "§7 Related Work, as [HNA+17]". */
  context: prose.optional(),
  /** Where the citation was checked (usually the reference list). */
  source: sourceSchema,
});

/** A notable citation that a work does not make. */
export const absentCitationSchema = z.strictObject({
  /** The work that is not cited, by id. */
  work: ref,
  /** Why the absence is notable. */
  note: prose,
  /** Where the reference list was checked. */
  source: sourceSchema,
});

/** A paper, preprint, talk, podcast episode, article, book or post. */
export const workSchema = z.strictObject({
  /** Title as published. */
  title: z.string().min(1),
  /** Title in its original language when that is not English. */
  nativeTitle: originalTextSchema.optional(),
  /** Names readers know the work by besides its title, e.g. "Chinchilla" or "GPT-3". */
  aliases: z.array(z.string().min(1)).default([]),
  /** What kind of work it is. */
  type: workType,
  /** When it was first made public (EDTF). */
  date: edtfDate,
  /** Authors in published order. */
  authors: z.array(authorSchema).default([]),
  /** How much of the author list `authors` holds: `complete` (assumed when omitted), `leading` (the first authors in order, more follow; a last name ending "et al." says the same), `first` (the first author, then some others not in order) or `some` (the first author not known: no citation offered). */
  authorList: z.enum(['complete', 'leading', 'first', 'some']).optional(),
  /** Whether `title` is the title as published (assumed when omitted), only its opening words (`partial`), our `description` of the work, or not checked against the work (`unverified`); all but `published` withhold the citation. */
  titleStatus: z.enum(['published', 'partial', 'description', 'unverified']).optional(),
  /** Organisations credited with the work (labs, publishers, outlets), by id. */
  orgs: z.array(ref).default([]),
  /** Journal, conference, show or outlet: its name only, as cited (locators and remarks go in the fields below). */
  venue: z.string().min(1).optional(),
  /** What the venue of a paper is: a journal, a conference's proceedings (assumed when omitted) or the organisation that issued the paper itself (cited as its report). */
  venueType: z.enum(['journal', 'proceedings', 'publisher']).optional(),
  /** Volume of the venue, as printed. */
  volume: z.string().min(1).optional(),
  /** Issue of a journal or episode of a show, as printed. */
  number: z.string().min(1).optional(),
  /** Pages in the venue, as printed, e.g. "26–33" or "327 ff.". */
  pages: z.string().min(1).optional(),
  /** Publisher of the venue, e.g. ACM. */
  publisher: z.string().min(1).optional(),
  /** Remarks on the venue (when the proceedings came out, that no peer-reviewed version was found); shown on the page, never exported as the venue. */
  venueNote: prose.optional(),
  /** arXiv subject categories, primary first, e.g. [cs.LG, stat.ML]. */
  arxivCategories: z.array(z.string().regex(/^[a-z-]+(\.[A-Za-z-]+)?$/, 'must be an arXiv category such as cs.LG')).optional(),
  /** Language the work is written or spoken in. */
  language: languageCode.default('en'),
  /** arXiv id, DOI, ISBN, URL. */
  identifiers: workIdentifiersSchema.default({}),
  /** A larger work this one belongs to, by id (an excerpt of a book, a chapter). */
  partOf: ref.optional(),
  /** Main findings, one per item, in our words. */
  findings: z.array(prose).default([]),
  /** Works this one cites, with context. */
  cites: z.array(citationSchema).default([]),
  /** Notable works this one does not cite. */
  doesNotCite: z.array(absentCitationSchema).default([]),
  ...entryBase,
});

/** The verdict scale, from best to worst supported; `unverified` means not (yet) checkable. */
export const verdict = z.enum(['supported', 'partly-supported', 'contested', 'unsupported', 'false', 'unverified']);

/** One checkable statement somebody made. */
export const claimSchema = z.strictObject({
  /** The statement in plain English, as a reader would search for it. */
  statement: prose,
  /** The statement in Chinese, when it was made in Chinese. */
  statementZh: z.string().min(1).optional(),
  /** Who made the claim: a person, org or work, by id. */
  claimant: ref,
  /** Where the claim was made. */
  madeIn: z.strictObject({
    /** The work the claim appears in, by id. */
    work: ref,
    /** Where in that work: paragraph, section, timestamp. */
    locator: prose.optional(),
    /** The same place in Chinese, for a claim made in Chinese (shown on the Chinese check of the article, /zh/). */
    locatorZh: z.string().min(1).optional(),
  }),
  /** Other works that repeat the claim (a report quoting the speaker), each with where in it and the source it was read in. */
  repeatedIn: z
    .array(
      z.strictObject({
        /** The work that repeats the claim, by id. */
        work: ref,
        /** Where in that work: section, paragraph. */
        locator: prose,
        /** The same place in Chinese, for a work in Chinese (shown on the Chinese check of the article, /zh/). */
        locatorZh: z.string().min(1).optional(),
        /** Where that work was read. */
        source: sourceSchema,
      })
    )
    .default([]),
  /** When the claim was made (EDTF). */
  date: edtfDate,
  /** The claim's words in the original language, with our translation. */
  quote: originalTextSchema.optional(),
  /** Entries the claim names or is about, by id: each appears in the claim's own words (the quoted passage), which are the evidence of its `about` connection; works that only bear on the verdict go in `evidence`. */
  about: z.array(ref).min(1, 'say what the claim is about: at least one entry id'),
  /** Our verdict on the scale supported … unverified. */
  verdict,
  /** Why the verdict is what it is, in two or three sentences. */
  reasoning: prose,
  /** The reasoning in brief, in Chinese, for readers who come from Chinese reports: the atlas's own words, shown beside the verdict's Chinese name. */
  reasoningZh: z.string().min(1).optional(),
  /** Parts of the claim that stay unverified, shown as such. */
  unverifiedParts: z.array(prose).default([]),
  /** The unverified parts in Chinese, in the atlas's own words: one line for each of `unverifiedParts`, in the same order. */
  unverifiedPartsZh: z.array(z.string().min(1)).optional(),
  /** Evidence for, against and around the claim. */
  evidence: z.array(claimEvidenceSchema).min(1, 'a claim needs at least one evidence item'),
  /** Where the claim itself was read. */
  source: sourceSchema,
  /** Sources for any other facts on the claim page. */
  sources: z.array(sourceSchema).default([]),
});

/** A dated happening that is not a work. */
export const eventSchema = z.strictObject({
  /** Short title, e.g. "Baidu opens SVAIL in Sunnyvale". */
  title: prose,
  /** When it happened (EDTF; intervals for spans). */
  date: edtfDate,
  /** People, orgs and works involved, by id. */
  involved: z.array(ref).default([]),
  /** Where it happened. */
  location: prose.optional(),
  ...entryBase,
});

/** Where a dataset's numbers come from. */
export const datasetOriginSchema = z.strictObject({
  /** The work the numbers are published in, by id. */
  work: ref,
  /** Table, figure or equation, e.g. "Eq. 1.1" or "Table 3". */
  locator: z.string().min(1),
  /** `primary` when read in the paper itself, `secondary` when read in a transcription. */
  reading: reliability,
  /** Where the numbers were read. */
  source: sourceSchema,
});

/** How one row of a dataset was read, where that differs from the dataset's `origin` (same work). */
export const datasetRowOriginSchema = z.strictObject({
  /** The row, by its name in the first column. */
  row: z.string().min(1),
  /** Where in the work this row's numbers are, when not the dataset's locator. */
  locator: z.string().min(1).optional(),
  /** `primary` when read in the work itself, `secondary` when read in a report of it. */
  reading: reliability,
  /** Where this row's numbers were read. */
  source: sourceSchema,
});

/** A column key: an identifier such as `alpha_N`, used in `rows`, chart specs and the CSV header. */
export const columnKey = z.string().regex(/^[a-zA-Z_][a-zA-Z0-9_]*$/, 'must be an identifier such as beta_g');

/** One column of a dataset table. */
export const datasetColumnSchema = z.strictObject({
  /** Key used in `rows`. */
  key: columnKey,
  /** Heading shown in tables and charts. */
  label: z.string().min(1),
  /** Unit, e.g. "parameters", "nats/token", "PF-days". */
  unit: z.string().min(1).optional(),
  /** `number` for published numbers (write them as text, e.g. "0.050" or "1.5T", to keep their rounding), `text` for words. */
  type: z.enum(['number', 'text']).default('number'),
});

/** One axis of a chart panel; every chart axis is logarithmic. */
export const chartAxisSchema = z.strictObject({
  /** What the axis measures, e.g. "Non-embedding parameters N". */
  label: z.string().min(1),
  /** Unit shown after the label, e.g. "nats/token". */
  unit: z.string().min(1).optional(),
  /** Drawn range [from, to], both above zero; say in `processing` where it comes from. */
  domain: z.tuple([z.number().positive(), z.number().positive()]).optional(),
});

/** The horizontal axis of a panel, whose range the curves are drawn over. */
export const chartXAxisSchema = chartAxisSchema.extend({
  /** Range [from, to] the curves are drawn over, both above zero; say in `processing` where it comes from. */
  domain: z.tuple([z.number().positive(), z.number().positive()]),
});

/** A value a fit formula needs that is a drawing choice, not a fitted number: a literal, or a cell of a dataset. */
export const chartValueSchema = z.union([
  z.number(),
  z.strictObject({
    /** Dataset holding the cell (defaults to the series' dataset). */
    dataset: ref.optional(),
    /** Row, by the text of its first column. */
    row: z.string().min(1),
    /** Column key of the cell. */
    column: columnKey,
  }),
]);

/** A curve drawn from a published fit formula over the panel's x range. */
export const chartCurveSchema = z.strictObject({
  /** Legend text. */
  label: z.string().min(1),
  /** Formula to draw, by name (see src/lib/scaling-laws.ts). */
  law: z.enum(LAW_NAMES),
  /** Dataset holding the fit (defaults to the dataset the chart belongs to). */
  dataset: ref.optional(),
  /** Row holding the fit, by the text of its first column. */
  row: z.string().min(1),
  /** Formula parameter → column key of the row that holds its published value. */
  params: z.record(z.string(), columnKey).default({}),
  /** Values fixed for drawing (a held-constant variable, an anchor point); explain them in `processing`. */
  at: z.record(z.string(), chartValueSchema).default({}),
});

/** Points placed where a paper gives them: one per row. */
export const chartPointsSchema = z.strictObject({
  /** Legend text. */
  label: z.string().min(1),
  /** Dataset holding the points (defaults to the dataset the chart belongs to). */
  dataset: ref.optional(),
  /** Column key of the x values. */
  x: columnKey,
  /** Column key of the y values. */
  y: columnKey,
});

/** One panel: a log-log plot with its own x axis. */
export const chartPanelSchema = z.strictObject({
  /** Short panel title, shown above it when a chart has several panels. */
  title: z.string().min(1).optional(),
  /** Horizontal axis; its `domain` is the range the curves are drawn over. */
  x: chartXAxisSchema,
  /** Vertical axis; without `domain` it spans what is drawn. */
  y: chartAxisSchema,
  /** Fit curves drawn from formulas. */
  curves: z.array(chartCurveSchema).default([]),
  /** Published points. */
  points: z.array(chartPointsSchema).default([]),
});

/** What to draw for a dataset: panels of fit curves and published points. */
export const chartSpecSchema = z.strictObject({
  /** One or two sentences describing what the chart shows, for screen readers (the SVG description). */
  description: prose,
  /** Panels, drawn side by side. */
  panels: z.array(chartPanelSchema).min(1, 'a chart needs at least one panel'),
});

/** Numbers behind a chart, each traceable to a table, figure or equation. */
export const datasetSchema = z.strictObject({
  /** Title shown above the chart. */
  title: prose,
  /** What the numbers are, in a sentence or two. */
  summary: prose,
  /** Where the numbers come from. */
  origin: datasetOriginSchema,
  /** How the numbers were processed or rounded, and how every drawn range or fixed value was chosen. */
  processing: prose.optional(),
  /** Rows read elsewhere or otherwise than `origin` says (e.g. one row known only from a report of the work). */
  rowOrigins: z.array(datasetRowOriginSchema).optional(),
  /** Columns of the table; the first one names each row. */
  columns: z.array(datasetColumnSchema).min(1),
  /** Rows, keyed by column key; every cell is text, numbers in quotes exactly as published, e.g. "0.0760" (null where the source gives none). */
  rows: z.array(z.record(z.string(), z.string().nullable())).min(1),
  /** Chart specification: which fits and points to draw (read by src/lib/charts.ts). */
  chart: chartSpecSchema.optional(),
});

/** Every collection and its schema, in display order. */
export const collectionSchemas = {
  people: personSchema,
  orgs: orgSchema,
  works: workSchema,
  claims: claimSchema,
  events: eventSchema,
  datasets: datasetSchema,
} as const;

/** Name of a collection of `content/`. */
export type CollectionName = keyof typeof collectionSchemas;
/** All collection names, in display order. */
export const COLLECTIONS = Object.keys(collectionSchemas) as CollectionName[];

/** A collection by the singular of its name. */
const SINGULAR: Record<string, CollectionName> = { person: 'people', org: 'orgs', organisation: 'orgs', organization: 'orgs', work: 'works', claim: 'claims', event: 'events', dataset: 'datasets' };

/** The collection a user means: `people` or `person`, case-insensitive; undefined when unknown. */
export function collectionNamed(input: string): CollectionName | undefined {
  const word = input.trim().toLowerCase();
  return (COLLECTIONS as readonly string[]).includes(word) ? (word as CollectionName) : SINGULAR[word];
}

export type Source = z.infer<typeof sourceSchema>;
export type OriginalText = z.infer<typeof originalTextSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type ClaimEvidence = z.infer<typeof claimEvidenceSchema>;
export type Influence = z.infer<typeof influenceSchema>;
export type Person = z.infer<typeof personSchema>;
export type Org = z.infer<typeof orgSchema>;
export type Work = z.infer<typeof workSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type Event = z.infer<typeof eventSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetColumn = z.infer<typeof datasetColumnSchema>;
export type ChartSpec = z.infer<typeof chartSpecSchema>;
export type ChartPanelSpec = z.infer<typeof chartPanelSchema>;
export type ChartCurveSpec = z.infer<typeof chartCurveSchema>;
export type ChartPointsSpec = z.infer<typeof chartPointsSchema>;
export type ChartValue = z.infer<typeof chartValueSchema>;
export type Verdict = z.infer<typeof verdict>;
export type Verification = z.infer<typeof verificationSchema>;
export type VerificationStatus = Verification['status'];
export type Stance = z.infer<typeof stance>;
export type WorkType = z.infer<typeof workType>;
/** The parsed data of an entry, per collection. */
export type EntryData = { [C in CollectionName]: z.infer<(typeof collectionSchemas)[C]> };
