/**
 * The one place content is checked: schemas, ids, references, dates, sources and MDX safety.
 * `npm run check` and the build both call `checkEntries`; every problem is reported at once.
 */
import type { z } from 'zod';
import { asWrittenDate, collectionSchemas, ID_PATTERN, COLLECTIONS, type CollectionName, type EntryData } from './schema.ts';
import { entryReferences, type Reference } from './references.ts';
import { endsBeforeStart, isValidEdtf, parseEdtf } from './dates.ts';
import { componentAttributes, componentUses, findUnsafeMdx } from './mdx-safety.ts';
import { checkDataset, type DatasetLookup } from './datasets.ts';
import { chartTexts, unpaintableTexts } from './chart-texts.ts';
import { mdxBodyProblems } from './mdx-syntax.ts';
import { repeatedIds } from './repeated-ids.ts';
import { missingFieldFix } from './field-examples.ts';
import { salvage, unwrap } from './salvage.ts';
import type { RawEntry, ReadProblem } from './content-files.ts';
import { formatPath } from './paths.ts';
import { didYouMean } from './did-you-mean.ts';
import { findPlaceholders, isWithin } from './placeholders.ts';
import { recommendations } from './recommendations.ts';
import { citationIssues } from './cite-completeness.ts';
import { printedNameIssues } from './entry-names.ts';
import { fieldLines, lineOfField, writtenScalar } from './field-lines.ts';

export { formatPath };

/** One problem in one file, at one field. */
export interface Issue {
  /** File relative to the project root. */
  file: string;
  /** Field path such as `affiliations[0].org`, or `body line 3`. */
  path: string;
  /** What is wrong and how to fix it. */
  message: string;
  /** Errors fail the check; warnings only advise. */
  severity: 'error' | 'warning';
  /** 1-based line in the file where the field is written, when it is written. */
  line?: number;
}

/** A validated entry: its raw file plus the parsed data. */
export type ValidEntry = {
  [C in CollectionName]: Omit<RawEntry, 'data' | 'collection'> & { collection: C; data: EntryData[C] };
}[CollectionName];

/** What a check found: the entries that passed their schema and every issue. */
export interface CheckResult {
  entries: ValidEntry[];
  issues: Issue[];
}

/** Options of a check. */
export interface CheckOptions {
  /** The day to compare dates with (defaults to now); injected by tests. */
  today?: Date;
  /** Which issues get the line their field is on: `all` (the default) or only `errors`, when warnings are only counted (the build). */
  locate?: 'all' | 'errors';
}

/** Field names a schema accepts at a path, for did-you-mean on unknown fields. */
function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  for (const key of path) {
    current = unwrap(current);
    const def = (current as { def?: Record<string, unknown> }).def;
    if (!def) return [];
    if (def.type === 'object') current = (def.shape as Record<string, unknown>)[String(key)];
    else if (def.type === 'array') current = def.element;
    else return [];
  }
  const def = (unwrap(current) as { def?: { type?: string; shape?: Record<string, unknown> } }).def;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/** How a scalar is written in the entry's file, at a path of keys and indexes (e.g. `0.0760` where YAML read 0.076). */
type WrittenAt = (path: readonly PropertyKey[]) => string | undefined;

/** The fix for text that YAML read as a number or boolean: the quotes around what the file says, which keep digits the parsed value drops (0.0760 → 0.076). */
function unquotedScalarMessage(value: number | boolean, written = String(value)): string {
  if (written === String(value)) return `expected text, but YAML read ${written} as a ${typeof value}: write it in quotes, "${written}"`;
  const kept = typeof value === 'number' ? 'its digits are' : 'it is';
  return `expected text, but YAML read ${written} as the ${typeof value} ${String(value)}: write it in quotes, "${written}", so ${kept} kept as written`;
}

