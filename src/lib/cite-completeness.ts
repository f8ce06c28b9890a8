/**
 * How complete a work's record is as a citation: whether it may be offered at all, which of its
 * authors a citation can name, the date a citation gives, and the note saying what is incomplete.
 * Pure rules over the entry's own fields, shared by the exports, the page and `npm run check`.
 */
import type { Work } from './schema.ts';

/** What ends an author list known to be incomplete, in RIS and CSL-JSON (BibTeX writes `and others`) and in every byline. */
export const MORE_AUTHORS_TEXT = 'et al.';

/** A plain-name author written as "Kolachina et al.": the list continues past what the source names. */
export const ET_AL = /\s+et al\.?$/i;

/** How much of the author list an entry holds (see `authorList` in src/lib/schema.ts). */
export type AuthorCoverage = NonNullable<Work['authorList']>;

/** Why a work is not offered as a citation: its title is not the published one (or not checked), or its first author is not known. */
export type WithheldReason = 'title' | 'authors';

/** The entry's author coverage: as written in `authorList`, else `leading` when the last name ends "et al.", else `complete`. */
export function authorCoverage(data: Pick<Work, 'authors' | 'authorList'>): AuthorCoverage {
  const last = data.authors.at(-1);
  return data.authorList ?? (typeof last === 'string' && ET_AL.test(last) ? 'leading' : 'complete');
}

/** Why the work is withheld from citation exports; empty when it can be cited. */
export function withheldReasons(data: Pick<Work, 'authors' | 'authorList' | 'titleStatus'>): WithheldReason[] {
  return [
    ...(data.titleStatus && data.titleStatus !== 'published' ? (['title'] as const) : []),
    ...(authorCoverage(data) === 'some' ? (['authors'] as const) : []),
  ];
}

/** The author names a citation gives, in order, and whether more authors follow ("and others"): all of a complete list, the leading ones, or the first alone. */
export function citedAuthors(names: readonly string[], coverage: AuthorCoverage): { names: string[]; more: boolean } {
  if (coverage === 'complete') return { names: [...names], more: false };
  const cited = coverage === 'first' ? names.slice(0, 1) : coverage === 'leading' ? names : [];
  return { names: cited.map((name) => name.replace(ET_AL, '')), more: true };
}

/**
 * A work's byline, for every place that lists its authors outside its own page (index rows, search
 * data): a complete list as written, cut to `max` names and "and N more"; an incomplete one as the
 * names a citation gives (see citedAuthors) ending "et al.", and with the first author not known
 * (`some`) the names known after "… ", since none of them starts the list. '' without names.
 */
export function byline(names: readonly string[], coverage: AuthorCoverage, max = Infinity): string {
  if (coverage === 'complete') return names.length > max ? `${names.slice(0, max).join(', ')} and ${names.length - max} more` : names.join(', ');
  const shown = coverage === 'some' ? names.map((name) => name.replace(ET_AL, '')) : citedAuthors(names, coverage).names;
  if (shown.length === 0) return '';
  return `${coverage === 'some' ? '… ' : ''}${shown.slice(0, max).join(', ')} ${MORE_AUTHORS_TEXT}`;
}

/** A four-digit year written in a venue's name, e.g. 2020 in "ICLR 2020". */
const VENUE_YEAR = /\b(1[89]|20)\d{2}\b/;

/** The year and month an arXiv id of the form YYMM.NNNNN was posted in, as EDTF ("2203.15556" → "2022-03"); undefined for old-style ids. */
export function arxivMonth(id: string): string | undefined {
  const match = id.match(/^(\d{2})(\d{2})\.\d{4,5}$/);
  return match ? `20${match[1]}-${match[2]}` : undefined;
}

/**
 * The date a citation gives (EDTF). A paper in proceedings or a journal whose `date` is its arXiv
 * posting (the date's month is the arXiv id's) would otherwise pair the arXiv month with a later
 * venue: its citation gives the year alone, the one in the venue's name when there is one
 * ("ICLR 2020"). Everything else, a paper dated by its venue included, is cited at the date written.
 */
export function citedDate(data: Pick<Work, 'type' | 'date' | 'venue' | 'venueType' | 'identifiers'>): string {
  const arxiv = data.identifiers.arxiv && arxivMonth(data.identifiers.arxiv);
  const datedByArxiv = data.type === 'paper' && data.venueType !== 'publisher' && data.venue && arxiv && data.date.startsWith(arxiv);
  if (!datedByArxiv) return data.date;
  return data.venue!.match(VENUE_YEAR)?.[0] ?? data.date.slice(0, 4);
}

/** Whether the citation gives a different date from the entry's `date`. */
export function dateDiffers(data: Parameters<typeof citedDate>[0]): boolean {
  return citedDate(data) !== data.date;
}

/** Names written as a surname alone ("Seung"): no space, and not in a script written without spaces between names. */
export function surnameOnly(names: readonly string[]): string[] {
  return names.filter((name) => !/\s/.test(name.trim()) && !/\p{Script=Han}/u.test(name));
}

/** The note a citation carries about what is incomplete: given names not recorded, and the verification note of a work not fully verified; undefined when there is nothing to say. */
export function citationNote(data: Pick<Work, 'verification'>, citedNames: readonly string[]): string | undefined {
  const bare = surnameOnly(citedNames);
  const parts = [
    bare.length > 0 ? `Given names not recorded: ${bare.join(', ')}.` : undefined,
    data.verification && data.verification.status !== 'verified' && data.verification.note ? `Not fully verified by Scaling Atlas: ${data.verification.note}` : undefined,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** Problems in how a work states its citation completeness, each as the field and a message with the fix (run by `npm run check`). */
export function citationIssues(data: Pick<Work, 'authors' | 'authorList' | 'titleStatus' | 'verification'>): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  data.authors.forEach((author, i) => {
    if (typeof author !== 'string' || !ET_AL.test(author)) return;
    if (i < data.authors.length - 1) issues.push({ path: `authors[${i}]`, message: '"et al." can only end the list: move this name last, or list the names known and set authorList' });
    else if (data.authorList && data.authorList !== 'leading') issues.push({ path: 'authorList', message: `a last author ending "et al." means authorList: leading, not ${data.authorList}: remove one of the two` });
  });
  const coverage = authorCoverage(data);
  if ((coverage === 'first' || coverage === 'leading') && data.authors.length === 0) {
    issues.push({ path: 'authorList', message: `authorList: ${coverage} needs at least the first author in authors; when the first author is not known, write authorList: some` });
  }
  for (const reason of withheldReasons(data)) {
    if (!data.verification?.note) {
      const path = reason === 'title' ? 'titleStatus' : 'authorList';
      issues.push({ path, message: `this withholds the work's citation, so add verification.note saying what is not verified and what would settle it (the page shows it in "Cite this")` });
    }
  }
  return issues;
}
