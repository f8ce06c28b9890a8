import { describe, expect, test } from 'vitest';
import { ZodArray, ZodDefault, ZodObject, ZodOptional, ZodUnion, type z } from 'zod';
import { entryText } from './entry-template.ts';
import { entryReferences, idFieldsOf, namedIds } from './references.ts';
import { repeatedIds } from './repeated-ids.ts';
import { collectionSchemas, COLLECTIONS, ref, type CollectionName } from './schema.ts';
import { checkFiles, fillPlaceholders, validFiles } from './test-fixtures.ts';

const SOURCE = '{ url: "https://arxiv.org/abs/2001.08361", accessed: 2026-11-29 }';
const INFLUENCE = `influencedBy:\n  - by: kaplan-2020\n    note: Read it.\n    evidence:\n      - work: kaplan-2020\n        note: Section 7.\n        source: ${SOURCE}\n`;

/** The fixture knowledge base with an id in every field that can hold one, a dataset included. */
function sampleFiles(): Record<string, string> {
  const files = validFiles();
  const add = (file: string, before: string, lines: string) => (files[file] = files[file]!.replace(before, `${lines}${before}`));
  add('content/people/joel-hestness.md', 'summary:', INFLUENCE);
  add('content/orgs/baidu-svail.md', 'summary:', `parent: baidu-svail\n${INFLUENCE}`);
  add('content/works/hestness-2017.mdx', 'summary:', `doesNotCite:\n  - work: kaplan-2020\n    note: Written later.\n    source: ${SOURCE}\n`);
  add('content/works/kaplan-2020.mdx', 'summary:', 'partOf: hestness-2017\n');
  add('content/claims/baidu-first.mdx', 'verdict:', `repeatedIn:\n  - work: hestness-2017\n    locator: "§1"\n    source: ${SOURCE}\n`);
  add('content/events/svail-opens.mdx', 'summary:', INFLUENCE);
  files['content/datasets/new-entry.yaml'] = fillPlaceholders(entryText('datasets', 'New Entry'));
  return files;
}

const SAMPLE_ENTRIES = checkFiles(sampleFiles()).entries;

/** The parsed data of every sample entry of a collection. */
function samples(collection: CollectionName): unknown[] {
  return SAMPLE_ENTRIES.filter((entry) => entry.collection === collection).map((entry) => entry.data);
}

/** The field a path starts in, e.g. `cites` of `cites[0].work`. */
function fieldOf(path: string): string {
  return path.split(/[.[]/)[0]!;
}

/** Where each top-level field of a collection's schema holds an entry id: '' when its value or items are ids, else the key of the id in them. */
function idKeysInSchema(collection: CollectionName): Record<string, string> {
  const shape = (collectionSchemas[collection] as unknown as z.ZodObject).shape;
  return Object.fromEntries(
    Object.entries(shape).flatMap(([field, schema]) =>
      unwrapped(schema).flatMap((inner) => {
        if (inner === ref) return [[field, '']];
        const item = inner instanceof ZodObject ? inner.shape : {};
        return Object.entries(item).flatMap(([key, value]) => (unwrapped(value as z.ZodType).includes(ref) ? [[field, key]] : []));
      })
    )
  );
}

/** A schema without its optional, default and list wrappers; each alternative of a union. */
function unwrapped(schema: z.ZodType): z.ZodType[] {
  if (schema instanceof ZodOptional || schema instanceof ZodDefault) return unwrapped(schema.def.innerType as z.ZodType);
  if (schema instanceof ZodArray) return unwrapped(schema.def.element as z.ZodType);
  if (schema instanceof ZodUnion) return (schema.def.options as z.ZodType[]).flatMap(unwrapped);
  return [schema];
}

describe('one table of the fields that hold entry ids drives both the references and the repeat check', () => {
  test('the table has every field of the schemas that holds an id, at the key the schema puts it in', () => {
    for (const collection of COLLECTIONS) {
      expect(Object.fromEntries(idFieldsOf(collection).map(([field, { key }]) => [field, key ?? ''])), collection).toEqual(idKeysInSchema(collection));
    }
  });

  for (const collection of COLLECTIONS) {
    test(`${collection}: every reference comes from a field of the table, and every field of the table gives references`, () => {
      const data = samples(collection);
      const paths = data.flatMap((entry) => entryReferences(collection, entry as never).map((reference) => reference.path));
      const fields = idFieldsOf(collection).map(([field]) => field);
      expect(new Set(paths.map(fieldOf))).toEqual(new Set(fields));
      for (const field of fields) {
        const named = data.flatMap((entry) => namedIds(collection, entry, field).map((id) => id.path));
        expect(named.length, `the sample names no entry in ${field}`).toBeGreaterThan(0);
        expect(paths).toEqual(expect.arrayContaining(named));
      }
    });

    test(`${collection}: an id written twice in a list is a reference both times, and a repeat where the table says an id appears once`, () => {
      const tried = new Set<string>();
      for (const [field, { once }] of idFieldsOf(collection)) {
        for (const entry of samples(collection) as Record<string, unknown>[]) {
          const list = entry[field];
          if (!Array.isArray(list) || namedIds(collection, entry, field)[0]?.itemPath !== `${field}[0]`) continue;
          tried.add(field);
          const twice = { ...entry, [field]: [...list, list[0]] };
          const repeat = namedIds(collection, twice, field).at(-1)!;
          expect(repeat.itemPath).toBe(`${field}[${list.length}]`);
          expect(entryReferences(collection, twice as never).map((reference) => reference.path)).toContain(repeat.path);
          expect(repeatedIds(collection, twice).filter((problem) => problem.path === repeat.path)).toEqual(
            once ? [{ path: repeat.path, message: `${repeat.id} is ${once.verb} already at ${field}[0]: ${once.fix}` }] : []
          );
        }
      }
      const lists = idFieldsOf(collection).flatMap(([field]) => (samples(collection).some((entry) => Array.isArray((entry as Record<string, unknown>)[field])) ? [field] : []));
      expect([...tried]).toEqual(lists);
    });
  }

  test('in raw data, a repeat is reported in the lists where an id makes one relation, and not in affiliations or evidence', () => {
    const reported = Object.fromEntries(
      COLLECTIONS.map((collection) => [
        collection,
        idFieldsOf(collection).flatMap(([field, { key }]) => {
          const item = key ? { [key]: 'baidu-svail' } : 'baidu-svail';
          return repeatedIds(collection, { [field]: [item, item] }).length > 0 ? [field] : [];
        }),
      ])
    );
    expect(reported).toEqual({
      people: ['influencedBy'],
      orgs: ['influencedBy'],
      works: ['authors', 'orgs', 'cites', 'doesNotCite', 'influencedBy'],
      claims: ['repeatedIn', 'about'],
      events: ['involved', 'influencedBy'],
      datasets: [],
    });
  });
});
