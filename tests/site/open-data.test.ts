/** The built site's machine-readable side: JSON-LD on every entry page, search markup, citations and data exports. */
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkContentFolder } from '../../src/lib/content-check.ts';
import { buildKnowledgeBase, type KbEntry } from '../../src/lib/kb.ts';
import { parseCitations } from '../../src/lib/cite.ts';
import { CLAIM_COLUMNS, DATA_EXPORTS } from '../../src/lib/exports.ts';
import { DIST } from '../helpers/static-server.ts';
import { htmlPages } from '../helpers/dist-files.ts';

const kb = buildKnowledgeBase(checkContentFolder(resolve(import.meta.dirname, '../..')).entries as KbEntry[]);
const entries = [...kb.entities.values()].filter((entity) => entity.collection !== 'datasets');
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const page = (url: string) => read(join(url, 'index.html'));

/** Every JSON-LD block of an HTML page, parsed. */
function jsonLdBlocks(html: string): Record<string, any>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => JSON.parse(match[1]!));
}

/** Fields each schema.org type must have on our pages. */
const REQUIRED: Record<string, string[]> = {
  Person: ['name', 'url'],
  Organization: ['name', 'url'],
  Event: ['name', 'url', 'startDate'],
  ClaimReview: ['url', 'claimReviewed', 'itemReviewed', 'reviewRating', 'author'],
  CreativeWork: ['name', 'url', 'datePublished'],
};
const WORK_TYPES = ['ScholarlyArticle', 'CreativeWork', 'PodcastEpisode', 'Article', 'Book', 'BlogPosting', 'Dataset', 'SoftwareSourceCode'];