/** Turn a zod issue into a reader's message; `writtenAt` gives a value as the file writes it. */
function describeZodIssue(schema: z.ZodType, issue: z.core.$ZodIssue, data: unknown, writtenAt: WrittenAt): { path: string; message: string }[] {
  if (issue.code === 'unrecognized_keys') {
    const keys = knownKeys(schema, issue.path);
    return issue.keys.map((key) => ({
      path: formatPath([...issue.path, key]),
      message: `unknown field "${key}"${didYouMean(key, keys)}; allowed here: ${keys.join(', ')}`,
    }));
  }
  const path = formatPath(issue.path) || '(frontmatter)';
  const value = issue.path.reduce<unknown>((node, key) => (node == null ? undefined : (node as Record<PropertyKey, unknown>)[key]), data);
  if (issue.code === 'invalid_value' && 'values' in issue) {
    const options = issue.values.map(String);
    if (typeof value !== 'string' && value !== undefined && options.includes(String(value))) {
      return [{ path, message: `YAML reads ${String(value)} without quotes as a ${typeof value}: write it in quotes, "${String(value)}"` }];
    }
    const hint = typeof value === 'string' ? didYouMean(value, options) : '';
    return [{ path, message: `${value === undefined ? 'missing' : `"${String(value)}" is not allowed`}${hint}; use one of: ${options.join(', ')}` }];
  }
  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union')) {
    const fix = missingFieldFix(path);
    return [{ path, message: `required field is missing${fix ? `: ${fix}` : ''}` }];
  }
  if (issue.code === 'invalid_format' && typeof value === 'string' && value.includes(',') && typeof issue.path.at(-1) === 'number') {
    const ids = value.split(',').map((id) => id.trim()).filter(Boolean);
    return [{ path, message: `${issue.message}; a list holds one id per item, e.g. [${ids.join(', ')}]` }];
  }
  if (issue.code === 'invalid_type' && issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
    return [{ path, message: unquotedScalarMessage(value, writtenAt(issue.path)) }];
  }
  if (issue.code === 'invalid_type') {
    return [{ path, message: `expected ${issue.expected}, got ${Array.isArray(value) ? 'a list' : value === null ? 'nothing' : typeof value}` }];
  }
  if (issue.code === 'invalid_union') {
    return [{ path, message: 'has the wrong shape: write a plain name in quotes, or `person: <id>` for someone with an entry' }];
  }
  return [{ path, message: issue.message }];
}

/** Validate one raw entry against its collection's schema; a placeholder left in a field is reported instead of the schema's complaint about it. */
function validateShape(entry: RawEntry): { data?: unknown; issues: Issue[] } {
  const schema = collectionSchemas[entry.collection] as z.ZodType;
  const placeholders = findPlaceholders(entry.data);
  const issues: Issue[] = placeholders.map(({ path, hint }) => ({
    file: entry.file,
    path,
    message: `placeholder not filled in: replace the "TODO" text with ${hint || 'a real value'}`,
    severity: 'error',
  }));
  const result = schema.safeParse(entry.data);
  if (result.success) return { data: result.data, issues };
  const reported = new Set<string>();
  for (const issue of result.error.issues) {
    for (const { path, message } of describeZodIssue(schema, issue, entry.data, (at) => writtenScalar(entry.frontmatter, at))) {
      // One message per field: a day like 29.11.2026 fails both the pattern and the calendar check.
      if (reported.has(path) || placeholders.some((p) => isWithin(path, p.path))) continue;
      reported.add(path);
      issues.push({ file: entry.file, path, message, severity: 'error' });
    }
  }
  return { issues };
}

/** A date field's value as EDTF text, as `asWrittenDate` reads it; undefined when it is no valid EDTF. */
function edtfText(value: unknown): string | undefined {
  const text = asWrittenDate(value);
  return typeof text === 'string' && isValidEdtf(text) ? text : undefined;
}

const DATE_FIELDS = ['date', 'from', 'to', 'founded', 'dissolved', 'accessed'];

/** Every valid EDTF date in an entry's data (parsed or still raw), with its field path. */
function datesOf(data: unknown): { path: string; value: string }[] {
  const dates: { path: string; value: string }[] = [];
  const visit = (node: unknown, path: string) => {
    if (Array.isArray(node)) node.forEach((item, i) => visit(item, `${path}[${i}]`));
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        const here = path ? `${path}.${key}` : key;
        const text = DATE_FIELDS.includes(key) ? edtfText(value) : undefined;
        if (text) dates.push({ path: here, value: text });
        else visit(value, here);
      }
    }
  };
  visit(data, '');
  return dates;
}

