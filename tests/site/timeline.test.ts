/** The built /timeline.json and /timeline/ against the knowledge base: every dated fact, and JavaScript only where it belongs. */
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkContentFolder } from '../../src/lib/content-check.ts';
import { buildKnowledgeBase, KIND_OF, type KbEntry } from '../../src/lib/kb.ts';
import type { TimelineData } from '../../src/lib/timeline.ts';
import { entryCheck } from '../../src/lib/entry-check.ts';
import { labelText, notVerifiedLabel } from '../../src/lib/check-labels.ts';
import { escapeHtml } from '../../src/lib/label-text.ts';
import { t } from '../../src/i18n/index.ts';
import { DIST, resolveFile } from '../helpers/static-server.ts';
import { htmlPages } from '../helpers/dist-files.ts';

const ROOT = resolve(import.meta.dirname, '../..');

describe('/timeline.json', () => {
  const file = join(DIST, 'timeline.json');
  const data = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as TimelineData) : undefined;
  const kb = buildKnowledgeBase(checkContentFolder(ROOT).entries as KbEntry[]);

  test('holds every dated fact of the knowledge base, once, in order', () => {
    expect(data, 'dist/timeline.json is missing: run "npm run build"').toBeDefined();
    expect(data!.items.map((item) => item.id)).toEqual(kb.dated.map((item) => item.id));
    expect(data!.items.map((item) => item.edtf)).toEqual(kb.dated.map((item) => item.edtf));
  });

  test('every item is in vis-timeline format and links to a built page', () => {
    for (const item of data!.items) {
      expect(Object.keys(item), item.id).toEqual(expect.arrayContaining(['id', 'content', 'start', 'group', 'type', 'className', 'edtf', 'url']));
      if (item.type === 'point') expect(item.end, item.id).toBeUndefined();
      else expect(Date.parse(item.end!), item.id).toBeGreaterThanOrEqual(Date.parse(item.start));
      expect(resolveFile(DIST, item.url), item.url).toBeDefined();
    }
  });

  test('every claim carries its verdict, and every fact of an entry not fully verified its status and class', () => {
    const facts = new Map(kb.dated.map((fact) => [fact.id, fact]));
    for (const item of data!.items) {
      const check = entryCheck(kb.get(facts.get(item.id)!.entity));
      expect({ verdict: item.verdict, verification: item.verification }, item.id).toEqual({ verdict: check.verdict, verification: check.verification });
      expect(item.className.split(' ').includes('tl-not-verified'), item.id).toBe(Boolean(check.verification));
    }
    expect(data!.items.filter((item) => item.kind === 'claim').every((item) => item.verdict)).toBe(true);
    expect(data!.items.some((item) => item.verification), 'the atlas has facts of entries not fully verified').toBe(true);
  });

  test('each claim of a bundle names it, and a bundle holds claims of one work and one date and opens that work’s list of them', () => {
    const facts = new Map(kb.dated.map((fact) => [fact.id, fact]));
    const items = new Map(data!.items.map((item) => [item.id, item]));
    expect(data!.bundles.length, 'the article’s claims share its date').toBeGreaterThan(0);
    for (const bundle of data!.bundles) {
      const members = bundle.members.map((id) => items.get(id)!);
      expect(members.every((member) => member.bundle === bundle.id && member.kind === 'claim'), bundle.id).toBe(true);
      const works = new Set(members.map((member) => kb.get(facts.get(member.id)!.entity)).map((entity) => entity.collection === 'claims' && entity.data.madeIn.work));
      expect(works.size, bundle.id).toBe(1);
      expect(new Set(members.map((member) => member.edtf)).size, bundle.id).toBe(1);
      const [work] = works;
      const [page, anchor] = bundle.url.split('#');
      expect(page).toBe(kb.get(work as string).url);
      expect(readFileSync(resolveFile(DIST, page!)!, 'utf8'), `${bundle.url}: the work page has the section`).toContain(`id="${anchor}"`);
      expect(bundle.content).toContain(`${members.length} claims`);
    }
    const bundled = new Set(data!.bundles.flatMap((bundle) => bundle.members));
    expect(data!.items.filter((item) => item.bundle).map((item) => item.id).sort()).toEqual([...bundled].sort());
  });

  test('open spans end at the last day a source was read, not at build time', () => {
    expect(data!.now).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/);
    for (const item of data!.items.filter((entry) => entry.className.includes('tl-open'))) expect(item.end, item.id).toBe(data!.now);
  });
});

describe('entry pages', () => {
  const kb = buildKnowledgeBase(checkContentFolder(ROOT).entries as KbEntry[]);

  test('each lists every dated fact that concerns it, each date machine-readable', () => {
    let listed = 0;
    for (const entity of kb.entities.values()) {
      if (entity.collection === 'datasets') continue;
      const html = readFileSync(join(DIST, entity.url, 'index.html'), 'utf8');
      const section = /<ol class="plain-list chronology">([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
      const lines = section.split('<li').slice(1);
      expect(lines.length, entity.url).toBe(kb.datedFor(entity.id).length);
      listed += lines.length;
      for (const line of lines) expect(line, entity.url).toMatch(/<time datetime="\d{4}/);
    }
    expect(listed).toBeGreaterThan(kb.dated.length);
  });
});

describe('/timeline/ page', () => {
  const pages = htmlPages();
  const timeline = pages.find((page) => page.path === '/timeline/');

  test('every dated fact is in the chronology with a <time datetime>', () => {
    expect(timeline).toBeDefined();
    const data = JSON.parse(readFileSync(join(DIST, 'timeline.json'), 'utf8')) as TimelineData;
    const entries = [...timeline!.html.matchAll(/<li id="([^"]+)" class="tl-entry"[^>]*>\s*<span class="date-text"[^>]*><time datetime="([^"]+)"/g)];
    expect(entries.map((match) => match[1]!.replace(/&amp;/g, '&'))).toEqual(data.items.map((item) => item.id));
  });

  test('the chronology shows a claim’s verdict badge and tags a fact of an entry not fully verified, apart from an uncertain date', () => {
    const data = JSON.parse(readFileSync(join(DIST, 'timeline.json'), 'utf8')) as TimelineData;
    const lines = new Map([...timeline!.html.matchAll(/<li id="([^"]+)" class="tl-entry"[^>]*>([\s\S]*?)<\/li>/g)].map((match) => [match[1]!.replace(/&amp;/g, '&'), match[2]!]));
    for (const item of data.items) {
      const line = lines.get(item.id)!;
      expect(line.includes(`class="verdict verdict-${item.verdict}"`), item.id).toBe(Boolean(item.verdict));
      expect(line.includes('class="tag-not-verified"'), item.id).toBe(Boolean(item.verification));
      expect(line, `${item.id}: one fact is named by its kind, in the singular`).toContain(`<span class="visually-hidden">${t(`kind.${KIND_OF[item.group]}`)}:</span>`);
      if (item.verification) expect(line, item.id).toContain(escapeHtml(labelText(notVerifiedLabel(item.verification))));
    }
  });

  test('its scripts are external modules, and no other page loads the timeline', () => {
    const scripts = [...timeline!.html.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1]!);
    const executable = scripts.filter((attributes) => !attributes.includes('application/ld+json'));
    expect(executable.length).toBeGreaterThan(0);
    for (const attributes of executable) expect(attributes).toMatch(/type="module" src="\/_astro\//);
    const others = pages.filter((page) => page.path !== '/timeline/' && /vis-timeline|_astro\/[^"]*timeline[^"]*\.js/.test(page.html));
    expect(others.map((page) => page.path)).toEqual([]);
  });
});
