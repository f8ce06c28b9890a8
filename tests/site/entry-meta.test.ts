/** Every entry page links to its file for editing and to a report of an error in it (a claim to a dispute of its verdict too), says when the file last changed in git, and describes itself to search engines in words of its own. */
import { beforeAll, describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkContentFolder } from '../../src/lib/content-check.ts';
import { buildKnowledgeBase, type KbEntry } from '../../src/lib/kb.ts';
import { editUrl, historyUrl, issueUrl } from '../../src/lib/urls.ts';
import { dayOf } from '../../src/lib/git-history.ts';
import { contentGitDates } from '../helpers/git-dates.ts';
import { siteConfig } from '../../src/site.config.ts';
import { DIST } from '../helpers/static-server.ts';
import { escapeRegExp } from '../helpers/escape-reg-exp.ts';
import { tFill } from '../../src/i18n/index.ts';
import { entryDescription } from '../../src/lib/entry-description.ts';

const ROOT = resolve(import.meta.dirname, '../..');

beforeAll(() => {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run "npm run build" first (npm test does it for you).');
});

describe('entry page footer', () => {
  const { entries } = checkContentFolder(ROOT);
  const kb = buildKnowledgeBase(entries as KbEntry[]);
  const pages = [...kb.entities.values()].filter((e) => e.collection !== 'datasets');
  /** What the build saw: each content file's last commit date, or nothing outside a git checkout. */
  const history = new Map([...contentGitDates().dates].map(([file, { updated }]) => [file, updated]));

  test('has an "edit this entry" link to the entry’s own file in the configured repository, saying it leaves for GitHub', () => {
    for (const entity of pages) {
      const html = readFileSync(join(DIST, entity.url, 'index.html'), 'utf8');
      expect(html, entity.url).toMatch(new RegExp(`href="${editUrl(siteConfig.repository, siteConfig.branch, entity.file!)}"[^>]*>${tFill('entry.edit', { forge: siteConfig.forge })}</a>`));
    }
  });

  test('links to a report of an error in it, and a claim to a dispute of its verdict, each on a form that names the page\'s address', () => {
    for (const entity of pages) {
      const html = readFileSync(join(DIST, entity.url, 'index.html'), 'utf8');
      const address = new URL(entity.url, siteConfig.site).href;
      const link = (form: 'error' | 'dispute') => `href="${issueUrl(siteConfig.repository, form, entity.label, address).replace(/&/g, '&amp;')}"`;
      expect(html, entity.url).toContain(link('error'));
      if (entity.collection === 'claims') expect(html, entity.url).toContain(link('dispute'));
      else expect(html, entity.url).not.toContain('template=dispute-claim.yml');
    }
  });

  test('shows the date of the last commit that changed the file with a link to its history that says it leaves for GitHub, and nothing for a file git does not know', () => {
    for (const entity of pages) {
      const updated = history.get(entity.file!);
      const html = readFileSync(join(DIST, entity.url, 'index.html'), 'utf8');
      if (updated) expect(html, entity.url).toMatch(new RegExp(`<time datetime="${updated.replace(/\+/g, '\\+')}">${dayOf(updated)}</time> · <a href="${historyUrl(siteConfig.repository, siteConfig.branch, entity.file!)}"[^>]*>${escapeRegExp(tFill('entry.history', { forge: siteConfig.forge }))}</a>`));
      else expect(html, entity.url).not.toContain('class="meta last-updated"');
    }
  });

  test('describes each page by its name and summary (a claim by its verdict and statement), no two pages alike', () => {
    const descriptions = pages.map((entity) => {
      const html = readFileSync(join(DIST, entity.url, 'index.html'), 'utf8');
      // Astro writes an attribute with only its & and " escaped.
      const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1]?.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
      expect(description, entity.url).toBe(entryDescription(entity));
      return description;
    });
    expect(descriptions.filter((description, i) => descriptions.indexOf(description) !== i), 'descriptions shared by two pages').toEqual([]);
  });
});