/** Start/end pairs that must be in order (affiliations, org lifetimes), from parsed or raw data. */
function orderedPairs(data: unknown): { path: string; from: string; to: string }[] {
  const record = (data ?? {}) as Record<string, unknown>;
  const pairs: { path: string; from: unknown; to: unknown }[] = [
    ...(Array.isArray(record.affiliations) ? record.affiliations : []).map((a: Record<string, unknown> | null, i) => ({ path: `affiliations[${i}].to`, from: a?.from, to: a?.to })),
    { path: 'dissolved', from: record.founded, to: record.dissolved },
  ];
  return pairs.flatMap(({ path, from, to }) => {
    const [start, end] = [edtfText(from), edtfText(to)];
    return start && end ? [{ path, from: start, to: end }] : [];
  });
}

/** How to fix a date in the future: the day a source was read is a real day, any other date may be approximate. */
function futureDateFix(path: string, value: string): string {
  return /(?:^|\.)accessed$/.test(path) ? 'write the day you read the source' : `write the date it happened, or an approximate one such as ${value.slice(0, 4)}~`;
}

/** Dates in the future, spans that end before they start: checked on every file, valid or not, so no error hides another. */
function checkDates(file: string, data: unknown, today: Date): Issue[] {
  const issues: Issue[] = [];
  const error = (path: string, message: string) => issues.push({ file, path, message, severity: 'error' });
  for (const { path, value } of datesOf(data)) {
    if (parseEdtf(value).start > today.getTime()) error(path, `date ${value} is in the future; ${futureDateFix(path, value)}`);
  }
  for (const pair of orderedPairs(data)) {
    if (endsBeforeStart(pair.from, pair.to)) error(pair.path, `ends (${pair.to}) before it starts (${pair.from})`);
  }
  return issues;
}

/** Everything wrong in an entry's body, each at its line in the file: unsafe MDX, MDX the build cannot parse, components in plain Markdown, unknown entries. */
function bodyIssues(entry: RawEntry, byId: ReadonlyMap<string, unknown>): Issue[] {
  const mdx = `${entry.file.slice(entry.file.lastIndexOf('/') + 1)}x`;
  const problems = [
    ...findUnsafeMdx(entry.body),
    ...(entry.file.endsWith('.mdx') ? mdxBodyProblems(entry.body) : []),
    ...(entry.file.endsWith('.md') ? componentUses(entry.body).map((use) => ({ line: use.line, message: `<${use.component}> is a component, and only .mdx entries can use components: rename the file to ${mdx}` })) : []),
    ...componentAttributes(entry.body, 'EntryRef', 'id')
      .filter(({ value: id }) => !byId.has(id))
      .map(({ line, value: id }) => ({ line, message: `<EntryRef id="${id}"> names no entry${didYouMean(id, [...byId.keys()])}` })),
  ];
  return problems.map(({ line: bodyLine, message }) => {
    const line = entry.bodyLine + bodyLine - 1;
    return { file: entry.file, path: `body line ${line}`, message, severity: 'error' as const, line };
  });
}

/** Every entry by id, the files sharing an id in a stable order: by collection, then by path. */
function entriesById(raw: readonly RawEntry[]): Map<string, RawEntry[]> {
  const byId = new Map<string, RawEntry[]>();
  for (const entry of raw) byId.set(entry.id, [...(byId.get(entry.id) ?? []), entry]);
  const rank = (entry: RawEntry) => COLLECTIONS.indexOf(entry.collection);
  for (const group of byId.values()) group.sort((a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file));
  return byId;
}

/** The ids held in `collections`, collection by collection, for suggesting one in place of an unknown id. */
function idsIn(byId: ReadonlyMap<string, readonly RawEntry[]>, collections: readonly CollectionName[]): string[] {
  return collections.flatMap((collection) => [...byId].filter(([, group]) => group.some((entry) => entry.collection === collection)).map(([id]) => id));
}