describe('JSON-LD', () => {
  test('every entry page has one JSON-LD block that parses and has its type and required fields', () => {
    const problems: string[] = [];
    for (const entity of entries) {
      const blocks = jsonLdBlocks(page(entity.url));
      if (blocks.length !== 1) {
        problems.push(`${entity.url}: ${blocks.length} JSON-LD blocks`);
        continue;
      }
      const ld = blocks[0]!;
      const type = ld['@type'] as string;
      const expected = { people: ['Person'], orgs: ['Organization'], events: ['Event'], claims: ['ClaimReview'], works: WORK_TYPES }[entity.collection as string]!;
      if (ld['@context'] !== 'https://schema.org') problems.push(`${entity.url}: @context`);
      if (!expected.includes(type)) problems.push(`${entity.url}: @type ${type}`);
      for (const field of REQUIRED[WORK_TYPES.includes(type) ? 'CreativeWork' : type] ?? []) {
        const value = ld[field];
        if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) problems.push(`${entity.url}: missing ${field}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('every claim review names the claim, its author, appearance, date and the verdict in words', () => {
    for (const claim of kb.byCollection.claims) {
      const [ld] = jsonLdBlocks(page(claim.url));
      const item = ld!.itemReviewed;
      expect(item['@type'], claim.id).toBe('Claim');
      expect(item.author.length, `${claim.id} author`).toBeGreaterThan(0);
      expect(item.author.every((a: { name?: string }) => a.name), claim.id).toBe(true);
      expect(item.appearance.name, claim.id).toBe(kb.get(claim.data.madeIn.work).label);
      expect(item.datePublished, claim.id).toMatch(/^\d{4}(-\d{2}){0,2}$/);
      expect(ld!.reviewRating.alternateName, claim.id).toMatch(/^(Supported|Partly supported|Contested|Unsupported|False|Unverified)$/);
      expect(ld!.claimReviewed, claim.id).toBe(claim.data.statement);
    }
  });
});

describe('search markup', () => {
  test('entry pages, and only they, mark their main content for indexing and carry type and date sort key', () => {
    const bodies = htmlPages().filter((p) => p.html.includes('data-pagefind-body'));
    expect(bodies.map((p) => p.path).sort()).toEqual(entries.map((e) => e.url).sort());
    for (const { path, html } of bodies) {
      expect(html, path).toMatch(/<main id="main" data-pagefind-body/);
      expect(html, path).toMatch(/data-pagefind-sort="date">\d{4}-\d{2}-\d{2}</);
      expect(html, path).toMatch(/data-pagefind-filter="type">(person|org|work|claim|event)</);
    }
    const index = JSON.parse(read('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    expect(Object.values(index.languages).reduce((sum, l) => sum + l.page_count, 0)).toBe(entries.length);
  });

  test('every script is an external module file or a JSON-LD data block (the CSP allows no inline script)', () => {
    for (const { path, html } of htmlPages()) {
      for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        const [, attributes, body] = match;
        const ok = /type="application\/ld\+json"/.test(attributes!) || (/\ssrc="\/[^"]+\.js"/.test(attributes!) && body!.trim() === '');
        expect(ok, `${path}: <script${attributes}>`).toBe(true);
      }
    }
  });

  test('without JavaScript the search page says search needs it and links every collection index', () => {
    const noscript = page('/search/').match(/<noscript>([\s\S]*?)<\/noscript>/)?.[1] ?? '';
    expect(noscript).toContain('Search needs JavaScript');
    for (const index of ['/claims/', '/people/', '/orgs/', '/works/', '/events/']) expect(noscript).toContain(`href="${index}"`);
  });

  test('no page but /search/ loads the search script or the Pagefind bundle', () => {
    const pages = htmlPages();
    const searchScripts = [...pages.find((p) => p.path === '/search/')!.html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
    expect(searchScripts.length).toBeGreaterThan(0);
    for (const { path, html } of pages.filter((p) => p.path !== '/search/')) {
      for (const script of searchScripts) expect(html.includes(script), `${path} loads ${script}`).toBe(false);
      expect(html.includes('/pagefind/'), `${path} mentions /pagefind/`).toBe(false);
    }
  });
});

describe('citations', () => {
  test('every work page offers BibTeX, RIS and CSL-JSON, each file named after the entry, and each parses back to the work title', () => {
    for (const work of kb.byCollection.works) {
      const html = page(work.url);
      for (const file of ['bib', 'ris', 'json'].map((extension) => `${work.id}.${extension}`)) {
        expect(html, `${work.url} links ${file}`).toContain(`href="${work.url}${file}" download="${file}"`);
        const parsed = parseCitations(read(join(work.url, file)));
        expect(parsed.map((item) => item.title), `${work.url}${file}`).toEqual([work.data.title]);
      }
    }
  });

  test('the site bibliography holds every work in BibTeX and CSL-JSON', () => {
    const bib = parseCitations(read('bibliography.bib'));
    const csl = JSON.parse(read('bibliography.json')) as { id: string; title: string }[];
    const works = kb.byCollection.works.map((w) => ({ id: w.id, title: w.data.title }));
    expect(csl.map(({ id, title }) => ({ id, title }))).toEqual(works);
    expect(bib.map((item) => item.title)).toEqual(works.map((w) => w.title));
  });

  test('the BibTeX bibliography holds venue names only, months as macros, arXiv eprints and no URL twice', () => {
    const bib = read('bibliography.bib');
    expect(bib).not.toMatch(/^\s*month = \{/m);
    expect(bib).not.toMatch(/^\s*howpublished = \{https?:/m);
    expect(bib).not.toMatch(/^\s*(journal|booktitle|howpublished|institution) = \{[^}]*(;|\bpp?\. \d|\bvol\. \d|episode|peer-reviewed|released with)/m);
    const hestness = bib.slice(bib.indexOf('{hestness-2017-scaling-predictable,'));
    expect(hestness.slice(0, hestness.indexOf('\n}'))).toMatch(/eprint = \{1712\.00409\},\n\s*archivePrefix = \{arXiv\},\n\s*primaryClass = \{cs\.LG\}/);
    expect(bib).toMatch(/^@article\{seung-1992-statmech-learning,\n\s*author = .*\n\s*journal = \{Physical Review A\},$/m);
  });
});

describe('open data', () => {
  test('claims.json has one row per claim, each pointing at its page', () => {
    const rows = JSON.parse(read('claims.json')) as Record<string, unknown>[];
    expect(rows).toHaveLength(kb.byCollection.claims.length);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual([...CLAIM_COLUMNS]);
      expect(existsSync(join(DIST, new URL(row.url as string).pathname, 'index.html')), row.url as string).toBe(true);
    }
  });

  test('claims.csv has the header and every claim page address once', () => {
    const csv = read('claims.csv');
    expect(csv.split('\r\n')[0]).toBe(CLAIM_COLUMNS.join(','));
    const rows = JSON.parse(read('claims.json')) as { url: string }[];
    for (const { url } of rows) expect(csv.split(`,${url}\r\n`).length - 1, url).toBe(1);
  });

  test('/data/ links every export with its format, and the navigation links /data/', () => {
    const html = page('/data/');
    for (const item of DATA_EXPORTS) {
      expect(html).toContain(`href="${item.path}"`);
      expect(html).toContain(item.format);
    }
    expect(page('/claims/')).toContain('href="/data/"');
  });
});
