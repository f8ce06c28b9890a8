/**
 * "Cite this check" on a claim page: the page itself as a citable web page by the atlas, dated by
 * its last change, as one line to paste and as BibTeX and RIS from citation.js.
 */
import type { Entity } from './kb.ts';
import type { CslItem } from './cite.ts';
import { dayOf } from './git-history.ts';
import { tFill } from '../i18n/index.ts';

/** What a page citation needs besides the entry. */
export interface PageCitationOptions {
  /** The site's name, as author and container. */
  siteTitle: string;
  /** The site's address, for the page's absolute URL. */
  site: string | URL;
  /** When the page's entry last changed (an ISO date-time, from git), if known. */
  updated?: string;
}

/** The page of `entity` as a CSL item: a web page whose author and container are the atlas, issued on the day its entry last changed. */
export function pageToCsl(entity: Entity, { siteTitle, site, updated }: PageCitationOptions): CslItem {
  return {
    id: `scaling-atlas-${entity.id}`,
    type: 'webpage',
    title: entity.label,
    author: [{ literal: siteTitle }],
    'container-title': siteTitle,
    URL: new URL(entity.url, site).href,
    ...(updated && { issued: { 'date-parts': [dayOf(updated).split('-').map(Number)] } }),
  };
}

/** The citation as one line: `Scaling Atlas, “Statement”, https://…/claims/id/, last updated 2026-11-30.` */
export function pageCitationText(entity: Entity, options: PageCitationOptions): string {
  const values = { site: options.siteTitle, page: entity.label, url: new URL(entity.url, options.site).href };
  return options.updated ? tFill('citePage.textUpdated', { ...values, updated: dayOf(options.updated) }) : tFill('citePage.text', values);
}