/** An error on every file of an id held by several files, each naming the others and the one that keeps the id. */
function duplicateIdIssues(byId: ReadonlyMap<string, readonly RawEntry[]>): Issue[] {
  return [...byId.values()].flatMap((group) => {
    if (group.length < 2) return [];
    const [keeper, ...others] = group as [RawEntry, ...RawEntry[]];
    const error = (entry: RawEntry, message: string): Issue => ({ file: entry.file, path: '(file name)', message: `duplicate id "${entry.id}": ${message}; ids must be unique across all collections, so rename one file`, severity: 'error' });
    return [
      error(keeper, `${others.map((e) => e.file).join(', ')} ${others.length === 1 ? 'has' : 'have'} the same id; this file keeps it (it comes first by collection and path)`),
      ...others.map((entry) => error(entry, `${keeper.file} has the same id and keeps it (it comes first by collection and path)`)),
    ];
  });
}

/** The entry a reference names: of the files holding the id, the first in a collection the field expects, else the first; one duplicate id does not break references elsewhere. */
function resolve(byId: ReadonlyMap<string, readonly RawEntry[]>, id: string, expects: readonly CollectionName[]): RawEntry | undefined {
  const group = byId.get(id) ?? [];
  return group.find((entry) => expects.includes(entry.collection)) ?? group[0];
}

/** An entry with the paths that failed its schema: for one that failed, its data holds the parts that passed (see salvage.ts). */
interface PartialEntry {
  entry: ValidEntry;
  failed: string[];
}

/** The references of an entry that failed its schema, from the parts that passed: those at a failed path, or of a shape the check cannot read, are left to the schema's message. */
function partialReferences({ entry, failed }: PartialEntry): Reference[] {
  return guarded(failed, () => entryReferences(entry.collection, entry.data as never)).filter(
    (reference) => typeof reference.target === 'string' && !failed.some((path) => isWithin(reference.path, path))
  );
}

/** What a check of an entry finds; for a partly parsed one (`failed` paths), nothing when a part it reads has another shape. A valid entry's check runs unguarded, so a fault in the check itself is not taken for a clean entry. */
function guarded<T>(failed: readonly string[], check: () => T[]): T[] {
  if (failed.length === 0) return check();
  try {
    return check();
  } catch {
    return [];
  }
}

