/** The built feed of new and changed entries (/feed.xml): valid RSS, the latest changes by git, every page pointing at it. */
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { checkContentFolder } from '../../src/lib/content-check.ts';
import { buildKnowledgeBase, type KbEntry } from '../../src/lib/kb.ts';
import { FEED_LENGTH } from '../../src/lib/feed.ts';
import { siteConfig } from '../../src/site.config.ts';
import { historyUrl } from '../../src/lib/urls.ts';
import { DIST } from '../helpers/static-server.ts';
import { htmlPages } from '../helpers/dist-files.ts';
import { contentGitDates } from '../helpers/git-dates.ts';

const kb = buildKnowledgeBase(checkContentFolder(resolve(import.meta.dirname, '../..')).entries as KbEntry[]);
const xml = readFileSync(join(DIST, 'feed.xml'), 'utf8');
const channel = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' || name === 'category' }).parse(xml).rss.channel;
const items = channel.item as { title: string; link: string; guid: { '#text': string; '@_isPermaLink': string }; description: string; pubDate?: string; category: string[] }[];
/** The entry an item links to. */
const entryOf = (link: string) => [...kb.entities.values()].find((entity) => new URL(entity.url, siteConfig.site).href === link);

describe('/feed.xml', () => {
  test('is well-formed RSS 2.0 with a title, description and the site as its link', () => {
    expect(() => SyntaxValidator.validate(xml)).not.toThrow();
    expect(xml).toMatch(/<rss version="2.0"[ >]/);
    expect(channel).toMatchObject({ title: 'Scaling Atlas: new and changed entries', link: `${siteConfig.site}/`, language: 'en' });
    expect(channel.description.length).toBeGreaterThan(20);
  });

  test('names its own address (atom:link rel="self"), in the Atom namespace', () => {
    expect(xml).toMatch(/<rss [^>]*xmlns:atom="http:\/\/www\.w3\.org\/2005\/Atom"/);
    expect(channel['atom:link']).toMatchObject({ '@_href': `${siteConfig.site}/feed.xml`, '@_rel': 'self', '@_type': 'application/rss+xml' });
  });

  test('lists the entries git saw change last, the latest first, each dated by its last commit, at most FEED_LENGTH', () => {
    const { dates } = contentGitDates();
    const updated = (file: string | undefined) => (file ? dates.get(file)?.updated : undefined);
    const byChange = [...kb.entities.values()].map((entity) => ({ entity, time: Date.parse(updated(entity.file) ?? '') || -Infinity })).sort((a, b) => b.time - a.time);
    expect(items).toHaveLength(Math.min(FEED_LENGTH, kb.entities.size));
    const times = items.map((item) => (item.pubDate ? Date.parse(item.pubDate) : -Infinity));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // Entries that changed in the same second may swap places at the cut; none changed later than one listed is left out.
    const lastListed = times.at(-1)!;
    for (const { entity } of byChange.filter(({ time }) => time > lastListed)) expect(items.some((item) => entryOf(item.link) === entity), entity.id).toBe(true);
    for (const item of items) {
      const entity = entryOf(item.link)!;
      expect(entity, item.link).toBeDefined();
      const when = updated(entity.file);
      expect(item.pubDate, entity.id).toBe(when ? new Date(when).toUTCString() : undefined);
      if (when) expect(item.guid, entity.id).toEqual({ '#text': `${item.link}#${when}`, '@_isPermaLink': 'false' });
    }
  });

  test('each item links a page that exists, names its kind and entry (a claim\'s its verdict and reasoning) and links the history of its file', () => {
    for (const item of items) {
      const entity = entryOf(item.link)!;
      expect(existsSync(join(DIST, entity.url.split('#')[0]!, 'index.html')), entity.url).toBe(true);
      expect(item.title, entity.id).toContain(entity.label);
      const history = `What changed, commit by commit: ${historyUrl(siteConfig.repository, siteConfig.branch, entity.file!)}`;
      if (entity.collection === 'claims') {
        expect(item.title, entity.id).toMatch(/^Claim: .* \(verdict: (Supported|Partly supported|Contested|Unsupported|False|Unverified)\)$/);
        expect(item.description, entity.id).toBe(`Verdict: ${item.category[1]}. ${entity.data.reasoning} ${history}`);
      } else {
        expect(item.description, entity.id).toBe(`${entity.data.summary} ${history}`);
      }
    }
  });

  test('every page announces the feed to browsers and feed readers and links the recent changes in its footer; the about page offers the feed for following corrections', () => {
    for (const { path, html } of htmlPages()) {
      expect(html, path).toContain('<link rel="alternate" type="application/rss+xml" title="Scaling Atlas: new and changed entries" href="/feed.xml">');
      expect(html, path).toMatch(/<footer[\s\S]*<a href="\/changes\/">/);
    }
    const about = readFileSync(join(DIST, 'about/index.html'), 'utf8');
    const corrections = about.slice(about.indexOf('id="corrections-heading"'), about.indexOf('</section>', about.indexOf('id="corrections-heading"')));
    expect(corrections).toMatch(/To follow corrections[^<]*<a href="\/feed\.xml"/);
  });

  test('/changes/ lists the feed\'s entries in the feed\'s order, each with the day it last changed, its kind, a claim\'s verdict and its history, and offers the feed', () => {
    const html = readFileSync(join(DIST, 'changes/index.html'), 'utf8');
    const list = html.slice(html.indexOf('<ol class="recent-changes"'), html.indexOf('</ol>', html.indexOf('<ol class="recent-changes"')));
    const rows = list.split('<li').slice(1);
    expect(rows).toHaveLength(items.length);
    const { dates } = contentGitDates();
    for (const [index, item] of items.entries()) {
      const entity = entryOf(item.link)!;
      const row = rows[index]!;
      expect(row, entity.id).toContain(`href="${entity.url}"`);
      const updated = dates.get(entity.file!)?.updated;
      if (updated) expect(row, entity.id).toContain(`<time datetime="${updated}">${updated.slice(0, 10)}</time>`);
      expect(row, entity.id).toContain(`href="${historyUrl(siteConfig.repository, siteConfig.branch, entity.file!)}"`);
      if (entity.collection === 'claims') expect(row, entity.id).toContain(`verdict-${entity.data.verdict}`);
    }
    expect(html).toMatch(/<a href="\/feed\.xml" type="application\/rss\+xml">the feed of new and changed entries \(RSS\)<\/a>/);
  });
});
