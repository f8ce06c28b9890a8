/** The built site's machine-readable side: JSON-LD on every entry page, search markup, citations and data exports. */
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkContentFolder } from '../../src/lib/content-check.ts';
import { buildKnowledgeBase, type KbEntry } from '../../src/lib/kb.ts';
import { citableWorks, parseCitations } from '../../src/lib/cite.ts';
import { CLAIM_COLUMN_DESCRIPTIONS, CLAIM_COLUMNS, DATA_EXPORTS, UTF8_BOM } from '../../src/lib/exports.ts';
import { csvParse } from 'd3-dsv';
import { DIST } from '../helpers/static-server.ts';
import { workUrl } from '../../src/lib/work-links.ts';
import { siteConfig } from '../../src/site.config.ts';
import { dayOf } from '../../src/lib/git-history.ts';
import { contentGitDates } from '../helpers/git-dates.ts';
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
      const work = kb.get(claim.data.madeIn.work);
      expect(item.appearance.name, claim.id).toBe(work.label);
      expect(item.appearance.url, `${claim.id} appearance url`).toBe(work.collection === 'works' ? workUrl(work.data.identifiers) : undefined);
      expect(item.appearance.sameAs, claim.id).toContain(new URL(work.url, siteConfig.site).href);
      expect(item).not.toHaveProperty('firstAppearance');
      expect(item.datePublished, claim.id).toMatch(/^\d{4}(-\d{2}){0,2}$/);
      expect(ld!.reviewRating.alternateName, claim.id).toMatch(/^(Supported|Partly supported|Contested|Unsupported|False|Unverified)$/);
      expect(ld!.claimReviewed, claim.id).toBe(claim.data.statement);
    }
  });

  test('every claim review is dated by the day git first and last saw its entry, when the build had the full history', () => {
    const { dates, fullHistory } = contentGitDates();
    for (const claim of kb.byCollection.claims) {
      const [ld] = jsonLdBlocks(page(claim.url));
      const known = dates.get(claim.file!);
      expect(ld!.datePublished, claim.id).toBe(known && fullHistory ? dayOf(known.added) : undefined);
      expect(ld!.dateModified, claim.id).toBe(known ? dayOf(known.updated) : undefined);
    }
  });
});