/** Checks that need the whole knowledge base: ids, references, repeated relations, dates, evidence, sources, bodies; references and datasets also in the parts of an entry that passed its schema. */
function checkRelations(entries: ValidEntry[], partial: PartialEntry[], raw: RawEntry[], today: Date): Issue[] {
  const issues: Issue[] = [];
  const error = (file: string, path: string, message: string) => issues.push({ file, path, message, severity: 'error' });
  // Ids come from every file, valid or not, so a broken entry is not also reported as missing.
  const byId = entriesById(raw);
  for (const entry of raw) {
    if (!ID_PATTERN.test(entry.id)) {
      error(entry.file, '(file name)', `"${entry.id}" is not a valid id: rename the file to lower-case words joined by hyphens, e.g. "${entry.id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}"`);
    }
  }
  issues.push(...duplicateIdIssues(byId));

  // Bodies and dates are checked in every file, valid frontmatter or not: no error hides behind another.
  for (const entry of raw) {
    issues.push(...checkDates(entry.file, entry.data, today), ...bodyIssues(entry, byId));
    for (const { path, message } of repeatedIds(entry.collection, entry.data)) error(entry.file, path, message);
  }

  const people = new Map(entries.filter((entry) => entry.collection === 'people').map((entry) => [entry.id, (entry.data as EntryData['people']).name]));
  const personName = (id: string) => people.get(id);
  const checkReferences = (entry: ValidEntry, references: Reference[]) => {
    for (const reference of references) {
      const target = resolve(byId, reference.target, reference.expects);
      if (!target) {
        const suggestion = didYouMean(reference.target, idsIn(byId, reference.expects));
        error(entry.file, reference.path, `unknown ${reference.expects.length === 1 ? singular(reference.expects[0]!) : 'entry'} "${reference.target}"${suggestion}${newEntryHint(reference, suggestion !== '')}`);
      } else if (!reference.expects.includes(target.collection)) {
        error(entry.file, reference.path, `"${reference.target}" is ${article(singular(target.collection))}, but this field needs ${reference.expects.map((c) => article(singular(c))).join(' or ')}`);
      } else if (target.file === entry.file && reference.relation) {
        error(entry.file, reference.path, 'an entry cannot refer to itself here');
      }
    }
  };
  for (const part of partial) checkReferences(part.entry, partialReferences(part));
  for (const entry of entries) {
    checkReferences(entry, entryReferences(entry.collection, entry.data as never));

    if (entry.collection !== 'claims' && entry.collection !== 'datasets' && entry.data.sources.length === 0) {
      error(entry.file, 'sources', 'add at least one source: { url: "https://…", accessed: YYYY-MM-DD } for the facts on this entry');
    }
    if ('verification' in entry.data && entry.data.verification?.status === 'verified' && entry.data.verification.only) {
      error(entry.file, 'verification.only', `names the one part left unverified, but status is verified: remove "only: ${entry.data.verification.only}", or set status: unverified`);
    }
    if (entry.collection === 'claims' && entry.data.quote && entry.data.quote.lang !== 'en' && !entry.data.quote.translation) {
      error(entry.file, 'quote.translation', 'a quote not in English needs an English translation');
    }
    if (entry.collection === 'claims' && entry.data.unverifiedPartsZh && entry.data.unverifiedPartsZh.length !== entry.data.unverifiedParts.length) {
      const [zh, en] = [entry.data.unverifiedPartsZh.length, entry.data.unverifiedParts.length];
      error(entry.file, 'unverifiedPartsZh', `has ${zh} line${zh === 1 ? '' : 's'} for ${en} unverifiedParts: give one Chinese line for each unverified part, in the same order`);
    }

    if (entry.collection === 'works') {
      for (const { path, message } of [...citationIssues(entry.data), ...printedNameIssues(entry.data.authors, personName)]) error(entry.file, path, message);
    }
    issues.push(...recommendations(entry));
  }
  issues.push(...checkCharts([...entries.map((entry) => ({ entry, failed: [] })), ...partial]));
  return issues;
}

/** Dataset tables and chart specs, and every <ScalingChart dataset="…"> in a body, against the datasets that exist; partly parsed entries give the parts that passed. */
function checkCharts(entries: PartialEntry[]): Issue[] {
  const datasets = new Map(entries.flatMap(({ entry }) => (entry.collection === 'datasets' ? [[entry.id, entry.data] as const] : [])));
  const lookup = (id: string) => datasets.get(id);
  return [...entries.flatMap(({ entry, failed }) => [
    ...(entry.collection === 'datasets'
      ? guarded(failed, () => checkDataset(entry.id, entry.data, lookup)).filter((problem) => !failed.some((path) => isWithin(problem.path, path)))
      : []),
    ...componentAttributes(entry.body, 'ScalingChart', 'dataset')
      .filter((use) => !datasets.has(use.value))
      .map((use) => ({ path: `body line ${entry.bodyLine + use.line - 1}`, message: `<ScalingChart dataset="${use.value}">: unknown dataset${didYouMean(use.value, [...datasets.keys()])}; datasets are the files of content/datasets/` })),
  ].map((problem) => ({ file: entry.file, ...problem, severity: 'error' as const }))), ...unpaintableChartTexts(entries, lookup)];
}

/** Texts of a chart's image that its PNG's font cannot paint, each reported once at the file and field it is written in, whichever charts show it. */
function unpaintableChartTexts(entries: PartialEntry[], lookup: DatasetLookup): Issue[] {
  const files = new Map(entries.map(({ entry }) => [entry.id, entry.file]));
  const workTitles = new Map(entries.flatMap(({ entry }) => (entry.collection === 'works' ? [[entry.id, entry.data.title] as const] : [])));
  // A chart may draw from a dataset that failed its schema, which is reported already: its texts are then not judged.
  const failed = entries.flatMap((partial) => partial.failed);
  const issues = new Map<string, Issue>();
  for (const { entry } of entries) {
    if (entry.collection !== 'datasets' || !entry.data.chart) continue;
    const chart = entry.data.chart;
    for (const { entry: id, field, message } of guarded(failed, () => unpaintableTexts(chartTexts(entry.id, entry.data.title, chart, lookup, (work) => workTitles.get(work))))) {
      const file = files.get(id)!;
      issues.set(`${file} ${field}`, { file, path: field, message, severity: 'error' });
    }
  }
  return [...issues.values()];
}

