/** Site paths with the configured base, and edit links into the repository. */
import type { CollectionName } from './schema.ts';

/** Prefix a root-relative path with the site's base path. */
export function withBase(path: string, base: string): string {
  if (/^[a-z]+:/i.test(path) || path.startsWith('#')) return path;
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmed}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The public address of the site path `path` (before the base is added) on the site at `site`. */
export function publicUrl(path: string, base: string, site: string | URL): string {
  return new URL(withBase(path, base), site).href;
}

/** Page path of an entity; a dataset is its chart's anchor in the `/charts/` gallery. */
export function entityPath(collection: CollectionName, id: string): string {
  return collection === 'datasets' ? `/charts/#${id}` : `/${collection}/${id}/`;
}

/** Link to the list of commits that changed a file of the repository, on its forge (GitHub-style URL layout). */
export function historyUrl(repository: string, branch: string, file: string): string {
  return `${repository.replace(/\/$/, '')}/commits/${branch}/${file}`;
}

/** Link to edit a file of the repository on its forge (GitHub-style URL layout). */
export function editUrl(repository: string, branch: string, file: string): string {
  return `${repository.replace(/\/$/, '')}/edit/${branch}/${file}`;
}

/** The repository's issue forms (`.github/ISSUE_TEMPLATE/`) that pages link to: the form's file, its title's opening words and the id of its field that names the page. */
export const ISSUE_FORMS = {
  error: { template: 'report-error.yml', titlePrefix: 'Error: ', pageField: 'where' },
  dispute: { template: 'dispute-claim.yml', titlePrefix: 'Dispute: ', pageField: 'claim' },
} as const;

/** One of the repository's issue forms that pages link to. */
export type IssueForm = keyof typeof ISSUE_FORMS;

/** Link to open an issue from one of the repository's forms with its title and the page's address filled in (GitHub-style URL layout). */
export function issueUrl(repository: string, form: IssueForm, subject: string, pageUrl: string): string {
  const { template, titlePrefix, pageField } = ISSUE_FORMS[form];
  const query = new URLSearchParams({ template, title: `${titlePrefix}${subject}`, [pageField]: pageUrl });
  return `${repository.replace(/\/$/, '')}/issues/new?${query}`;
}

/** Id of the heading of a work page's list of the claims made or repeated in it, for links to that list. */
export const WORK_CLAIMS_ID = 'claims-heading';