describe('search markup', () => {
  test('entry pages and the Chinese check (/zh/), and only they, mark their main content for indexing and carry type and date sort key', () => {
    const bodies = htmlPages().filter((p) => p.html.includes('data-pagefind-body'));
    expect(bodies.map((p) => p.path).sort()).toEqual([...entries.map((e) => e.url), '/zh/'].sort());
    for (const { path, html } of bodies) {
      expect(html, path).toMatch(/<main id="main" data-pagefind-body/);
      expect(html, path).toMatch(/data-pagefind-sort="date">\d{4}-\d{2}-\d{2}</);
      expect(html, path).toMatch(path === '/zh/' ? /data-pagefind-filter="type">article-check</ : /data-pagefind-filter="type">(person|org|work|claim|event)</);
    }
    const index = JSON.parse(read('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    expect(Object.values(index.languages).reduce((sum, l) => sum + l.page_count, 0)).toBe(entries.length + 1);
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
  const citable = citableWorks(kb);
  const withheld = kb.byCollection.works.filter((work) => !citable.includes(work));
  /** The title a citation gives: the title as published, in its original language. */
  const citedTitle = (work: (typeof citable)[number]) => work.data.nativeTitle?.text ?? work.data.title;
  /** One entry of the BibTeX bibliography, from its key to its closing brace. */
  const bibEntry = (bib: string, id: string) => bib.slice(bib.indexOf(`{${id},`), bib.indexOf('\n}', bib.indexOf(`{${id},`)));

  test('every work offered as a citation has BibTeX, RIS and CSL-JSON, each file named after the entry, and each parses back to the title as published', () => {
    for (const work of citable) {
      const html = page(work.url);
      for (const file of ['bib', 'ris', 'json'].map((extension) => `${work.id}.${extension}`)) {
        expect(html, `${work.url} links ${file}`).toContain(`href="${work.url}${file}" download="${file}"`);
        const parsed = parseCitations(read(join(work.url, file)));
        expect(parsed.map((item) => item.title), `${work.url}${file}`).toEqual([citedTitle(work)]);
      }
    }
  });

  test('a work whose published title or first author is not verified has no citation files, and its page says why and what would settle it', () => {
    expect(withheld.map((work) => work.id)).toEqual(expect.arrayContaining(['raffel-2019-t5', 'smith-2022-mt-nlg', 'tay-2021-scale-efficiently', 'kolachina-2012-learning-curves-mt', 'porian-2024-resolving', 'pearce-song-2024-reconciling', 'lecun-2019-quand-la-machine-apprend']));
    for (const work of withheld) {
      const html = page(work.url);
      const cite = html.slice(html.indexOf('id="cite-heading"'));
      expect(cite, work.url).toContain('Not offered as a citation:');
      expect(cite, work.url).toContain('What is missing and what would settle it:');
      expect(cite, work.url).not.toContain(' download=');
      for (const extension of ['bib', 'ris', 'json']) expect(existsSync(join(DIST, work.url, `${work.id}.${extension}`)), `${work.id}.${extension}`).toBe(false);
    }
  });

  test('every claim page offers "Cite this check": one line with the claim, its address and the day git last saw it change, and BibTeX and RIS that read back to the page', () => {
    const { dates } = contentGitDates();
    /** The text of some HTML, its tags (Chinese marked as such) dropped. */
    const unescape = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    for (const claim of kb.byCollection.claims) {
      const html = page(claim.url);
      const section = html.slice(html.indexOf('id="cite-page-heading"'), html.indexOf('</section>', html.indexOf('id="cite-page-heading"')));
      const address = new URL(claim.url, siteConfig.site).href;
      const updated = dates.get(claim.file!)?.updated;
      const line = unescape(/<cite[^>]*>([\s\S]*?)<\/cite>/.exec(section)?.[1] ?? '');
      expect(line, claim.id).toBe(`Scaling Atlas, “${claim.data.statement}”, ${address}${updated ? `, last updated ${dayOf(updated)}` : ''}.`);
      const formats = [...section.matchAll(/<code[^>]*>([\s\S]*?)<\/code>/g)].map((match) => unescape(match[1]!));
      expect(formats, claim.id).toHaveLength(2);
      for (const text of formats) expect(parseCitations(text), claim.id).toEqual([expect.objectContaining({ title: claim.data.statement, URL: address })]);
    }
  });

  test('the site bibliography holds every work offered as a citation in BibTeX and CSL-JSON, and no other', () => {
    const bib = parseCitations(read('bibliography.bib'));
    const csl = JSON.parse(read('bibliography.json')) as { id: string; title: string }[];
    const works = citable.map((w) => ({ id: w.id, title: citedTitle(w) }));
    expect(csl.map(({ id, title }) => ({ id, title }))).toEqual(works);
    expect(bib.map((item) => item.title)).toEqual(works.map((w) => w.title));
  });

  test('the BibTeX bibliography holds venue names only, months as macros, arXiv eprints and no URL twice', () => {
    const bib = read('bibliography.bib');
    expect(bib).not.toMatch(/^\s*month = \{/m);
    expect(bib).not.toMatch(/^\s*howpublished = \{https?:/m);
    expect(bib).not.toMatch(/^\s*(journal|booktitle|howpublished|institution) = \{[^}]*(;|\bpp?\. \d|\bvol\. \d|episode|peer-reviewed|released with|repost)/m);
    expect(bibEntry(bib, 'hestness-2017-scaling-predictable')).toMatch(/eprint = \{1712\.00409\},\n\s*archivePrefix = \{arXiv\},\n\s*primaryClass = \{cs\.LG\}/);
    expect(bib).toMatch(/^@article\{seung-1992-statmech-learning,\n\s*author = .*\n\s*journal = \{Physical Review A\},$/m);
  });

  test('incomplete records say so: an author list ending "and others", given names and verification in a note, no arXiv month beside a later venue', () => {
    const bib = read('bibliography.bib');
    expect(bibEntry(bib, 'brown-2020-gpt3')).toContain('author = {Brown, Tom B. and others}');
    expect(bibEntry(bib, 'mccandlish-2018-large-batch')).toContain('author = {McCandlish, Sam and Kaplan, Jared and Amodei, Dario and others}');
    expect(bibEntry(bib, 'hoffmann-2022-chinchilla')).not.toContain('month');
    expect(bibEntry(bib, 'rosenfeld-2019-constructive-prediction')).toMatch(/booktitle = \{ICLR 2020\},\n\s*year = \{2020\},/);
    expect(bibEntry(bib, 'banko-brill-2001')).toContain('note = {Given names not recorded: Banko, Brill.}');
    const article = bibEntry(bib, 'article-baidu-scaling-law-2024');
    expect(article).toContain('title = {震惊!发现大模型规律的原来是百度}');
    expect(article).toContain('journal = {大咖科技}');
    expect(article).toMatch(/note = \{English title: Shocking! It turns out Baidu discovered the law of large models\. Not fully verified by Scaling Atlas: The original publication was not found/);
    expect(article).toContain('urldate = {2026-11-29}');
    expect(article).toContain('language = {zh}');
  });

  test('authors are cited by the name printed on the work where it differs from the atlas name', () => {
    const file = (id: string, extension: string) => read(join(kb.get(id).url, `${id}.${extension}`));
    expect(file('amodei-2015-deep-speech-2', 'ris')).toContain('AU  - Fan, Linxi\n');
    expect(file('amodei-2015-deep-speech-2', 'ris')).not.toContain('AU  - Fan, Jim');
    expect(file('hestness-2017-scaling-predictable', 'bib')).toContain('Diamos, Gregory');
    expect(file('hestness-2019-beyond-human-level', 'bib')).toContain('Diamos, Gregory');
    expect(JSON.parse(file('hannun-2014-deep-speech', 'json'))[0].author).toContainEqual({ given: 'Andrew Y.', family: 'Ng' });
    expect(bibEntry(read('bibliography.bib'), 'amodei-2015-deep-speech-2')).toContain('Diamos, Greg and');
  });

  test('a citation\'s URL is the arXiv abstract page or DOI whenever the work records one, whatever other page it also records', () => {
    for (const work of citable) {
      const [item] = JSON.parse(read(join(work.url, `${work.id}.json`))) as { URL?: string }[];
      const { arxiv, doi } = work.data.identifiers;
      if (arxiv) expect(item!.URL, work.id).toBe(`https://arxiv.org/abs/${arxiv}`);
      else if (doi) expect(item!.URL, work.id).toBe(`https://doi.org/${doi}`);
    }
    expect(read(join(kb.get('ardalani-2022-recsys-scaling').url, 'ardalani-2022-recsys-scaling.ris'))).toContain('UR  - https://arxiv.org/abs/2208.08489\n');
    expect(read(join(kb.get('besiroglu-2024-chinchilla-replication').url, 'besiroglu-2024-chinchilla-replication.ris'))).toContain('UR  - https://arxiv.org/abs/2404.10102\n');
  });

  test('essays and blog posts export as web pages and posts (RIS ELEC, BLOG), none as a journal article; works known by our description are not offered', () => {
    const ris = (id: string) => read(join(kb.get(id).url, `${id}.ris`));
    const bib = (id: string) => read(join(kb.get(id).url, `${id}.bib`));
    for (const id of ['gwern-2020-scaling-hypothesis', 'sutton-2019-bitter-lesson']) {
      expect(ris(id), id).toMatch(/^TY {2}- ELEC\n/);
      expect(bib(id), id).toMatch(/^@misc\{/);
    }
    expect(ris('baidu-research-2017-scaling-blog')).toMatch(/^TY {2}- BLOG\n/);
    // Robin Li's letter and speech go by titles we wrote: no citation files, as for every described title.
    for (const id of ['robin-li-2021-shareholder-letter', 'robin-li-2017-speech']) {
      expect(existsSync(join(DIST, kb.get(id).url, `${id}.ris`)), id).toBe(false);
      expect(read('bibliography.bib'), id).not.toContain(`{${id},`);
    }
    for (const work of citable.filter((w) => ['essay', 'blog-post', 'talk', 'podcast', 'book'].includes(w.data.type))) expect(ris(work.id), work.id).not.toMatch(/^TY {2}- JOUR/);
  });

  test('RIS: arXiv preprints as UNPB with their arXiv id, full IDs, PY for every type, pages as SP and EP', () => {
    const ris = (id: string) => read(join(kb.get(id).url, `${id}.ris`)).split('\n');
    expect(ris('kaplan-2020-scaling-laws')).toEqual(expect.arrayContaining(['TY  - UNPB', 'DB  - arXiv', 'AN  - 2001.08361', 'ID  - kaplan-2020-scaling-laws']));
    expect(ris('kaplan-2020-scaling-laws').some((line) => line.startsWith('T2  - '))).toBe(false);
    expect(ris('brown-2020-gpt3')).toEqual(expect.arrayContaining(['TY  - CONF', 'PY  - 2020', 'SP  - 1877', 'EP  - 1901', 'AN  - 2005.14165', 'AU  - Brown, Tom B.']));
    expect(ris('brown-2020-gpt3')).not.toContain('AU  - et al.');
    expect(ris('brown-2020-gpt3').find((line) => line.startsWith('N1  - '))).toMatch(/^N1 {2}- Author list incomplete/);
    expect(ris('cortes-1993-learning-curves')).toContain('SP  - 327');
    for (const work of citable) {
      const lines = ris(work.id);
      expect(lines, work.id).toContain(`ID  - ${work.id}`);
      expect(lines.some((line) => line.startsWith('PY  - ')), `${work.id} PY`).toBe(true);
      expect(lines.some((line) => /^(SP|EP) {2}- .*(ff\.|[–-])/.test(line)), `${work.id} pages`).toBe(false);
    }
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

  test('claims.csv starts with a UTF-8 byte-order mark (for Excel), then the header, and every claim page address once', () => {
    const bytes = readFileSync(join(DIST, 'claims.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = read('claims.csv').slice(UTF8_BOM.length);
    expect(csv.split('\r\n')[0]).toBe(CLAIM_COLUMNS.join(','));
    const rows = JSON.parse(read('claims.json')) as { url: string }[];
    for (const { url } of rows) expect(csv.split(`,${url}\r\n`).length - 1, url).toBe(1);
  });

  test('claims.csv, read by a CSV parser once the byte-order mark is stripped, holds the same rows as claims.json, Chinese included', () => {
    const json = JSON.parse(read('claims.json')) as Record<string, string | number>[];
    const csv = csvParse(read('claims.csv').replace(/^\uFEFF/, ''));
    expect(csv.columns).toEqual(CLAIM_COLUMNS);
    expect(csv.map((row) => ({ ...row, evidence_count: Number(row.evidence_count) }))).toEqual(json);
    const headline = json.find((row) => row.id === 'baidu-found-scaling-laws-first')!;
    expect(headline.statement_zh).toMatch(/\p{Script=Han}/u);
    expect(headline.reasoning_zh).toMatch(/\p{Script=Han}/u);
    expect(headline.locator).not.toBe('');
    expect(json.some((row) => row.translation_en !== '')).toBe(true);
    const unverified = json.filter((row) => row.unverified_zh !== '');
    expect(unverified.length).toBeGreaterThan(0);
    for (const row of unverified) expect(String(row.unverified_zh).split('\n'), String(row.id)).toHaveLength(String(row.unverified_en).split('\n').length);
  });

  test('/data/ links every export with its format, and the navigation links /data/', () => {
    const html = page('/data/');
    for (const item of DATA_EXPORTS) {
      expect(html).toContain(`href="${item.path}"`);
      expect(html).toContain(item.format);
    }
    expect(html).toContain('byte-order mark');
    const columns = html.slice(html.indexOf('id="claim-columns-heading"'));
    for (const [column, description] of Object.entries(CLAIM_COLUMN_DESCRIPTIONS)) expect(columns, column).toContain(`<td class="mono">${column}</td><td>${description.replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#39;')}</td>`);
    expect(page('/claims/')).toContain('href="/data/"');
  });

  test('/data/ links every dataset CSV and its chart, marks a dataset without a chart as a table only, and says the CSVs carry their source', () => {
    const html = page('/data/');
    for (const dataset of kb.byCollection.datasets) {
      expect(html, dataset.id).toContain(`href="/datasets/${dataset.id}.csv"`);
      const row = new RegExp(`href="/charts/#${dataset.id}"[^>]*>[^<]*</a>(<span[^>]*> \\(table, no chart of its own\\)</span>)?`).exec(html);
      expect(row, dataset.id).not.toBeNull();
      expect(Boolean(row![1]), dataset.id).toBe(!dataset.data.chart);
    }
    expect(html).toMatch(/only secondhand \(secondary\)/);
  });
});