/** The way forward for a reference to a person or org without an entry: an author may be a plain name or get an entry; elsewhere, unless a typo is suggested, create the entry. */
function newEntryHint(reference: Pick<Reference, 'path' | 'target' | 'expects'>, typoSuggested: boolean): string {
  const [collection] = reference.expects;
  if (reference.expects.length !== 1 || (collection !== 'people' && collection !== 'orgs')) return '';
  const name = reference.target.split('-').map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ');
  const create = `create the entry with npm run new -- ${collection} "${name}"`;
  if (/^authors\[\d+\]\.person$/.test(reference.path)) return `; write the name as plain text (- "${name}") or ${create}`;
  return typoSuggested ? '' : `; ${create}`;
}

function singular(collection: CollectionName): string {
  return { people: 'person', orgs: 'org', works: 'work', claims: 'claim', events: 'event', datasets: 'dataset' }[collection];
}

function article(noun: string): string {
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

/** Validate raw entries and the references between them; returns the valid entries and all issues. */
export function checkEntries(raw: RawEntry[], readProblems: ReadProblem[] = [], options: CheckOptions = {}): CheckResult {
  const today = options.today ?? new Date();
  const issues: Issue[] = readProblems.map((p) => ({ ...p, severity: 'error' }));
  const entries: ValidEntry[] = [];
  const partial: PartialEntry[] = [];
  for (const entry of raw) {
    const { data, issues: shapeIssues } = validateShape(entry);
    issues.push(...shapeIssues);
    if (data !== undefined) entries.push({ ...entry, data } as ValidEntry);
    else partial.push({ entry: { ...entry, data: salvage(collectionSchemas[entry.collection] as z.ZodType, entry.data) } as ValidEntry, failed: shapeIssues.map((issue) => issue.path) });
  }
  issues.push(...checkRelations(entries, partial, raw, today));
  // Finding a field's line parses the file's YAML again: worth it only for issues someone will read.
  const located = withLines(issues, raw, options.locate === 'errors' ? (issue) => issue.severity === 'error' : () => true);
  located.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { entries, issues: located };
}

/** Give each issue that `wanted` selects the line its field is written on, where it can be found. */
function withLines(issues: Issue[], raw: readonly RawEntry[], wanted: (issue: Issue) => boolean): Issue[] {
  const byFile = new Map(raw.map((entry) => [entry.file, entry]));
  const linesByFile = new Map<string, Map<string, number>>();
  return issues.map((issue) => {
    if (issue.line !== undefined || !wanted(issue)) return issue;
    const written = /^(?:body )?line (\d+)$/.exec(issue.path);
    if (written) return { ...issue, line: Number(written[1]) };
    const entry = byFile.get(issue.file);
    if (!entry) return issue;
    let lines = linesByFile.get(issue.file);
    if (!lines) {
      lines = fieldLines(entry.frontmatter, entry.frontmatterLine);
      linesByFile.set(issue.file, lines);
    }
    // A field not written at all (a missing required field) points at the start of the frontmatter.
    const line = lineOfField(lines, issue.path) ?? (issue.path.startsWith('(') ? undefined : Math.max(1, entry.frontmatterLine - 1));
    return line === undefined ? issue : { ...issue, line };
  });
}

/** One issue as a line: `content/<file>: <field path>: <what is wrong>`. */
export function formatIssue(issue: Issue): string {
  return `${issue.file}: ${issue.path}: ${issue.message}`;
}

/** Entry counts per collection, e.g. "36 people, 27 orgs, …". */
export function summarizeCounts(entries: readonly { collection: CollectionName }[]): string {
  return COLLECTIONS.map((c) => `${entries.filter((e) => e.collection === c).length} ${c}`).join(', ');
}
