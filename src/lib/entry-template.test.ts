import { describe, expect, test } from 'vitest';
import type { z } from 'zod';
import { entryLabel, entryText, planNewEntry, slugify } from './entry-template.ts';
import { checkFiles, fillPlaceholders as filled, validFiles } from './test-fixtures.ts';
import { parseContentFile } from './content-files.ts';
import { collectionSchemas, COLLECTIONS, type CollectionName } from './schema.ts';
import { findPlaceholders } from './placeholders.ts';
import { missingFieldFix } from './field-examples.ts';
import yaml from 'js-yaml';

/** Top-level fields a schema requires (neither optional nor defaulted). */
function requiredFields(collection: CollectionName): string[] {
  const shape = (collectionSchemas[collection] as unknown as z.ZodObject).shape as Record<string, { def: { type: string } }>;
  return Object.entries(shape).filter(([, field]) => !['optional', 'default'].includes(field.def.type)).map(([key]) => key);
}

/** Fields of each template whose placeholder must show the table's example (the sources' url and accessed are in all but datasets). */
const EXAMPLED_FIELDS: Record<CollectionName, string[]> = {
  people: ['affiliations[0].org', 'affiliations[0].from', 'affiliations[0].source.url', 'links.wikidata', 'sources[0].url', 'sources[0].accessed'],
  orgs: ['parent', 'founded', 'sources[0].url', 'sources[0].accessed'],
  works: ['date', 'cites[0].work', 'cites[0].context', 'sources[0].url', 'sources[0].accessed'],
  claims: ['claimant', 'madeIn.work', 'date', 'evidence[0].work', 'evidence[0].source.url', 'source.url', 'source.accessed'],
  events: ['date', 'sources[0].url', 'sources[0].accessed'],
  datasets: ['origin.work', 'origin.source.accessed', 'columns[0].key'],
};

describe('slugify', () => {
  test('makes lower-case ASCII words joined by hyphens', () => {
    expect(slugify('Dario Amodei')).toBe('dario-amodei');
    expect(slugify('  Łukasz Kaiser ')).toBe('lukasz-kaiser');
    expect(slugify('Baidu’s SVAIL & Bell Labs')).toBe('baidus-svail-and-bell-labs');
    expect(slugify('Yann LeCun (2019): Quand la machine apprend')).toBe('yann-lecun-2019-quand-la-machine-apprend');
    expect(slugify('百度')).toBe('');
  });

  test('cuts long names at a word boundary', () => {
    const id = slugify('Deep Learning Scaling is Predictable, Empirically, and Here Is a Very Long Subtitle Too');
    expect(id.length).toBeLessThanOrEqual(60);
    expect(id).toMatch(/^deep-learning-scaling-is-predictable-empirically-and-here-is-a?$|[a-z]$/);
  });
});

