import { describe, expect, test } from 'vitest';
import yaml from 'js-yaml';
import type { z } from 'zod';
import * as schemaModule from './schema.ts';
import { FIELD_EXAMPLES, fieldExampleAt, itemHint, missingFieldFix, placeholderHint, SHAPE_EXAMPLES, type FieldKey } from './field-examples.ts';

type Def = { type: string; innerType?: unknown; element?: unknown; options?: unknown[]; shape?: Record<string, unknown> };
const defOf = (schema: unknown) => (schema as { def: Def }).def;

/** The object schemas a value is made of: the object itself, or the objects of a union (an author). */
const objectsIn = (schema: unknown): unknown[] => {
  const def = defOf(schema);
  if (def.type === 'object') return [schema];
  return def.type === 'union' ? def.options!.flatMap(objectsIn) : [];
};

/** One field of a collection: its path (items of lists as `[]`), its schema, and whether it must be written. */
interface SchemaField {
  path: string;
  schema: z.ZodType;
  /** The schema inside optional and default. */
  inner: unknown;
  required: boolean;
}

/** Every field of every collection, depth first. */
function schemaFields(): SchemaField[] {
  const fields: SchemaField[] = [];
  const visit = (object: unknown, prefix: string) => {
    for (const [key, schema] of Object.entries(defOf(object).shape!)) {
      let inner = schema;
      while (['optional', 'default'].includes(defOf(inner).type)) inner = defOf(inner).innerType;
      const path = `${prefix}${key}`;
      fields.push({ path, schema: schema as z.ZodType, inner, required: inner === schema });
      const isList = defOf(inner).type === 'array';
      for (const child of objectsIn(isList ? defOf(inner).element : inner)) visit(child, `${path}${isList ? '[]' : ''}.`);
    }
  };
  for (const schema of Object.values(schemaModule.collectionSchemas)) visit(schema, '');
  return fields;
}

/** A value as `npm run check` reads it from YAML. */
const read = (example: string): unknown => yaml.load(example, { schema: yaml.CORE_SCHEMA });

describe('missingFieldFix', () => {
  test('gives a line of YAML with what the field holds, for a field at any depth', () => {
    expect(missingFieldFix('sources[0].url')).toBe('add url: "https://arxiv.org/abs/1712.00409" (the page that shows the facts)');
    expect(missingFieldFix('date')).toBe(
      'add date: 2017-12-01 (when it happened or was first made public, in EDTF: a year 2017, a month 2017-12 or a day 2017-12-01; 2014~ for about, 1993? for uncertain, 2014-05/2017-03 for a span)'
    );
    expect(missingFieldFix('summary')).toBe('add summary: "…" (who or what this is and why it matters here, in one or two sentences)');
  });

  test('takes the line naming the fields around a field over the line of its name alone', () => {
    expect(missingFieldFix('evidence')).toContain('stance: supports');
    expect(missingFieldFix('influencedBy[2].evidence')).not.toContain('stance');
    expect(missingFieldFix('chart.panels[0].points[1].x')).toBe('add x: params (column key of the x values)');
  });

  test('says nothing for a field without a line: a panel axis, a list item, the frontmatter', () => {
    expect(missingFieldFix('chart.panels[0].x')).toBe('');
    expect(missingFieldFix('sources[0]')).toBe('');
    expect(missingFieldFix('(frontmatter)')).toBe('');
  });
});

describe('placeholder hints', () => {
  test('show the example as the text to write between the placeholder quotes', () => {
    expect(placeholderHint('url')).toBe('the page that shows the facts, e.g. https://arxiv.org/abs/1712.00409');
    expect(placeholderHint('date', 'when the claim was made')).toMatch(/^when the claim was made, e\.g\. 2017-12-01, in EDTF: /);
    expect(itemHint('rows', 'one row')).toBe("one row, e.g. { law: 'L(N)', alpha_N: '0.0760' }, numbers in quotes exactly as published");
    expect(itemHint('about')).toBe('ids of the entries the claim names, one per item, e.g. baidu-svail');
  });

  test('hold no double quote, so each stands inside a quoted placeholder', () => {
    for (const key of Object.keys(FIELD_EXAMPLES) as FieldKey[]) {
      expect(placeholderHint(key), key).not.toContain('"');
      expect(itemHint(key), key).not.toContain('"');
    }
  });
});

describe('the table and the schema', () => {
  const fields = schemaFields();

  test('every required field has a line, but choices (the check lists their options) and objects (their own fields are asked for)', () => {
    const isObjects = (schema: unknown) => objectsIn(defOf(schema).type === 'array' ? defOf(schema).element : schema).length > 0;
    const without = fields.filter(({ path, inner, required }) => required && defOf(inner).type !== 'enum' && !isObjects(inner) && !fieldExampleAt(path));
    expect(without.map(({ path }) => path), 'add a line for each to src/lib/field-examples.ts').toEqual([]);
  });

  test('every example is a value its field accepts, read as the check reads YAML', () => {
    const rejected = fields.flatMap(({ path, schema }) => {
      const example = fieldExampleAt(path)?.example;
      return example !== undefined && !schema.safeParse(read(example)).success ? [`${path}: ${example}`] : [];
    });
    expect(rejected).toEqual([]);
  });

  test('every example of a shared shape is a value the shape accepts', () => {
    for (const [name, example] of Object.entries(SHAPE_EXAMPLES)) {
      const shape = schemaModule[name as keyof typeof schemaModule] as z.ZodType;
      expect(shape.safeParse(read(example())).success, name).toBe(true);
      expect(shape.safeParse(read(example('百度'))).success, name).toBe(true);
    }
  });

  test('every line names a field of the schema', () => {
    const unused = Object.keys(FIELD_EXAMPLES).filter((key) => !fields.some(({ path }) => path === key || path.endsWith(`.${key}`)));
    expect(unused).toEqual([]);
  });
});