describe('entryText', () => {
  for (const collection of COLLECTIONS) {
    test(`${collection}: has every required field, is rejected while placeholders remain, and is valid once they are filled`, () => {
      const file = `content/${collection}/new-entry.${collection === 'datasets' ? 'yaml' : 'mdx'}`;
      const text = entryText(collection, 'New Entry');
      const parsed = parseContentFile(collection, file, text);
      if (!('collection' in parsed)) throw new Error(parsed.message);
      for (const field of requiredFields(collection)) expect(Object.keys(parsed.data as object), field).toContain(field);
      expect(findPlaceholders(parsed.data).length).toBeGreaterThan(0);

      const before = checkFiles({ ...validFiles(), [file]: text }).issues.filter((i) => i.severity === 'error');
      expect(before.length).toBeGreaterThan(0);
      expect(before.every((i) => i.file === file && i.message.startsWith('placeholder not filled in: replace the "TODO" text with')), JSON.stringify(before, null, 1)).toBe(true);

      const after = checkFiles({ ...validFiles(), [file]: filled(text) }).issues.filter((i) => i.severity === 'error');
      expect(after, filled(text)).toEqual([]);
    });
  }

  for (const collection of COLLECTIONS) {
    test(`${collection}: optional lines, once uncommented, are placeholders too and valid once filled`, () => {
      const file = `content/${collection}/new-entry.${collection === 'datasets' ? 'yaml' : 'mdx'}`;
      const text = entryText(collection, 'New Entry').replace(/^# (?!Optional|Fill in)/gm, '');
      const before = checkFiles({ ...validFiles(), [file]: text }).issues.filter((i) => i.severity === 'error');
      expect(before.every((i) => i.message.startsWith('placeholder not filled in')), JSON.stringify(before, null, 1)).toBe(true);
      const after = checkFiles({ ...validFiles(), [file]: filled(text) }).issues.filter((i) => i.severity === 'error');
      expect(after, filled(text)).toEqual([]);
    });
  }

  for (const collection of COLLECTIONS) {
    test(`${collection}: a placeholder shows the example that the check gives when its field is missing`, () => {
      const text = entryText(collection, 'New Entry').replace(/^# (?!Optional|Fill in)/gm, '');
      const parsed = parseContentFile(collection, `content/${collection}/new-entry.${collection === 'datasets' ? 'yaml' : 'mdx'}`, text);
      if (!('collection' in parsed)) throw new Error(parsed.message);
      const compared = findPlaceholders(parsed.data).flatMap(({ path, hint }) => {
        const example = /^add [^:]+: (.+?) \(/.exec(missingFieldFix(path))?.[1];
        const value: unknown = example && yaml.load(example, { schema: yaml.CORE_SCHEMA });
        if (typeof value !== 'string' || value === '…') return []; // a list or map, or free text with no example
        expect(hint, path).toContain(`e.g. ${value}`);
        return [path];
      });
      expect(compared).toEqual(expect.arrayContaining(EXAMPLED_FIELDS[collection]));
    });
  }

  test('keeps a name with quotes and non-Latin letters intact', () => {
    const parsed = parseContentFile('people', 'content/people/x.mdx', entryText('people', 'Zoë "Z" Ng'));
    expect('collection' in parsed && (parsed.data as { name: string }).name).toBe('Zoë "Z" Ng');
  });
});

describe('planNewEntry', () => {
  const existing = new Map([
    ['dario-amodei', { file: 'content/people/dario-amodei.md', label: 'Dario Amodei' }],
    ['baidu-svail', { file: 'content/orgs/baidu-svail.md', label: 'Baidu Silicon Valley AI Lab' }],
    ['baidu', { file: 'content/orgs/baidu.md', label: 'Baidu' }],
    ['hannun-2014-deep-speech', { file: 'content/works/hannun-2014-deep-speech.md', label: 'Deep Speech: Scaling up end-to-end speech recognition' }],
  ]);

  test('plans the file of a new id', () => {
    const plan = planNewEntry('person', 'Wei Xu', existing);
    expect(plan).toMatchObject({ ok: true, id: 'wei-xu', file: 'content/people/wei-xu.md', similar: [] });
  });

  test('refuses an id in use and names the existing file, in any collection', () => {
    expect(planNewEntry('people', 'Dario Amodei', existing)).toEqual({
      ok: false,
      message: '"dario-amodei" already exists: content/people/dario-amodei.md. Edit that entry, or give a more specific name if this is a different person.',
    });
    expect(planNewEntry('events', 'Baidu SVAIL', existing)).toMatchObject({ ok: false, message: expect.stringContaining('content/orgs/baidu-svail.md') });
  });

  test('points out an existing entry with a similar id or the same name (did you mean)', () => {
    expect(planNewEntry('people', 'Dario Amodai', existing)).toMatchObject({ ok: true, similar: ['content/people/dario-amodei.md'] });
    expect(planNewEntry('works', 'Deep Speech: Scaling up end-to-end speech recognition', existing)).toMatchObject({ ok: true, similar: ['content/works/hannun-2014-deep-speech.md'], tip: expect.stringContaining('author-year-keywords') });
    expect(planNewEntry('claims', 'Baidu invented scaling laws', existing)).toMatchObject({ ok: true, similar: [] });
  });

  test('entryLabel reads the name, title or statement', () => {
    expect(entryLabel({ name: 'Wei Xu' })).toBe('Wei Xu');
    expect(entryLabel({ title: 'Deep Speech' })).toBe('Deep Speech');
    expect(entryLabel({ statement: 'Baidu was first' })).toBe('Baidu was first');
    expect(entryLabel(null)).toBeUndefined();
  });

  test('explains an unknown collection and a name without Latin letters', () => {
    expect(planNewEntry('peple', 'X', existing)).toMatchObject({ ok: false, message: expect.stringContaining('unknown collection "peple" (did you mean "people"?)') });
    expect(planNewEntry('people', '吴恩达', existing)).toMatchObject({ ok: false, message: expect.stringContaining('give the name as written in English or pinyin') });
  });
});
